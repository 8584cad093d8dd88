"""Split matched events by a surface cue of their construction and by what
gold and we do with their date (issue #12, branch dates34).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/base
    PYTHONPATH=. python tools/date_cue_split.py /work/notes/m42 [--cue accused] \
        [--by cue,type,gold,pred,right]

Why: the date-only census (``tools/date_only_split.py``) says *which kind* of
date error keeps an event from a full record; a rule needs the construction
one level finer, with both sides of it: how often gold leaves the
construction undated and how often it dates it, and what we give it. Each
matched event whose trigger shows one of the cues is described by

* ``cue``: ``accused`` (the trigger hangs on "accuse(d) X of": the act an
  accuser names), ``neg-present`` (after "do/does not", "has/have never"),
  ``never`` (right after a bare "never": "never recognises", "would never
  accept"), ``rebuttal`` (a past perfect after "only" in a sentence with
  "deny"), ``deadline`` (in an "if"/"unless" clause with a "by <day>" or
  "by the end of …" after the trigger: "if they are not freed by Friday"),
  ``ahead-day`` (a weekday or month-day named within a few words after the
  trigger, in a sentence that looks ahead — "will", "is to", "set for",
  "announced" …: "talks are set to open Thursday", "a march planned for
  June 28"; a bare present schedule, "talks open Thursday", shows no such
  word and is not seen), ``and-date`` (an "and" after the trigger, then a
  day or "last/this week" closing the sentence's run, with no saying,
  subordinator or relative word between the trigger and the "and": "fired
  into the air, forced the drivers out and burned the bus … on Tuesday";
  the census of the class *a date shared by coordinated past acts*;
  branch dates35);
* ``type``: the predicted PLOVER type, or ``attack`` / ``other`` with
  ``--coarse`` (ASSAULT against the rest);
* ``gold`` / ``pred``: ``null`` or ``dated``;
* ``right``: the date (value and granularity) right or not;
* ``ahead``: where gold's and our date lie against the publication day,
  ``gold/pred`` each ``after``, ``on-or-before`` or ``null`` (a week or
  month is read by its first day).

The cues are regular expressions on the text before the trigger, not the
parse the rules read: the census counts candidates, the branch's runs
measure the rules. Only counts per origin and the sets they fall in are
printed, never a sentence.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import date_right, match_events
from eventwire.stages.time.ranges import timex_range
from tools.date_chain_split import table
from tools.date_error_classes import load_predictions, sentence_of
from tools.topic_folds import SET_LETTERS, is_real, sets_from_flag

KEYS = ("cue", "type", "gold", "pred", "right", "ahead")
CUES = {
    "accused": re.compile(r"\baccus(?:e|es|ed|ing)\b(?:(?!\b(?:said|and|but)\b)[^.;])*?"
                          r"\bof\s+(?:\w+\s+){0,3}$", re.I),
    "neg-present": re.compile(r"\b(?:do|does|has|have)\s*(?:not|never|n't)\s+(?:\w+\s+)?$",
                              re.I),
    "never": re.compile(r"\bnever\s+$", re.I),
    "rebuttal": re.compile(r"\bhad\s+(?:only\s+(?:been\s+)?|been\s+only\s+)$"
                           r"|\bhad\s+(?:been\s+)?$", re.I),
}
DENY = re.compile(r"\bden(?:y|ies|ied|ying)\b", re.I)
ONLY = re.compile(r"\bonly\b", re.I)
WINDOW = 70
DAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March"
       r"|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
       r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October"
       r"|November|December))")
CONDITION = re.compile(r"\b(?:if|unless)\b[^.;]*$", re.I)
DEADLINE = re.compile(rf"^[^.;]{{0,40}}?\bby\s+(?:next\s+)?(?:{DAY}|the\s+end\s+of\b)", re.I)
AHEAD_DAY = re.compile(rf"^[^.;]{{0,40}}?\b(?:on|for|from|starting(?:\s+on)?|until)?\s*{DAY}")
AND_DATE = re.compile(rf"^(?:(?!\b(?:said|says|but|after|before|when|who|which|that|while)\b)"
                      rf"[^.;:])*?\band\b[^.;:]*?\b(?:{DAY}|(?:last|this)\s+week\b)", re.I)
LOOKS_AHEAD = re.compile(r"\b(?:will|would|is to|are to|was to|were to|due to|set (?:to|for)"
                         r"|plan(?:s|ned)? (?:to|for)|scheduled|announced|next)\b", re.I)


def cue_of(text: str, start: int) -> str | None:
    """The first cue the text before the trigger (in its sentence) shows."""
    sent = sentence_of(text, start)
    s0 = max(0, text.find(sent))
    before = text[max(s0, start - WINDOW):start]
    for name, rx in CUES.items():
        if not rx.search(before):
            continue
        if name == "rebuttal" and not (DENY.search(sent) and ONLY.search(
                text[max(s0, start - 20):start + 40])):
            continue
        return name
    return _ahead_cue(text, start, sent, s0)


def _ahead_cue(text: str, start: int, sent: str, s0: int) -> str | None:
    """``deadline``, ``ahead-day`` or ``and-date`` (module docstring), None otherwise."""
    after = text[start:s0 + len(sent)]
    if CONDITION.search(text[s0:start]) and DEADLINE.search(after):
        return "deadline"
    if AHEAD_DAY.search(after) and LOOKS_AHEAD.search(sent):
        return "ahead-day"
    if AND_DATE.search(after):
        return "and-date"
    return None


def side(value: str | None, published: str) -> str:
    """``after``, ``on-or-before`` or ``null``: a value against the publication day."""
    if not value:
        return "null"
    first = timex_range(value)[0]
    return "after" if first is not None and first > published else "on-or-before"


def describe(g: dict[str, Any], p: dict[str, Any], cue: str, coarse: bool,
             published: str = "") -> dict[str, str]:
    """One row's keys (module docstring)."""
    kind = p.get("type") or "-"
    if coarse:
        kind = "attack" if kind == "ASSAULT" else "other"
    return {"cue": cue, "type": kind,
            "gold": "dated" if (g.get("time") or {}).get("value") else "null",
            "pred": "dated" if (p.get("time") or {}).get("value") else "null",
            "right": "right" if date_right(g, p) else "wrong",
            "ahead": side((g.get("time") or {}).get("value"), published) + "/"
            + side((p.get("time") or {}).get("value"), published)}


