"""Split every date error of a records_by_origin run into the classes of the
twenty-seventh session's brief (issue #12, branch dates36).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/base
    PYTHONPATH=. python tools/date_fine_split.py /work/notes/m45 [--by cls,anchor] [--sets ...]

Why: ``date_error_classes.py`` sorts by the *cause* the predictions show;
this table sorts the same matched events (date value, granularity or
background flag wrong) by *what the error is*, so that a rule can be chosen
by size and set spread, real and own apart. The first class that fits:

* ``bg recollection dated as new``: gold marks the event background, we do not;
* ``pub day, gold null`` / ``pub day, gold other day``: we give the
  publication day (any anchor);
* ``null, gold dated``;
* ``granularity``: one value is a prefix of the other (day vs week, month …);
* ``relative direction``: the sentence has a relative expression
  ("yesterday", "last", "next", "ago", "coming", "earlier", "later") and
  gold and we give calendar days on opposite sides of the publication day;
* ``weekday``: the sentence names a weekday and both dates are days within
  seven days of each other (the weekday resolved to the wrong week or day);
* ``another clause's date``: we took the date from the sentence's own words
  (anchor ``explicit`` / ``sentence``) and gold has another value or null;
* ``dated, gold null``: any other anchor;
* ``chain / other value``: the rest (narrative chain, time line).

Only counts per origin and the sets they fall in are printed, never a sentence.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import date_right, match_events
from tools.date_chain_split import table
from tools.date_error_classes import WEEKDAY, _day, load_predictions, sentence_of
from tools.topic_folds import SET_LETTERS, is_real, sets_from_flag

KEYS = ("cls", "anchor", "gold_bg")
RELATIVE = re.compile(r"\b(yesterday|tomorrow|last|next|ago|coming|earlier|later|previous)\b",
                      re.I)


def _time(e: dict[str, Any]) -> dict[str, Any]:
    return e.get("time") or {}


def side(value: str | None, published: str) -> int:
    """-1 before, 0 on, +1 after the publication day (0 for a value that is no calendar day)."""
    day = _day(value)
    if day is None:
        return 0
    return (day.isoformat() > published) - (day.isoformat() < published)


def cls(g: dict[str, Any], p: dict[str, Any], text: str, published: str) -> str:
    """The class of one wrong date (module docstring)."""
    gt, pt = _time(g), _time(p)
    gv, pv = gt.get("value"), pt.get("value")
    if gt.get("background") and not pt.get("background"):
        return "bg recollection dated as new"
    if pv == published and gv != published:
        return "pub day, gold null" if gv is None else "pub day, gold other day"
    if pv is None:
        return "null, gold dated"
    if gv and (gv.startswith(pv) or pv.startswith(gv)):
        return "granularity"
    sent = sentence_of(text, p["trigger"]["start"])
    if gv and RELATIVE.search(sent) and side(gv, published) * side(pv, published) < 0:
        return "relative direction"
    gd, pd = _day(gv), _day(pv)
    if (WEEKDAY.search(sent) and gd and pd and gt.get("granularity") == "day"
            and pt.get("granularity") == "day" and abs((gd - pd).days) <= 7):
        return "weekday"
    if pt.get("anchor") in ("explicit", "sentence"):
        return "another clause's date"
    if gv is None:
        return "dated, gold null"
    return "chain / other value"


def rows(pred_dir: Path, sets: str) -> list[dict[str, str]]:
    """One row per matched event whose date or background flag is wrong."""
    out = []
    for name in sets_from_flag(sets):
        s = name.removeprefix("rec_")
        golds = {r["id"]: r for r in map(json.loads,
                                         Path(f"tests/data/records/{name}.jsonl").open())}
        for pred in load_predictions(pred_dir / f"rec_{s}.pred.json"):
            gold = golds[pred["id"]]
            for gi, pi in match_events(gold["events"], pred["events"]):
                g, p = gold["events"][gi], pred["events"][pi]
                if date_right(g, p) and bool(_time(g).get("background")) == bool(
                        _time(p).get("background")):
                    continue
                out.append({"set": s, "origin": "real" if is_real(gold) else "own",
                            "cls": cls(g, p, gold["text"], gold["published"]),
                            "anchor": str(_time(p).get("anchor")),
                            "gold_bg": str(bool(_time(g).get("background")))})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--by", default="cls", help="comma-separated: " + ", ".join(KEYS))
    ap.add_argument("--sets", default=SET_LETTERS, help="set keys, e.g. a,b,y (or letters)")
    args = ap.parse_args()
    keys = args.by.split(",")
    if set(keys) - set(KEYS):
        ap.error("--by takes " + ", ".join(KEYS))
    print(table(rows(args.pred_dir, args.sets), keys))


if __name__ == "__main__":
    main()
