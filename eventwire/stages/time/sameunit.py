"""Class *anaphoric calendar unit*: "that year", "later that day", "that
summer", "the same day", "that night" (branch dates5, issue #12).

The unit is the one the text's previous date lies in, not the publication
date's: "Rebels took the town on May 2, 2019. Later that year the army
withdrew." -> 2019; "In 2021 the regime forced a plane down. That summer it
flew migrants to Minsk." -> 2021-SU. The rule finds the expression with no
value (rule ``same-unit``); :func:`resolve` gives it one from the previous
calendar value on the time line (``component.resolve_narrative``), or
leaves it without one when that value is coarser than the unit ("that
day" after "in 2019").

Branch dates20 adds the class *month of that year*: a month (or month and
day) named with an anaphoric year — "in May that year", "on October 3 the
same year", "in June the following year", "in March the previous year" —
lies in the year of the text's previous date (shifted by one for
"following"/"next"/"previous"), not in the year the bare month would take
from publication ("Khan was jailed in August 2023. His arrest in May that
year ..." -> 2023-05, not the last May before publication). One expression
(rule ``same-unit-month``), so the month rule cannot claim "May" alone.
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.models import Timex
from eventwire.stages.time import normalize as nz

PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
UNIT_LENGTH = {"year": 4, "month": 7, "day": 10}


# "that" after these is a complementizer: "officials said that night raids
# would go on", "now that summer is over", "so that day workers can vote"
COMPLEMENTIZER_HOSTS = {"said", "say", "says", "told", "tell", "warned", "claimed", "believe",
                        "believed", "added", "announced", "noted", "stated", "insisted",
                        "argued", "reported", "feared", "hoped", "knew", "know", "think",
                        "thought", "so", "now", "such", "given", "means", "meant", "ensure",
                        "show", "showed", "shows"}


def _same_unit(m: re.Match[str], ref: date | None,
               tense: str) -> tuple[str, str | None] | None:
    """No value here: it is resolved on the time line (:func:`resolve`)."""
    if m.group(0).lower().startswith("that"):
        before = re.findall(r"[a-z]+", m.string[max(0, m.start() - 20):m.start()].lower())
        if before and before[-1] in COMPLEMENTIZER_HOSTS:
            return None
    return "DATE", None


MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
         r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# the anaphoric year after a month, and its offset from the previous date's year
YEAR_SHIFT = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
              "the prior": -1, "the preceding": -1}


def _month_of_year(m: re.Match[str], ref: date | None,
                   tense: str) -> tuple[str, str | None] | None:
    """No value here: the year is the previous date's (:func:`resolve`).
    "... in May. That year ..." is two sentences: a capital ends the match.
    The month is a capitalised name: "a march the following year" is a
    procession, "may that year" a modal."""
    day = m["day"]
    if m["which"][0].isupper() or m["month"][0].islower() or (
            day is not None and not 1 <= int(day) <= 31):
        return None
    return "DATE", None


RULES = [
    ("same-unit", r"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?P<unit>day|night|morning|"
                  r"afternoon|evening|week|month|year|spring|summer|autumn|winter)\b(?!-)"
                  # the subject of its clause is no time adverbial: "that day has come"
                  r"(?!\s+(?:has|have|had|is|was|will|would|came|comes|come)\b)",
     _same_unit),
    ("same-unit-month", rf"\b{MONTH}(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?"
                        r"(?P<which>that|the\s+(?:same|following|next|previous|prior|preceding))"
                        r"\s+year\b(?!-)",
     _month_of_year),
]
NEEDLES = {"same-unit": ("that ", "same "),
           "same-unit-month": ("that year", "same year", "following year", "next year",
                               "previous year", "prior year", "preceding year")}
RULE_NAMES = frozenset(NEEDLES)


def unit_of(text: str) -> str:
    return text.lower().split()[-1]


def resolve(t: Timex, base: str | None) -> None:
    """Give ``t`` the unit of ``base`` (a calendar value) it names."""
    if t.rule == "same-unit-month":
        _resolve_month(t, base)
        return
    unit = unit_of(t.text)
    value: str | None = None
    if base and base[:4].isdigit():
        if unit in UNIT_LENGTH and len(base) >= UNIT_LENGTH[unit] and base[4:5] in ("", "-") \
                and (unit == "year" or base[5:7].isdigit()) \
                and (unit != "day" or base[8:10].isdigit()):
            value = base[:UNIT_LENGTH[unit]]
        elif unit in PARTS and len(base) >= 10 and base[8:10].isdigit():
            value, t.type = f"{base[:10]}T{PARTS[unit]}", "TIME"
        elif unit in nz.SEASONS:
            value = f"{base[:4]}-{nz.SEASONS[unit]}"
        elif unit == "week" and len(base) >= 10 and base[8:10].isdigit():
            year, week, _ = date.fromisoformat(base[:10]).isocalendar()
            value = f"{year}-W{week:02d}"
    if value is not None:
        t.value, t.granularity = value, nz.granularity_of(value)


MONTH_OF_YEAR = re.compile(RULES[1][1], re.IGNORECASE)


def _resolve_month(t: Timex, base: str | None) -> None:
    """Class *month of that year*: the month (and day) in the previous
    date's year, shifted by "following"/"previous"; no value without a year."""
    m = MONTH_OF_YEAR.search(t.text)
    if m is None or not base or not base[:4].isdigit():
        return
    which = " ".join(m["which"].lower().split())
    year = int(base[:4]) + YEAR_SHIFT[which]
    value = f"{year:04d}-{nz.MONTHS[m['month'].lower().rstrip('.')]:02d}"
    if m["day"] is not None:
        try:
            value = date(year, int(value[5:7]), int(m["day"])).isoformat()
        except ValueError:
            return
    t.value, t.granularity = value, nz.granularity_of(value)
