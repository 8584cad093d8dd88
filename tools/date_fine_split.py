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

``--by sub`` splits *pub day, gold other day* one level finer (branch
dates37), first that fits: ``headline`` (the trigger's line is the text's
first); ``after-clause`` (the trigger follows an "after" of its sentence:
"…, hours after police detained him"); ``day word ignored`` (the sentence
names another day than the publication's: a weekday not the publication's,
"yesterday", "overnight", "last night", "tonight", "a day/days earlier");
``weekday as today`` (the sentence names the publication's own weekday);
``reported past act`` (a speech or denial verb in the sentence: "police
said … had been arrested"); ``day word before`` (one of the two sentences
before names another day); ``no cue``. Other classes get ``-``.

Only counts per origin and the sets they fall in are printed, never a sentence.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import date_right, match_events
from tools.date_chain_split import table
from tools.date_error_classes import WEEKDAY, _day, load_predictions, sentence_of
from tools.topic_folds import SET_LETTERS, is_real, sets_from_flag

KEYS = ("cls", "anchor", "gold_bg", "sub")
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


OTHER_DAY = re.compile(r"\b(yesterday|overnight|last night|tonight|(?:a|one|two|three) days? "
                       r"(?:earlier|before|ago)|weekend)\b", re.I)
SPEECH = re.compile(r"\b(said|says|told|tells|denied|denies|reported|according to|added|"
                    r"announced|confirmed)\b", re.I)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _names_other_day(sent: str, published: str) -> bool:
    own = DAYS[date.fromisoformat(published).weekday()]
    return bool(OTHER_DAY.search(sent)) or any(
        d in sent for d in DAYS if d != own)


def sub(text: str, start: int, published: str) -> str:
    """The sub-class of one *pub day, gold other day* error (module docstring)."""
    sent = sentence_of(text, start)
    at = max(text.rfind(sent[:30], 0, start + 1), 0) if sent else start
    if "\n" not in text[:start].strip():
        return "headline"
    if re.search(r"\bafter\b", text[at:start]):
        return "after-clause"
    if _names_other_day(sent, published):
        return "day word ignored"
    if DAYS[date.fromisoformat(published).weekday()] in sent:
        return "weekday as today"
    if SPEECH.search(sent):
        return "reported past act"
    before = text[max(0, at - 600):at]
    if _names_other_day(" ".join(re.split(r"(?<=[.!?])\s+", before)[-3:]), published):
        return "day word before"
    return "no cue"


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
                c = cls(g, p, gold["text"], gold["published"])
                out.append({"set": s, "origin": "real" if is_real(gold) else "own", "cls": c,
                            "sub": sub(gold["text"], p["trigger"]["start"], gold["published"])
                            if c == "pub day, gold other day" else "-",
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
