"""List PLOVER mode errors on matched events whose type is right, over the
development record sets (``topic_folds.SETS``, named, never globbed), from
a predictions directory written by ``tools/records_by_origin.py --out``.

    PYTHONPATH=. python tools/mode_errors.py --pred /work/notes/m38 > /tmp/mode_errors.txt
    PYTHONPATH=. python tools/mode_errors.py --pred DIR --summary

Why: issue #12 asks for the mode errors by class (gold type and mode,
predicted mode, trigger, sentence); ``type_mode_errors.py`` runs its own
pipeline over nine sets, this one reads the predictions already made.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from tools.topic_folds import SETS, is_real, set_records

Row = dict[str, Any]


def _sentence(text: str, start: int, end: int) -> str:
    """The line of ``text`` around the trigger, cut to 300 characters."""
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1)
    right_nl, right_dot = text.find("\n", end), text.find(". ", end)
    rights = [x for x in (right_nl, right_dot) if x >= 0]
    right = min(rights) if rights else len(text)
    return text[max(0, left):right + 1].strip().replace("\n", " ")[:300]


def rows(pred_dir: Path) -> list[Row]:
    """Every matched, right-typed event with its gold and predicted mode."""
    out: list[Row] = []
    preds = {}
    for name in SETS:
        for p in json.loads((pred_dir / f"{name}.pred.json").read_text(encoding="utf-8")):
            preds[str(p["id"])] = p
    for record in set_records(SETS):
        pred = preds[str(record["id"])]
        gold, got = record["events"], pred["events"]
        for gi, pi in match_events(gold, got):
            g, p = gold[gi], got[pi]
            if g["type"] != p["type"]:
                continue
            trig = p["trigger"]
            out.append({"set": record["_set"], "id": str(record["id"]), "real": is_real(record),
                        "type": g["type"], "gold": g.get("mode"), "pred": p.get("mode"),
                        "trigger": trig["text"], "gold_trigger": g["trigger"]["text"],
                        "sentence": _sentence(record["text"], trig["start"], trig["end"])})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", type=Path, required=True)
    ap.add_argument("--summary", action="store_true", help="print the confusions only")
    args = ap.parse_args()
    all_rows = rows(args.pred)
    wrong = [r for r in all_rows if r["gold"] != r["pred"]]
    print(f"right-typed matched {len(all_rows)}, mode wrong {len(wrong)}")
    conf = Counter((r["type"], r["gold"], r["pred"]) for r in wrong)
    real_conf = Counter((r["type"], r["gold"], r["pred"]) for r in wrong if r["real"])
    for (typ, g, p), n in conf.most_common(60):
        real = real_conf[(typ, g, p)]
        print(f"{n:4} (real {real:3})  {typ:10} gold {g!s:16} pred {p!s:16}")
    if args.summary:
        return
    for r in sorted(wrong, key=lambda r: (r["type"], str(r["gold"]), str(r["pred"]))):
        tag = "R" if r["real"] else "o"
        print(f"{tag} {r['id']:12} {r['type']:9} {r['gold']!s:>12} <- {r['pred']!s:12} "
              f"[{r['trigger']}] {r['sentence']}")


if __name__ == "__main__":
    main()
