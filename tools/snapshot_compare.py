"""Compare two snapshots of tools/snapshot.sh: metrics JSON equal, prediction
files and jsonl/csv exports byte-identical, parquet tables equal, the run's
summary and tables equal (its elapsed seconds aside).

    python tools/snapshot_compare.py /tmp/snap_before /tmp/snap_after

Exit status 0 when everything is identical, 1 otherwise.
"""

from __future__ import annotations

import filecmp
import json
import re
import sys
from pathlib import Path


def compare(a: Path, b: Path) -> int:
    import pyarrow.parquet as pq

    bad = 0

    def report(name: str, ok: bool, same: str) -> None:
        nonlocal bad
        bad += not ok
        print(f"{name}: {same if ok else 'DIFFERENT'}")

    for m in sorted(a.glob("metrics_*.json")):
        report(m.name, json.loads(m.read_text()) == json.loads((b / m.name).read_text()),
               "equal")
    for p in sorted(a.glob("pred_*.jsonl")) + sorted((a / "exp").glob("*.jsonl")) + \
            sorted((a / "exp").glob("*.csv")):
        rel = p.relative_to(a)
        lines = sum(1 for _ in p.open(encoding="utf-8"))
        report(str(rel), filecmp.cmp(p, b / rel, shallow=False),
               f"byte-identical ({lines} lines)")
    for p in sorted((a / "exp").glob("*.parquet")):
        rel = p.relative_to(a)
        report(str(rel), pq.read_table(p).equals(pq.read_table(b / rel)), "equal table")
    runs = [re.sub(r"\(\d+(\.\d+)?s\)", "(Ts)", (d / "run.out").read_text().replace(str(d), "OUT"))
            for d in (a, b)]
    report("run.out (seconds aside)", runs[0] == runs[1], "equal")
    print("ALL IDENTICAL" if not bad else f"{bad} DIFFERENCES")
    return int(bad > 0)


if __name__ == "__main__":
    sys.exit(compare(Path(sys.argv[1]), Path(sys.argv[2])))
