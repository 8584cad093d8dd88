"""Events that take several days: the ISO week (or month) that holds them.

``docs/annotation.md`` dates an episode over several days by the ISO week
that holds it ("two nights of rioting" from Monday, "rallies on Monday and on
Thursday": 2008-W51), and by the month when the days cross a week's end
("eight days of riots" up to a Sunday). Two classes (issue #12, branch
dates9), both read off the text, not fitted:

* *day pair* — two day expressions joined into one stretch: "on Thursday and
  Friday", "from Monday to Wednesday", "late Saturday and early Sunday",
  "Sunday night and Monday", "between 25th and 31st August". Each member
  dates what it governs as the stretch (:func:`widen_day_pairs`, applied to
  the anchoring's copy of the expressions; ``doc._.timexes`` keep the days).
  Two clock times ("from 10 p.m. to 4 a.m.") are no pair; *a night across
  two days* ("the night of 31 March to 1 April", "overnight Friday to
  Saturday") is its second day, as "overnight into Thursday" is Thursday;
* *span of days* — "N days/nights of X" after a preposition of time: the
  noun X (and its coordinated or relative-clause events: "riots and
  looting", "rioting in which shops were looted"), and an event that happens
  "during/in/over/amid N days of X", take the N days that end on the day the
  rules gave the phrase's host (after "after"/"following", the N days
  before it) (:func:`span_time`). "began three days of exercises on
  Saturday" is an outbreak and keeps its day (no preposition).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from eventwire.models import TimeValue, Timex
from eventwire.nlp.extensions import text_of
from eventwire.stages.time.governing import governing

# what may stand between the two members of a day pair
PAIR_GAP = re.compile(r"\s*,?\s*(?:and|to|through|till|until|-|–)\s+(?:(?:late|early)\s+)?",
                      re.I)
# "the night of 31 March to 1 April": one night, dated by its second day
NIGHT_OF = re.compile(r"\b(?:night|overnight)\s+(?:of\s+|from\s+)?$", re.I)
# "between 25th and " before a full date: the first day of the same month
BETWEEN_DAY = re.compile(r"\bbetween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$", re.I)
UNIT_LEMMAS = {"day", "night"}
WITHIN_PREPS = {"during", "in", "over", "amid", "throughout"}
AFTER_PREPS = {"after", "following"}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14}
MAX_SPAN_DAYS = 14


def _day(t: Timex) -> date | None:
    """The calendar day of a day or part-of-day expression ("Sunday night"),
    None otherwise (a clock time, "10 p.m.", is no day of a pair: "from 10
    p.m. to 4 a.m." is one night)."""
    if t.type not in ("DATE", "TIME") or t.rule == "dateline":
        return None
    if not re.match(r"\d{4}-\d{2}-\d{2}(T[A-Z]{2}$|$)", t.value):
        return None
    try:
        return date.fromisoformat(t.value[:10])
    except ValueError:
        return None


def stretch(first: date, last: date) -> tuple[str, str] | None:
    """(value, granularity) of the days first..last: their ISO week, else
    their month, else None (a stretch over a month's end stays undecided)."""
    if not first <= last:
        return None
    a, b = first.isocalendar(), last.isocalendar()
    if (a[0], a[1]) == (b[0], b[1]):
        return f"{a[0]}-W{a[1]:02d}", "week"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year}-{first.month:02d}", "month"
    return None


def _pair_days(text: str, t1: Timex, t2: Timex) -> tuple[date, date] | None:
    d1, d2 = _day(t1), _day(t2)
    if d1 is None or d2 is None or not PAIR_GAP.fullmatch(text[t1.end:t2.start]):
        return None
    if d2 < d1 and t1.rule == t2.rule == "weekday":  # resolved on their own: keep the order
        d1 -= timedelta(days=7)
    return (d1, d2) if 0 < (d2 - d1).days < 7 else None


