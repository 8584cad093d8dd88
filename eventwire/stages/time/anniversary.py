"""Class *anniversary since* (issue #12, branch dates18): "N units since X"
puts X that far before the clause that counts the time.

"Thousands marched on Tuesday to mark a year since demonstrators stormed
parliament", "vigils were held on Saturday to mark a week since the
shooting", "the town marks ten years since the dam burst": the storming,
the shooting and the bursting lie the measured distance before the march,
the vigils, the marking. An anniversary counts to the day, so the event
takes the counting clause's date moved back by the measure at that date's
own granularity ("a year since" a Tuesday is the same day a year before,
not the year). Without a date for the counting clause nothing is decided
here.

The measure is the DURATION expression right before "since"; the event is
in its complement (the noun after "since", or the clause it marks). Counted
on rec_a..rec_o before the rule was written: nine "N units since"
expressions in the texts, five of them with a gold event in the complement
(two stories of anniversaries, one of vigils a week after a shooting).

Branch dates20 adds the class *anniversary of*: "marked the first
anniversary of an attack", "the 35th anniversary of the crackdown" — the
event named after "anniversary of" took place on the counting clause's
day, the ordinal's number of years before ("the anniversary of the 2024
storming" is dated by its year, earlier in the rules). Counted on
rec_a..rec_p: five gold events after "anniversary of", three dated wrong
(the marking's day or the headline's), one right.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.models import Timex
from eventwire.nlp.sentences import sent_of
from eventwire.stages.time import normalize as nz
from eventwire.stages.time.clauses import relation_clause
from eventwire.stages.time.governing import in_sentence
from eventwire.stages.time.ranges import timex_range

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
ORDINAL = re.compile(r"^(?P<n>\d{1,3})(?:st|nd|rd|th)$")
MEASURE = re.compile(r"^P(?P<n>\d+)(?P<u>[YMWD])$")
UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def _measure(t: Timex) -> tuple[int, str] | None:
    """(amount, unit) of a whole-unit DURATION ("a year" -> (1, "year"))."""
    m = MEASURE.match(t.value or "") if t.type == "DURATION" else None
    return (int(m["n"]), UNITS[m["u"]]) if m else None


def since_time(doc: Doc, trigger: Token, timexes: list[Timex],
               base_of: Callable[[Token, Timex], Timex | None]) -> tuple[str, str] | None:
    """(value, granularity) of an event in the complement of "N units since",
    from the date ``base_of`` gives the counting clause; None otherwise."""
    for t in in_sentence(doc, sent_of(trigger), timexes):
        measure = _measure(t)
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if measure else None
        if measure is None or span is None or span.end >= len(doc) \
                or doc[span.end].lower_ != "since":
            continue
        clause = relation_clause(doc[span.end])
        if trigger not in clause.subtree or trigger == doc[span.end] or clause.head == clause:
            continue
        base = base_of(clause.head, t)
        start = timex_range(base.value)[0] if base is not None and \
            base.value[:1].isdigit() else None
        if start is None:
            return None
        grain = nz.granularity_of(base.value[:10])  # type: ignore[union-attr]
        if grain not in ("day", "month", "year"):
            return None
        return nz.value_at(_back(date.fromisoformat(start), *measure), grain), grain
    return None


def _back(day: date, amount: int, unit: str) -> date:
    """``day`` moved back by the measure, the day of month kept (clamped)."""
    if unit in ("day", "week"):
        return date.fromordinal(day.toordinal() - amount * (7 if unit == "week" else 1))
    months = amount * (12 if unit == "year" else 1)
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 28)


def _anniversary_of(trigger: Token) -> Token | None:
    """The "anniversary" whose "of" phrase holds the trigger, None otherwise."""
    for tok in (trigger, *trigger.ancestors):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() == "anniversary":
            return tok.head.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl", "relcl"):
            return None  # a clause of its own: "the anniversary of the day police opened fire"
    return None


def _years_back(anniversary: Token) -> int | None:
    """The ordinal: "35th anniversary" -> 35, "first anniversary" -> 1."""
    for c in anniversary.children:
        if c.dep_ in ("amod", "nummod"):
            m = ORDINAL.match(c.lower_)
            n = ORDINAL_WORDS.get(c.lower_) or (int(m["n"]) if m else None)
            if n:
                return n
    return None


def anniversary_time(doc: Doc, trigger: Token, timexes: list[Timex],
                     base_of: Callable[[Token, Timex | None], Timex | None]
                     ) -> tuple[str, str] | None:
    """Class *anniversary of*: (value, granularity) of the event named after
    "the Nth anniversary of", from the day ``base_of`` gives the clause that
    marks it; None without an ordinal or without a day."""
    anniversary = _anniversary_of(trigger)
    years = _years_back(anniversary) if anniversary is not None else None
    host = next((a for a in anniversary.ancestors if a.pos_ in ("VERB", "AUX")),
                None) if anniversary is not None and years else None
    base = base_of(host, None) if host is not None else None
    if years is None or base is None or not re.match(r"\d{4}-\d{2}-\d{2}$", base.value or ""):
        return None
    return _back(date.fromisoformat(base.value), years, "year").isoformat(), "day"
