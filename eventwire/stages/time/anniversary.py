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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.models import Timex
from eventwire.stages.time import normalize as nz
from eventwire.stages.time.clauses import relation_clause
from eventwire.stages.time.governing import in_sentence
from eventwire.stages.time.ranges import timex_range

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
    for t in in_sentence(doc, trigger.sent, timexes):
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