def widen_day_pairs(doc: Doc, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` itself when it has no day pair, else a copy (same order and
    spans, so the doc's span index still points into it) in which both
    members of a day pair carry the stretch's week or month."""
    text = text_of(doc)
    out = list(timexes)
    for i, t2 in enumerate(timexes):
        days = _pair_days(text, timexes[i - 1], t2) if i else None
        members: tuple[int, ...] = (i - 1, i)
        if days is None:
            days, members = _between_days(text, t2), (i,)
        found = stretch(*days) if days is not None else None
        if days is not None and len(members) == 2 and _night_of(text, timexes[i - 1]):
            found = days[1].isoformat(), "day"  # class *night across two days*
        if found is not None:
            for j in members:
                out[j] = replace(timexes[j], type="DATE", value=found[0],
                                 granularity=found[1])
    return out if out != timexes else timexes


def _night_of(text: str, first: Timex) -> bool:
    """The pair's first day is a night's start: "the night of", "overnight"."""
    return first.text.lower().startswith(("overnight", "night")) or bool(
        NIGHT_OF.search(text[max(0, first.start - 20):first.start]))


def _between_days(text: str, t2: Timex) -> tuple[date, date] | None:
    """"between 25th and 31st August": the first day is in the full date's month."""
    m = BETWEEN_DAY.search(text[max(0, t2.start - 30):t2.start])
    d2 = _day(t2)
    if m is None or d2 is None or not 0 < int(m[1]) < d2.day:
        return None
    return d2.replace(day=int(m[1])), d2


def _span_days(unit: Token) -> int | None:
    """N of "N days"/"N nights" (2..MAX_SPAN_DAYS), None for another noun."""
    if unit.lemma_.lower() not in UNIT_LEMMAS or unit.tag_ != "NNS":
        return None
    for c in unit.children:
        if c.dep_ == "nummod":
            n = int(c.text) if c.text.isdigit() else NUMBER_WORDS.get(c.lower_)
            return n if n is not None and 2 <= n <= MAX_SPAN_DAYS else None
    return None


def _phrase_of_noun(trigger: Token) -> tuple[Token, int] | None:
    """(preposition, N) when the trigger is X of "PREP N days of X", or is
    coordinated with X or heads a relative clause on it."""
    x = trigger
    for _ in range(3):
        if x.dep_ not in ("relcl", "conj") or x.head == x:
            break
        x = x.head
    if x.dep_ != "pobj" or x.head.lower_ != "of":
        return None
    unit = x.head.head
    n = _span_days(unit)
    before = unit.left_edge.i - 1  # the parser may hang "after" as a mark elsewhere
    if n is None or before < 0 or unit.doc[before].lower_ not in WITHIN_PREPS | AFTER_PREPS:
        return None
    return unit.doc[before], n


def _phrase_on_event(trigger: Token) -> tuple[Token, int] | None:
    """(preposition, N) when the trigger happens "during N days of X"."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in WITHIN_PREPS:
            continue
        for unit in prep.children:
            n = _span_days(unit) if unit.dep_ == "pobj" else None
            if n is not None and any(c.lower_ == "of" for c in unit.children):
                return prep, n
    return None


def _host_day(doc: Doc, host: Token, timexes: list[Timex]) -> date | None:
    """The day that dates the phrase's host: its own date, else that of the
    clause it completes or is coordinated with ("was calm on Sunday after
    ...", "declared ... on Wednesday and banned ... after ...")."""
    for _ in range(3):
        found = governing(doc, host, timexes)
        if found is not None:
            return _day(found)
        if host.dep_ not in ("conj", "acomp", "attr", "oprd", "xcomp", "advcl") \
                or host.head == host:
            return None
        host = host.head
    return None


def span_time(doc: Doc, trigger: Token, time: TimeValue, timexes: list[Timex]
              ) -> tuple[str, str] | None:
    """(value, granularity) of the N days the trigger's span phrase covers,
    None when it has none or no day to count from."""
    found = _phrase_of_noun(trigger) or _phrase_on_event(trigger)
    if found is None:
        return None
    prep, n = found
    host_day = _host_day(doc, prep.head, timexes) if prep.head != trigger else None
    if host_day is None and prep.lower_ in WITHIN_PREPS:  # the event's own day
        try:
            host_day = date.fromisoformat(time.value or "")
        except ValueError:
            return None
    if host_day is None:
        return None
    if prep.lower_ in AFTER_PREPS:
        return stretch(host_day - timedelta(days=n), host_day - timedelta(days=1))
    return stretch(host_day - timedelta(days=n - 1), host_day)
