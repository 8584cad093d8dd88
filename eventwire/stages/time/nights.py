"""TIMEX3 rules for the night and the parts of a day around publication.

Classes real reports use and the own texts did not (branch dates5, issue
#12): "last night", "late last night", "yesterday morning", "tomorrow
evening" (*deictic part of a day*) and "overnight" (the night before
publication, or "overnight into Sunday"). Each names a TIME with a part of
the day (``2008-12-10TNI``), so an event it governs is dated to that day
rather than left undated or given the publication day. Each handler has the
signature of :data:`eventwire.stages.time.detect.Handler`; a handler that
returns None drops the match.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.models import Timex
from eventwire.stages.time import normalize as nz

WEEKDAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
DAY_SHIFT = {"yesterday": -1, "tomorrow": 1}
# verbs of sudden change: "prices doubled overnight", "became a star
# overnight", "everything changed overnight" — "overnight" means suddenly
SUDDEN_CHANGE = {"double", "doubled", "tripled", "halved", "rose", "soared", "surged", "jumped",
                 "fell", "dropped", "plunged", "collapsed", "change", "changed", "changes",
                 "become", "became", "becomes", "turned", "vanished", "disappeared",
                 "transformed", "happen", "happened", "shifted", "evaporated"}


def _deictic_part(m: re.Match[str], ref: date | None,
                  tense: str) -> tuple[str, str | None]:
    """Class *deictic part of a day*: "last night", "late last night",
    "yesterday morning", "tomorrow evening" name a part of the day before
    (or after) publication — a TIME (TimeML), which dates an event to that
    day ("police fired tear gas last night" in a paper of December 11 is
    December 10, not an undated event)."""
    word = (m["word"] or "yesterday").lower()
    part = PARTS[(m["part"] or "night").lower()]
    if ref is None:
        return "TIME", f"XXXX-XX-XXT{part}"
    return "TIME", f"{(ref + timedelta(days=DAY_SHIFT[word])).isoformat()}T{part}"


def _sudden(m: re.Match[str]) -> bool:
    """Class *manner "overnight"*: after a verb of sudden change within
    three words, "overnight" says how fast, not when."""
    before = re.findall(r"[a-z]+", m.string[max(0, m.start() - 40):m.start()].lower())
    return bool(set(before[-3:]) & SUDDEN_CHANGE)


def _overnight(m: re.Match[str], ref: date | None,
               tense: str) -> tuple[str, str | None] | None:
    """Class *overnight*: in a report, "overnight" is the night before
    publication ("shelled the town overnight", "used tear gas overnight to
    break up a rally"); "overnight into Sunday" / "overnight Saturday" is
    that night (the weekday read by the clause's tense). A TIME with part
    NI; a future clause ("will be held overnight") is tonight. Not the
    manner sense (:func:`_sudden`)."""
    if _sudden(m):
        return None
    if ref is None:
        return "TIME", "XXXX-XX-XXTNI"
    if m["wd"]:
        day = nz.weekday(ref, nz.WEEKDAYS[m["wd"].lower()], tense)
    else:
        day = ref if tense == "future" else ref - timedelta(days=1)
    return "TIME", f"{day.isoformat()}TNI"


STORY_DAYS = 7


def in_story(t: Timex, base: str | None, published: date | None) -> bool:
    """Class *overnight in a recollected story*: when the time line stands
    on a day more than a week from publication ("On March 11, 2005, he shot
    a judge. He evaded police overnight. He was caught the next day."),
    a bare "overnight" is that day's night, not the night before
    publication."""
    if published is None or base is None or len(base) != 10 or t.text.lower() != "overnight":
        return False
    try:
        day = date.fromisoformat(base)
    except ValueError:
        return False
    return abs((published - day).days) > STORY_DAYS


RULES = [
    ("deictic-part", r"\b(?:(?:late|early)\s+)?(?:last\s+night|(?P<word>yesterday|tomorrow)\s+"
                     r"(?P<part>morning|afternoon|evening|night))\b", _deictic_part),
    # not the adjective ("an overnight curfew") nor the manner adverb before
    # a noun phrase: only before punctuation, a function word or a weekday
    ("overnight", rf"\bovernight(?:(?:\s+(?:into|to))?\s+{WEEKDAY}\b|(?=\s*(?:[,.;:)\n]|$)"
                  r"|\s+(?:to|in|on|at|as|and|after|before|when|while|near|outside|from|but|"
                  r"with|by|amid|following|across|around|along|against)\b))", _overnight),
]
NEEDLES = {"deictic-part": ("yesterday", "tomorrow", "last night"), "overnight": ("overnight",)}
