"""Mode errors split one level finer (issue #12, branch modes34): by gold
type, by the confusion (gold -> predicted mode), by what decided the
predicted mode, and by how many record sets hold each sub-class. Counts and
set spread only, never a sentence.

    PYTHONPATH=. python tools/kfold_modes.py build --cache /tmp/modes_cache.json
    PYTHONPATH=. python tools/mode_split.py --cache /tmp/modes_cache.json \\
        --pred /work/notes/m42 [--min-sets 5]

Why: the mode rules hold on some new text and not on other; a fix fitted
to a confusion seen in two sets does not carry to held-out text, so each
confusion is split by its decider and only sub-classes spread over at
least ``--min-sets`` sets are worth a rule or a refit.

The decider of an event's mode (:func:`decider`), read from the features
the ranker's dump recorded where the mode was decided (``kfold_modes.py
build``; the rules' final mode and the step that set it):

* ``ranker``: the shipped ranker overrode the rules' mode;
* ``inherit`` / ``headline`` / ``retype``: the rules' re-mention,
  headline-strike or retyping step set it;
* ``cue:trig`` / ``cue:content`` / ``cue:clause`` / ``cue:sent``: the
  cascade's mode, cued in the trigger, a speech act's content, the own
  clause, or only elsewhere in the sentence (first region that holds it);
* ``default``: the cascade's mode with no cue anywhere (a type's residual);
* ``null:no-cue`` / ``null:cue-unused``: no mode, with no cue of the type
  in reach, or with one the cascade did not take;
* ``unranked``: no candidates recorded (a type without modes, retyped late).

``one-short`` counts the errors whose event is right on every other field
(mode alone keeps it from a full record), read from ``--pred`` (the
predictions of ``records_by_origin.py --out``, the shipped ranker deciding);
the dump's rows are matched to them article by article in match order.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from tools.topic_folds import SETS, set_predictions, set_records

Row = dict[str, Any]
CUE_REGIONS = ("trig", "content", "clause")


def decider(row: Row, learned: str | None) -> str:
    """What set the predicted mode of a dump row (see the module doc);
    ``learned`` is the shipped ranker's mode for it."""
    cands: dict[str, list[str]] = row.get("cands") or {}
    if not cands:
        return "unranked"
    if learned != row["final"]:
        return "ranker"
    feats = cands.get(row["final"] or "null", [])
    step = next((f.split("|")[1] for f in feats if f.startswith("rule|")
                 and f.count("|") == 1 and f.split("|")[1] in
                 ("inherit", "headline", "retype", "cascade")), "cascade")
    if step != "cascade":
        return step
    if row["final"] is None:
        return "null:no-cue" if "null_no_cue" in feats else "null:cue-unused"
    for region in CUE_REGIONS:
        if f"cue_{region}" in feats:
            return f"cue:{region}"
    return "cue:sent" if "cue_sent" in feats else "default"


def one_short_flags(rows: list[Row], pred_dir: Path) -> list[bool]:
    """Per dump row, whether its event misses a full record by mode alone
    in ``pred_dir``'s predictions (rows and matches aligned per article)."""
    from eventwire.eval.records import field_results, match_events

    flags: dict[tuple[str, int], bool] = {}
    for name in SETS:
        preds = set_predictions(pred_dir, name)
        for record in set_records([name]):
            gold, got = record["events"], preds.get(str(record["id"]), [])
            for k, (gi, pi) in enumerate(match_events(gold, got)):
                wrong = [f for f, ok in field_results(gold[gi], got[pi]).items() if not ok]
                flags[(str(record["id"]), k)] = wrong == ["mode"]
    seen: Counter[str] = Counter()
    out = []
    for r in rows:
        out.append(flags.get((r["article"], seen[r["article"]]), False))
        seen[r["article"]] += 1
    return out


def split(rows: list[Row], learned: list[str | None], short: list[bool]) -> dict[tuple[str, ...],
                                                                                list[Row]]:
    """(gold type, confusion, decider) -> the wrong rows (right-typed)."""
    groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for r, mode, one in zip(rows, learned, short, strict=True):
        if r["type"] != r["gold_type"] or mode == r["gold"]:
            continue
        key = (r["gold_type"], f"{r['gold']} -> {mode}", decider(r, mode))
        groups[key].append({**r, "short": one})
    return groups


def _line(label: str, items: list[Row]) -> str:
    sets = Counter(r["set"] for r in items)
    top = max(sets.values()) / len(items)
    return (f"{len(items):4} real {sum(r['real'] for r in items):3} short "
            f"{sum(r['short'] for r in items):3} sets {len(sets):2} top {top:.2f}  {label}")


def report(groups: dict[tuple[str, ...], list[Row]], min_sets: int) -> None:
    by_decider: dict[str, list[Row]] = defaultdict(list)
    by_confusion: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for (kind, conf, dec), items in groups.items():
        by_decider[dec] += items
        by_confusion[(kind, conf)] += items
    print("== by decider ==")
    for dec, items in sorted(by_decider.items(), key=lambda kv: -len(kv[1])):
        print(_line(dec, items))
    print(f"\n== by confusion (>= {min_sets} sets) ==")
    for (kind, conf), items in sorted(by_confusion.items(), key=lambda kv: -len(kv[1])):
        if len({r["set"] for r in items}) >= min_sets:
            print(_line(f"{kind}: {conf}", items))
    print(f"\n== by confusion and decider (>= {min_sets} sets) ==")
    for (kind, conf, dec), items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if len({r["set"] for r in items}) >= min_sets:
            print(_line(f"{kind}: {conf} [{dec}]", items))


def main(argv: list[str]) -> int:
    from eventwire.stages.events.mode_model import load_ranker

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--pred", type=Path, required=True)
    ap.add_argument("--min-sets", type=int, default=5)
    ap.add_argument("--ranker", type=Path, default=None, help="weights file (default: shipped)")
    args = ap.parse_args(argv)
    rows: list[Row] = json.loads(args.cache.read_text(encoding="utf-8"))
    model = load_ranker(args.ranker) if args.ranker else load_ranker()
    if model is None:
        raise SystemExit("no mode ranker")
    learned = [model.decide(r["cands"], r["final"]) if r.get("cands") else r["final"]
               for r in rows]
    report(split(rows, learned, one_short_flags(rows, args.pred)), args.min_sets)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
