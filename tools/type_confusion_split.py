"""Type confusions of a ``tools/records_by_origin.py --out DIR`` run over the
development sets, one level finer (issue #12, types38).

    PYTHONPATH=. python tools/type_confusion_split.py /work/notes/m48
    PYTHONPATH=. python tools/type_confusion_split.py /work/notes/m48 --pair COERCE SANCTION

Why: a typing rule should answer a class seen in several sets, not one
sentence. The first form prints every (gold type, predicted type) pair of
the events the records scorer matches, with counts, real-outlet counts and
the sets; ``--pair GOLD PRED`` lists that pair's events (set, origin, gold
and predicted mode, the gold trigger, actor and recipient, and the
sentence around the trigger) to split by trigger and by who acts on whom.
Reads the predictions and the gold sets of ``topic_folds.SETS`` (named,
never a glob: a blind set being labelled must not be read); parses nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from tools.topic_folds import SETS, is_real

RECORDS = Path(__file__).resolve().parents[1] / "tests" / "data" / "records"
Row = dict[str, Any]


def _context(text: str, start: int, end: int) -> str:
    """The line around the trigger, at most 160 characters before it."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 160)
    hi = text.find("\n", end)
    return text[lo:min(hi if hi >= 0 else len(text), end + 120)]


def rows(pred_dir: Path) -> list[Row]:
    """One row per matched gold event of every set."""
    out: list[Row] = []
    for name in SETS:
        lines = (RECORDS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        preds = {str(p["id"]): p.get("events", [])
                 for p in json.loads((pred_dir / f"{name}.pred.json").read_text())}
        for record in (json.loads(line) for line in lines if line.strip()):
            gold, pred = record.get("events", []), preds.get(str(record["id"]), [])
            for gi, pi in match_events(gold, pred):
                g, p = gold[gi], pred[pi]
                out.append({"set": name, "real": is_real(record), "gold": g["type"],
                            "pred": p["type"], "gmode": g.get("mode"), "pmode": p.get("mode"),
                            "trigger": g["trigger"]["text"],
                            "actor": (g.get("actor") or {}).get("text"),
                            "recipient": (g.get("recipient") or {}).get("text"),
                            "context": _context(record["text"], g["trigger"]["start"],
                                                g["trigger"]["end"])})
    return out


def print_pairs(found: list[Row], top: int) -> None:
    wrong = [r for r in found if r["gold"] != r["pred"]]
    print(f"matched {len(found)}, type wrong {len(wrong)}")
    for (gold, pred), n in Counter((r["gold"], r["pred"]) for r in wrong).most_common(top):
        these = [r for r in wrong if (r["gold"], r["pred"]) == (gold, pred)]
        sets = sorted({r["set"] for r in these})
        print(f"gold {gold:>9} pred {pred:<9} {n:3d} real {sum(r['real'] for r in these):2d} "
              f"sets {len(sets):2d}: {' '.join(sets)}")


def print_events(found: list[Row], gold: str, pred: str) -> None:
    for r in found:
        if (r["gold"], r["pred"]) == (gold, pred):
            print(f"{r['set']:6} {'real' if r['real'] else 'own '} {r['gmode']}<-{r['pmode']} "
                  f"[{r['trigger']}] actor={r['actor']} recipient={r['recipient']} :: "
                  f"{r['context']}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--pair", nargs=2, metavar=("GOLD", "PRED"))
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    found = rows(args.pred_dir)
    if args.pair:
        print_events(found, *args.pair)
    else:
        print_pairs(found, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
