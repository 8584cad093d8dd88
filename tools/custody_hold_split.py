"""Split the uses of "held" one level finer by construction (issue #12,
branch events41): which custody constructions gold labels and the
predictions take.

For every token of "hold" tagged VBN/VBD in the texts of the development
record sets (rec_a..rec_ap), the construction it heads:

* passive      a person as its passive subject ("was held at a base")
* ordered      the predicate of an order or a keeping ("ordered him held
               without bail", "was ordered held")
* reduced-rel  a participle after a person noun ("journalists held since
               July")
* active       a person as its object with a place, time or manner
               adjunct ("held the crew on deck for hours")
* other        anything else ("talks were held", "held a rally")

and whether a gold event's trigger covers it and a prediction does (the
baseline folder ``--pred``). Prints counts, real/own and set spread only,
never a sentence.

    PYTHONPATH=. python tools/custody_hold_split.py --pred /work/notes/m44
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.stages.events.custody_holds import custody_construction

ROOT = Path(__file__).resolve().parents[1]
SETS = "abcdefghijklmnopqrstuvwxyz"  # the development sets only: never a blind set
REAL = ("ecbplus:", "geovirus:", "meantime:")


def _covers(events: list[dict[str, Any]], start: int, end: int) -> bool:
    return any(e["trigger"]["start"] < end and start < e["trigger"]["end"] for e in events)


def _story(rec: dict[str, Any]) -> str:
    src = str(rec.get("source", ""))
    return src.split("_")[0] if src.startswith("ecbplus:") else rec["id"].split("-")[0]


def census(pred_dir: Path) -> dict[str, dict[str, Any]]:
    """``{construction: {n, gold, pred, real, sets}}`` over the record sets."""
    import spacy

    from eventwire.settings import Settings

    nlp = spacy.load(Settings().model)
    rows: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"n": 0, "gold": 0, "pred": 0, "gold_pred": 0, "real": 0, "sets": set()})
    for s in SETS:
        preds = {d["id"]: d["events"] for d in
                 json.loads((pred_dir / f"rec_{s}.pred.json").read_text())}
        for line in (ROOT / f"tests/data/records/rec_{s}.jsonl").open():
            rec = json.loads(line)
            if "held" not in rec["text"] and "Held" not in rec["text"]:
                continue
            for tok in nlp(rec["text"]):
                if tok.lower_ != "held" or tok.tag_ not in ("VBN", "VBD"):
                    continue
                kind = custody_construction(tok) or "other"
                row = rows[kind]
                span = (tok.idx, tok.idx + len(tok))
                gold = _covers(rec["events"], *span)
                pred = _covers(preds.get(rec["id"], []), *span)
                row["n"] += 1
                row["gold"] += gold
                row["pred"] += pred
                row["gold_pred"] += gold and pred
                row["real"] += str(rec.get("source", "")).startswith(REAL)
                if gold and not pred:
                    row["sets"].add(_story(rec))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pred", type=Path, required=True)
    args = ap.parse_args()
    print(f"{'construction':12s} {'uses':>5s} {'real':>5s} {'gold':>5s} {'pred':>5s} "
          f"{'both':>5s} {'missed':>6s} sets-of-misses")
    for kind, row in sorted(census(args.pred).items()):
        missed = row["gold"] - row["gold_pred"]
        print(f"{kind:12s} {row['n']:5d} {row['real']:5d} {row['gold']:5d} {row['pred']:5d} "
              f"{row['gold_pred']:5d} {missed:6d} {len(row['sets'])}")


if __name__ == "__main__":
    main()