def rows(pred_dir: Path, sets: str, coarse: bool) -> list[dict[str, str]]:
    out = []
    for name in sets_from_flag(sets):
        s = name.removeprefix("rec_")
        golds = {r["id"]: r for r in map(json.loads, Path(
            f"tests/data/records/{name}.jsonl").open())}
        for pred in load_predictions(pred_dir / f"rec_{s}.pred.json"):
            gold = golds[pred["id"]]
            for gi, pi in match_events(gold["events"], pred["events"]):
                p = pred["events"][pi]
                cue = cue_of(gold["text"], p["trigger"]["start"])
                if cue is None:
                    continue
                row = describe(gold["events"][gi], p, cue, coarse, gold["published"])
                row.update(set=s, origin="real" if is_real(gold) else "own")
                out.append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--by", default="cue,type,gold,pred,right",
                    help="comma-separated: " + ", ".join(KEYS))
    ap.add_argument("--cue", help="one cue only: " + ", ".join(CUES))
    ap.add_argument("--coarse", action="store_true", help="type as attack / other")
    ap.add_argument("--sets", default=SET_LETTERS, help="set keys, e.g. a,b,y")
    args = ap.parse_args()
    keys = args.by.split(",")
    if set(keys) - set(KEYS):
        ap.error("--by takes " + ", ".join(KEYS))
    data = [r for r in rows(args.pred_dir, args.sets, args.coarse)
            if args.cue is None or r["cue"] == args.cue]
    print(table(data, keys))


if __name__ == "__main__":
    main()
