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


def _metrics(snap: Path, name: str) -> object:
    """The metrics JSON, with the checkout's own path (the data file it
    names) replaced by SRC."""
    text = (snap / name).read_text()
    src = snap / "src"
    if src.exists():
        text = text.replace(src.read_text().strip(), "SRC")
    return json.loads(text)


def _outputs(snap: Path) -> list[Path]:
    return sorted([*snap.glob("metrics_*.json"), *snap.glob("pred_*.jsonl"),
                   *(snap / "exp").glob("*.*"), snap / "run.out"])


def compare(a: Path, b: Path) -> int:
    import pyarrow.parquet as pq

    bad = 0

    def report(name: str, ok: bool, same: str) -> None:
        nonlocal bad
        bad += not ok
        print(f"{name}: {same if ok else 'DIFFERENT'}")

    for p in _outputs(a):
        rel, q = p.relative_to(a), b / p.relative_to(a)
        if not q.exists() or (p.stat().st_size and not q.stat().st_size):
            report(str(rel), False, "")
            print(f"  (missing or empty in {b})")
        elif p.name.startswith("metrics_"):
            report(str(rel), _metrics(a, p.name) == _metrics(b, p.name), "equal")
        elif p.suffix == ".parquet":
            report(str(rel), pq.read_table(p).equals(pq.read_table(q)), "equal table")
        elif p.name == "run.out":
            runs = [re.sub(r"\(\d+(\.\d+)?s\)", "(Ts)", f.read_text().replace(str(d), "OUT"))
                    for f, d in ((p, a), (q, b))]
            report("run.out (seconds aside)", runs[0] == runs[1], "equal")
        else:
            lines = sum(1 for _ in p.open(encoding="utf-8"))
            report(str(rel), filecmp.cmp(p, q, shallow=False), f"byte-identical ({lines} lines)")
    print("ALL IDENTICAL" if not bad else f"{bad} DIFFERENCES")
    return int(bad > 0)


if __name__ == "__main__":
    sys.exit(compare(Path(sys.argv[1]), Path(sys.argv[2])))
