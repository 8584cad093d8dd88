"""Dump matched record events (gold vs predicted PLOVER type and mode) over the
record sets rec_a … rec_i, listed by name (never a glob: a blind set being
labelled must not be read), and print the type and mode confusions by class.

    PYTHONPATH=. python tools/type_mode_errors.py --out /tmp/type_mode_rows.json
    PYTHONPATH=. python tools/type_mode_errors.py --rows /tmp/type_mode_rows.json

Why: issue #12 asks for typing and mode fixes by class; this lists which
types and modes are confused with which, on every development set at once.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS = ("rec_a", "rec_b", "rec_c", "rec_d", "rec_e", "rec_f", "rec_g", "rec_h", "rec_i")


def build(out: Path) -> list[dict[str, Any]]:
    """Run the shipped pipeline once over the sets; keep every matched event."""
    from eventwire.eval.record_fields import match_events
    from eventwire.eval.records import predict
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    records = []
    for name in SETS:
        path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append({**json.loads(line), "_set": name})
    preds = predict([{k: v for k, v in r.items() if k != "events"} for r in records],
                    Pipeline(Settings()))
    rows = []
    for record, pred in zip(records, preds, strict=True):
        gold, got = record["events"], pred["events"]
        for gi, pi in match_events(gold, got):
            g, p = gold[gi], got[pi]
            start = p["trigger"]["start"]
            text = record.get("text", "")
            rows.append({"article": str(record["id"]), "set": record["_set"],
                         "split": record.get("split"), "gold_type": g["type"],
                         "gold_mode": g.get("mode"), "type": p["type"], "mode": p["mode"],
                         "trigger": p["trigger"]["text"],
                         "context": text[max(0, start - 120):start + 120].replace("\n", " ")})
    out.write_text(json.dumps(rows), encoding="utf-8")
    return rows


def summarise(rows: list[dict[str, Any]]) -> None:
    """Type confusions (gold → predicted) and mode errors where the type is right."""
    by_set = Counter((r["set"], r["gold_type"] == r["type"]) for r in rows)
    for name in SETS:
        right, n = by_set[(name, True)], by_set[(name, True)] + by_set[(name, False)]
        mode_ok = sum(1 for r in rows if r["set"] == name and r["gold_mode"] == r["mode"])
        print(f"{name}: {n} matched, type {right / max(n, 1):.3f}, mode {mode_ok / max(n, 1):.3f}")
    print("type confusions (gold -> predicted):")
    for (g, p), k in Counter((r["gold_type"], r["type"]) for r in rows
                             if r["gold_type"] != r["type"]).most_common(40):
        print(f"  {k:3d} {g} -> {p}")
    print("mode errors where the type is right (type: gold -> predicted):")
    for (t, g, p), k in Counter((r["type"], r["gold_mode"], r["mode"]) for r in rows
                                if r["gold_type"] == r["type"]
                                and r["gold_mode"] != r["mode"]).most_common(40):
        print(f"  {k:3d} {t}: {g} -> {p}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--rows", type=Path)
    args = ap.parse_args()
    rows = json.loads(args.rows.read_text()) if args.rows else build(args.out)
    summarise(rows)


if __name__ == "__main__":
    main()
