"""Split the date errors of a records_by_origin run by how the text opens and
where the event sits against that opening (issue #12, branch dates38).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/base
    PYTHONPATH=. python tools/date_header_split.py /work/notes/m48 [--by cls,opening,line] \
        [--all] [--sets ...]

Why: real outlets' texts open in several ways the own texts never use — a
URL line, a lede sentence with no title, a printed date line ("Published:
April 16, 2013 9:09 AM", "Updated 5/5/2010"), a dateline with a year ("TNN
Nov 12, 2011, 05.51AM IST MUMBAI:") — and the time stage reads the first
line as the title. The real texts' date accuracy lags the own texts' (0.73
against 0.80); this table shows whether the errors sit where the opening
is misread. Each matched event whose date value, granularity or
background flag is wrong (every matched event with ``--all``, then ``cls``
is ``right`` for the rest) is described by

* ``cls``: the class of :mod:`tools.date_fine_split` (what is wrong);
* ``opening``: ``title`` (a first line that is no sentence, a body after
  it), ``lede`` (the first line ends with a full stop after a lower-case
  word, a number or a bracket, maybe then a closing quote — "... police
  said.", "... ordered them to stop.''" — and no abbreviation: "Belgrade
  threatens to go to U.N." and "Rally banned until Jan." are titles; the
  time stage reads a lede as a title), ``url`` (the first line is a web
  address), ``one paragraph`` (no line break);
* ``line``: where the trigger sits: ``first line``, ``header`` (one of the
  next four lines that is a printed date line,
  :data:`eventwire.stages.time.stamp.DATE_LINE` — no event sits in one —
  or that a dateline with a full date opens, :data:`~eventwire.stages.time.stamp.DATELINE`:
  the lede after "CHISINAU, Jan 3, 2025 (AFP) -"), ``second line`` (the
  line after the first), ``body``;
* ``anchor``: the predicted anchor (which rule dated it).

Only counts per origin and the sets they fall in are printed, never a sentence.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import date_right, match_events
from eventwire.stages.time.stamp import DATE_LINE, DATELINE
from tools.date_chain_split import table
from tools.date_error_classes import load_predictions
from tools.date_fine_split import _time, cls
from tools.topic_folds import SET_LETTERS, is_real, sets_from_flag

KEYS = ("cls", "opening", "line", "anchor")
SENTENCE_END = re.compile(r"(?<![A-Z])[a-z0-9%)]\.(?:''|[\"'’”])?\s*$")
ABBREVIATION = re.compile(r"(?i)\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|gen|col|"
                          r"lt|sgt|capt|gov|sen|rep|st|mr|mrs|ms|dr|jr|sr|inc|corp|co|ltd|"
                          r"no|vs|etc)\.(?:''|[\"'’”])?\s*$")


def is_lede(first_line: str) -> bool:
    """The first line is a sentence, not a title (``opening``)."""
    return SENTENCE_END.search(first_line) is not None \
        and ABBREVIATION.search(first_line) is None


def opening(text: str) -> str:
    """How the text opens (module docstring)."""
    end = text.find("\n")
    if end < 0:
        return "one paragraph"
    if text[:end].lstrip().startswith("http"):
        return "url"
    return "lede" if is_lede(text[:end]) else "title"


def line_of(text: str, start: int) -> str:
    """Where the trigger at ``start`` sits (module docstring)."""
    index = text.count("\n", 0, start)
    if index == 0:
        return "first line"
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if index <= 4 and (DATE_LINE.match(line) or DATELINE.match(line)):
        return "header"
    return "second line" if index == 1 else "body"


def _wrong(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return not date_right(g, p) or bool(_time(g).get("background")) != bool(
        _time(p).get("background"))


def rows(pred_dir: Path, sets: str, every: bool = False) -> list[dict[str, str]]:
    """One row per matched event whose date is wrong (every one with ``every``)."""
    out = []
    for name in sets_from_flag(sets):
        s = name.removeprefix("rec_")
        golds = {r["id"]: r for r in map(json.loads,
                                         Path(f"tests/data/records/{name}.jsonl").open())}
        for pred in load_predictions(pred_dir / f"rec_{s}.pred.json"):
            gold = golds[pred["id"]]
            text = gold["text"]
            for gi, pi in match_events(gold["events"], pred["events"]):
                g, p = gold["events"][gi], pred["events"][pi]
                wrong = _wrong(g, p)
                if not (wrong or every):
                    continue
                out.append({"set": s, "origin": "real" if is_real(gold) else "own",
                            "cls": cls(g, p, text, gold["published"]) if wrong else "right",
                            "opening": opening(text),
                            "line": line_of(text, p["trigger"]["start"]),
                            "anchor": str(_time(p).get("anchor"))})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--by", default="opening,line", help="comma-separated: " + ", ".join(KEYS))
    ap.add_argument("--all", action="store_true", help="every matched event, right ones too")
    ap.add_argument("--sets", default=SET_LETTERS, help="set keys, e.g. a,b,y (or letters)")
    args = ap.parse_args()
    keys = args.by.split(",")
    if set(keys) - set(KEYS):
        ap.error("--by takes " + ", ".join(KEYS))
    print(table(rows(args.pred_dir, args.sets, args.all), keys))


if __name__ == "__main__":
    main()
