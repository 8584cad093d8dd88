"""Sector precision of a sector code a change *joins* to recipients
(review83): counts and set spread only, no sentence.

    PYTHONPATH=. python tools/added_sector_precision.py OLD_DIR NEW_DIR [--code UAF]

Why: ``eval.record_fields.participant_right`` takes a recipient as right
when the gold sector is *anywhere* among the predicted sectors, so a rule
that appends a second code (recip36 appends UAF beside CVL) can only gain
under that reading, right or not. This compares, per matched gold event,
the recipient of OLD and NEW predictions (``records_by_origin.py --out``)
and, where NEW's recipient carries CODE and OLD's did not (the rule
fired), counts what gold's recipient sector is:

* ``gold CODE`` -- the added code is right;
* ``gold <other sector>`` -- the added code is wrong (CVL: the civilian
  code it sits beside was right alone);
* ``gold no sector`` / ``gold none`` -- no sector to judge.

Sector precision = right / (right + wrong). It also prints the recipient
right/wrong change under the *any sector* reading (the scorer's) and under
the *first sector* reading (only ``sectors[0]`` counts).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.eval.record_fields import match_events, participant_right  # noqa: E402
from tools.topic_folds import SETS, is_real, set_predictions, set_records  # noqa: E402

Record = dict[str, Any]


def sectors_of(p: Record | None) -> list[str]:
    """The predicted sectors in order (``sector`` first when given alone)."""
    if not p:
        return []
    found = list(p.get("sectors") or [])
    if p.get("sector") and p["sector"] not in found:
        found.insert(0, str(p["sector"]))
    return found


def first_sector(p: Record | None) -> Record | None:
    """The participant as the first-sector reading scores it."""
    if p is None:
        return None
    return {**p, "sectors": sectors_of(p)[:1], "sector": None}


def gold_class(g: Record | None) -> str:
    """What gold says of the added code."""
    if g is None:
        return "gold none"
    if not g.get("sector"):
        return "gold no sector"
    return f"gold {g['sector']}"


def recipients(preds: dict[str, list[Record]], art: Record) -> dict[int, Record | None]:
    """Gold event index -> the matched predicted recipient."""
    pred = preds.get(str(art["id"]), [])
    return {gi: pred[pi].get("recipient") for gi, pi in match_events(art["events"], pred)}


def readings(g: Record | None, old: Record | None, new: Record | None) -> dict[str, str]:
    """Reading -> "gain" / "loss" / "" of the recipient, OLD to NEW, under
    the scorer's any-sector reading and the first-sector reading."""
    out = {}
    for label, view in (("any", lambda x: x), ("first", first_sector)):
        before, after = participant_right(g, view(old)), participant_right(g, view(new))
        out[label] = "" if before == after else ("gain" if after else "loss")
    return out


def compare(old_dir: Path, new_dir: Path, code: str) -> tuple[Counter[str], Counter[str]]:
    """(gold class counts where the rule fired, reading changes)."""
    classes: Counter[str] = Counter()
    reads: Counter[str] = Counter()
    for name in SETS:
        po, pn = set_predictions(old_dir, name), set_predictions(new_dir, name)
        for art in set_records([name]):
            old, new = recipients(po, art), recipients(pn, art)
            grp = "real" if is_real(art) else "own"
            for gi in set(old) & set(new):
                if code not in sectors_of(new[gi]) or code in sectors_of(old[gi]):
                    continue
                g = art["events"][gi].get("recipient")
                cls = gold_class(g)
                classes[cls] += 1
                classes[f"{cls} [{grp}]"] += 1
                classes[f"set {name} {cls}"] += 1
                reads.update(f"{label} {change} [{grp}]"
                             for label, change in readings(g, old[gi], new[gi]).items() if change)
    return classes, reads


def precision(classes: Counter[str], code: str) -> tuple[int, int]:
    """(right, wrong): gold's sector is the added code, or another sector."""
    plain = {k: n for k, n in classes.items() if k.startswith("gold ") and " [" not in k}
    right = plain.get(f"gold {code}", 0)
    wrong = sum(n for k, n in plain.items()
                if k not in (f"gold {code}", "gold none", "gold no sector"))
    return right, wrong


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--code", default="UAF")
    args = ap.parse_args(argv)
    classes, reads = compare(args.old, args.new, args.code)
    right, wrong = precision(classes, args.code)
    for key in sorted(k for k in classes if not k.startswith("set ")):
        print(f"{key:30} {classes[key]}")
    for verdict, test in (("right", lambda k: k.endswith(f"gold {args.code}")),
                          ("wrong", lambda k: not k.endswith((f"gold {args.code}", "gold none",
                                                              "gold no sector")))):
        sets = sorted({k.split()[1] for k in classes if k.startswith("set ") and test(k)})
        print(f"{verdict} in sets: {','.join(sets)}")
    print(f"added {args.code} right {right}, wrong {wrong}, sector precision "
          f"{right / (right + wrong) if right + wrong else 0.0:.3f}")
    for key in sorted(reads):
        print(f"{key:30} {reads[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
