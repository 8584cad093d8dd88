"""TIMEX3 normalisation: an expression's parts + the reference date + tense
-> a TIMEX3 value. Pure functions, no spaCy.

Decisions (see ``docs/time.md``):
* A weekday or a month-day without a year is resolved by tense: past ->
  the latest such day on or before the reference date, future -> the
  earliest on or after it; unknown tense counts as past (news reports).
* With no reference date, a date without a year keeps ``XXXX``
  (``XXXX-01-03``) and relative expressions stay unresolved
  (``PAST_REF``/``FUTURE_REF``/``PRESENT_REF``, or None): never a guess.
* Granularity is never finer than the text: "last month" is ``2020-10``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from eventwire.stages.time.verb_tense import nearest_weekday

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
           "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
           "hundred": 100,
           "several": None, "few": None, "couple": 2}
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H",
         "minute": "MIN", "second": "S", "quarter": "Q", "century": "CE"}


def to_number(word: str) -> int | None:
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def amount(words: str) -> int | None:
    """The number a run of number words names, read whole: "twenty-five" ->
    25, "thirty one" -> 31, "a hundred" -> 100, "two hundred" -> 200 (the
    last word alone would read 5, 1, 100, 100); None when a word is no
    number ("a few", "several"). One reading for every rule that counts
    units back (plain "ago" and anniversaries: review18, fixes19)."""
    total = 0
    for word in re.split(r"[-\s]+", words.strip()):
        value = to_number(word)
        if value is None:
            return None
        total = max(total, 1) * 100 if value == 100 else total + value
    return total


# the tenses the weekday rule reads as "the nearest such day": a present
# progressive ("are marching on Sunday") and a present simple ("the race
# resumes on Friday", "the main suspect in the Friday slaying"); every other
# rule reads a progressive as past and a present simple as a schedule
NEAREST_TENSES = {"present": "past", "schedule": "future"}
# a progressive the weekday hangs on itself ("are meeting on Thursday", "is
# travelling to Paris on Wednesday") is an arrangement: the weekday rule reads
# it ahead (on or after), every other rule as past, as before (review64)
WEEKDAY_TENSES = {**NEAREST_TENSES, "arrangement": "past"}
NEAREST_RULES = {"weekday"}


def plain_tense(tense: str) -> str:
    """``tense`` as the rules without a nearest reading see it."""
    return WEEKDAY_TENSES.get(tense, tense)


def weekday(ref: date, target: int, tense: str) -> date:
    """The given weekday around ``ref``: past -> on/before, future -> on/after,
    present or schedule -> the nearest (:data:`NEAREST_TENSES`), an
    arrangement -> on/after."""
    if tense == "arrangement":
        tense = "future"
    if tense in NEAREST_TENSES:
        return nearest_weekday(ref, target)
    delta = (ref.weekday() - target) % 7
    if tense == "future":
        return ref + timedelta(days=(target - ref.weekday()) % 7)
    return ref - timedelta(days=delta)


def month_day(ref: date, month: int, day: int, tense: str) -> date | None:
    try:
        this_year = date(ref.year, month, day)
    except ValueError:
        return None
    if tense == "future":
        return this_year if this_year >= ref else _safe(ref.year + 1, month, day)
    return this_year if this_year <= ref else _safe(ref.year - 1, month, day)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_only(ref: date, month: int, tense: str) -> str:
    if tense == "future":
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return f"{year}-{month:02d}"


def shift_month(ref: date, months: int) -> str:
    index = ref.year * 12 + ref.month - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def season_of(day: date) -> tuple[int, str]:
    if day.month in (12, 1, 2):
        return (day.year - 1 if day.month < 3 else day.year), "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")


def relative_unit(ref: date, unit: str, offset: int) -> tuple[str, str]:
    """'last week' (unit=week, offset=-1) -> ('2020-W45', 'week')."""
    if unit == "day":
        return (ref + timedelta(days=offset)).isoformat(), "day"
    if unit == "week":
        return iso_week(ref + timedelta(weeks=offset)), "week"
    if unit == "weekend":
        sat = ref + timedelta(days=(5 - ref.weekday()) % 7 + 7 * offset)
        if offset < 0:
            sat = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
        return f"{iso_week(sat)}-WE", "week"
    if unit == "month":
        return shift_month(ref, offset), "month"
    if unit == "year":
        return str(ref.year + offset), "year"
    if unit == "quarter":
        q = (ref.month - 1) // 3 + offset
        return f"{ref.year + q // 4}-Q{q % 4 + 1}", "quarter"
    if unit == "decade":
        return f"{(ref.year // 10 + offset)}", "decade"
    return "PRESENT_REF", "unknown"


# coarse to fine: a shifted value keeps the coarser of its base's and its unit's grain
GRAIN_RANK = {"day": 1, "week": 2, "month": 3, "quarter": 4, "year": 5, "decade": 6}
UNIT_GRAIN = {"minute": "day", "hour": "day", "day": "day", "week": "week", "month": "month",
              "quarter": "quarter", "year": "year", "decade": "decade"}


def shift_value(value: str, amount: int, unit: str, named: bool = False) -> str | None:
    """Move a TIMEX3 date value by ``amount`` units, at the coarser of the
    base's and the unit's granularity (class *narrative granularity*):
    "two days later" after 2020-01-03 -> 2020-01-05, "a year earlier" after
    1997-Q4 -> 1996, "two weeks later" after November 2021 -> 2021-11;
    "hours later" keeps the day. A measured distance in days or weeks from
    a day stays a day ("a week after" January 3 -> January 10); a ``named``
    calendar unit ("the following week", "the previous month") is that
    unit: "the following week" after 2024-01-10 -> 2024-W03. A season moves
    by years only."""
    grain, unit_grain = granularity_of(value), UNIT_GRAIN.get(unit)
    if unit_grain == "week" and grain == "day" and not named:
        unit_grain = "day"
    if unit_grain is None:
        return None
    if grain == "season":
        return f"{int(value[:4]) + amount}{value[4:]}" if unit == "year" else None
    if grain not in GRAIN_RANK:
        return None
    from eventwire.stages.time.ranges import timex_range

    start, _ = timex_range(value)
    if start is None:
        return None
    moved = _move(date.fromisoformat(start), amount, unit)
    if moved is None:
        return None
    coarser = max(grain, unit_grain, key=GRAIN_RANK.__getitem__)
    return value_at(moved, coarser)


def _move(day: date, amount: int, unit: str) -> date | None:
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit)
    if months is not None:
        index = day.year * 12 + day.month - 1 + amount * months
        year, month = index // 12, index % 12 + 1
        if not 1 <= year <= 9999:
            return None
        return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    # hours and minutes count whole days toward zero: "six hours before" stays that day
    days = {"day": amount, "week": 7 * amount, "hour": int(amount / 24),
            "minute": int(amount / 1440)}[unit]
    return day + timedelta(days=days)


def value_at(day: date, grain: str) -> str:
    """The TIMEX3 value of the ``grain`` holding ``day``."""
    if grain == "week":
        return iso_week(day)
    if grain == "month":
        return f"{day.year}-{day.month:02d}"
    if grain == "quarter":
        return quarter_of(day)
    if grain == "year":
        return str(day.year)
    if grain == "decade":
        return str(day.year)[:3]
    return day.isoformat()


def duration(amount: int | None, unit: str) -> str:
    code = UNITS.get(unit.rstrip("s"), "D")
    count = "X" if amount is None else str(amount)
    if code in ("H", "MIN", "S"):
        return f"PT{count}{code[0] if code != 'MIN' else 'M'}"
    if code == "DE":
        return f"P{'X' if amount is None else amount * 10}Y"
    if code == "CE":
        return f"P{'X' if amount is None else amount * 100}Y"
    return f"P{count}{code}"


def granularity_of(value: str | None) -> str:
    if not value:
        return "unknown"
    if "T" in value and value[:4].isdigit():
        return "time"
    if value.endswith("_REF") or value.startswith("P"):
        return "unknown"
    if value.startswith("FY"):  # a fiscal year ("FY1997")
        return "year"
    if "-W" in value:
        return "week"
    if "-Q" in value or "-H" in value:
        return "quarter"
    if any(value.endswith(s) for s in SEASONS.values()):
        return "season"
    if len(value) == 10:
        return "day"
    if len(value) == 7:
        return "month"
    if len(value) == 4:
        return "year"
    if len(value) == 3:
        return "decade"
    return "unknown"
