"""TIMEX3 classes general news has and the development sets have few of (branch timex25).

The held-out TIMEX figures (TempEval-3 platinum, unseen MEANTIME topics)
were below the development ones: the rules fit the expressions MEANTIME dev
and the own sets hold. Each class here is one handler with the signature of
:data:`detect.Handler`; the longest match wins over the rules it contains:

- *counted frequency* (TimeML SET with a frequency): "twice a week", "three
  times a year", "once a month", "four times per day" -> ``P1W``, ``P1Y``,
  ``P1M``, ``P1D`` over the whole phrase (the unit alone was read as a
  DURATION of one unit);
- *rate per unit* (MEANTIME's writing): "15 a year", "200 a day" -> SET
  ``P1Y`` over "a year" only (the count is no part of the time);
- *every N units*: "every four years", "every 15 minutes", "every other
  week", "every two months" -> SET ``P4Y``, ``PT15M``, ``P2W``, ``P2M`` (the
  count alone was a DURATION);
- *recurring season or part of the day*: "each spring", "every summer",
  "every morning", "each night" -> SET ``XXXX-SP``, ``XXXX-XX-XXTMO``;
- *two days off*: "the day before yesterday", "the day after tomorrow" ->
  the publication day minus / plus two (read as "the day before" +
  "yesterday");
- *the same day a year off*: "this time last year", "this time next year" ->
  that day one year earlier / later (only "last year" was read);
- *months named as a quarter*: "the April-June quarter", "the
  July-to-September period", "the first three months of 2025", "the first
  six months of the year" -> ``2025-Q2``, ``…-Q3``, ``2025-Q1``, ``…-H1``
  (the two months were read as two months).
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.stages.time import coverage
from eventwire.stages.time import normalize as nz

_UNIT_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
              "month": "M", "year": "Y", "decade": "DE", "quarter": "Q"}
_COUNT = r"(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times)"
_UNITS = r"(?P<unit>second|minute|hour|day|week|month|year|decade)"
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twelve": 12, "other": 2}
_ADVERB = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y"}
_APPROX = (r"(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|approximately|"
           r"at\s+least|at\s+most|up\s+to|just\s+(?:over|under))")
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# first month of each calendar quarter -> its number
_QUARTER_START = {1: 1, 4: 2, 7: 3, 10: 4}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")


def _period(amount: int, unit: str) -> str:
    """TimeML period of ``amount`` units (hours and minutes behind ``T``)."""
    if unit in ("second", "minute", "hour"):
        return f"PT{amount}{_UNIT_CODE[unit]}"
    if unit == "decade":
        return f"P{amount * 10}Y"
    return f"P{amount}{_UNIT_CODE[unit]}"


def _counted(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "SET", _period(1, m["unit"].lower())


def _approx(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None] | None:
    """The approximator belongs to the TIMEX (TimeML ``mod``: "more than a
    decade", "nearly 14 hours"); the value is the stretch's own."""
    amount = nz.amount(m["num"])
    return ("DURATION", _period(amount, m["unit"].lower())) if amount else None


def _every_n(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None] | None:
    word = m["n"].lower()
    amount = int(word) if word.isdigit() else _NUMBER.get(word)
    if not amount:
        return None
    return "SET", _period(amount, m["unit"].lower())


def _recurring(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    word = m["w"].lower()
    if word in nz.SEASONS:
        return "SET", f"XXXX-{nz.SEASONS[word]}"
    return "SET", f"XXXX-XX-XXT{_PARTS[word]}"


def _two_days(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    if ref is None:
        return "DATE", None
    sign = -1 if m["before"] else 1
    return "DATE", (ref + nz.timedelta(days=2 * sign)).isoformat()


def _year_off(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    if ref is None:
        return "DATE", None
    year = ref.year + (-1 if m["dir"].lower() == "last" else 1)
    day = nz._safe(year, ref.month, min(ref.day, 28) if ref.month == 2 else ref.day)
    return "DATE", day.isoformat() if day else str(year)


def _numeric_date(m: re.Match[str], ref: date | None, tense: str
                  ) -> tuple[str, str | None] | None:
    """US month/day: with a year always, without one only after a preposition
    of time ("on 6/30", "by 12/1"), so fractions and scores stay out."""
    month, day = int(m["mm"] or m["mm2"]), int(m["dd"] or m["dd2"])
    if m["yy"]:
        year = int(m["yy"]) if len(m["yy"]) == 4 else 2000 + int(m["yy"])
        if len(m["yy"]) == 2 and ref and year > ref.year + 1:
            year -= 100
        value = nz._safe(year, month, day)
    elif ref is None:
        return ("DATE", f"XXXX-{month:02d}-{day:02d}") if nz._safe(2000, month, day) else None
    else:
        value = nz.month_day(ref, month, day, tense)
    return ("DATE", value.isoformat()) if value else None


def _short_decade(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    """"the '80s" -> ``198``; "the '00s", "the '10s" -> this century's."""
    tens = m["t"]
    return "DATE", ("20" if tens in "01" else "19") + tens


def _named_quarter(m: re.Match[str], ref: date | None, tense: str
                   ) -> tuple[str, str | None] | None:
    first = nz.MONTHS[_full_month(m["m1"])]
    last = nz.MONTHS[_full_month(m["m2"])]
    if (last - first) % 12 != 2 or first not in _QUARTER_START:
        return None
    return "DATE", f"{_quarter_year(m, ref, tense, first)}-Q{_QUARTER_START[first]}"


def _first_months(m: re.Match[str], ref: date | None, tense: str
                  ) -> tuple[str, str | None] | None:
    count = {"three": 3, "3": 3, "six": 6, "6": 6}[m["n"].lower()]
    edge = m["edge"].lower()
    part = ("Q1" if edge == "first" else "Q4") if count == 3 else (
        "H1" if edge == "first" else "H2")
    first = 1 if edge == "first" else 13 - count
    return "DATE", f"{_quarter_year(m, ref, tense, first)}-{part}"


def _quarter_year(m: re.Match[str], ref: date | None, tense: str, first_month: int) -> str:
    """The stated year, else the reference year — the previous one when a
    past clause tells of a stretch that has not begun yet."""
    if m["year"]:
        return str(m["year"])
    if ref is None:
        return "XXXX"
    if tense == "past" and first_month > ref.month:
        return str(ref.year - 1)
    return str(ref.year)


def _full_month(word: str) -> str:
    word = word.lower().rstrip(".")
    return next(name for name in nz.MONTHS if name.startswith(word[:3]))


# "of 2025", "of the year": required after "the first six months" (else "the
# first three months of the war" would be a quarter), optional after a quarter
# "July-September", "April to June", "Jan.-March"
_TO = r"(?:[\s\-–]+(?:to|through)[\s\-–]+|\s*[-–]\s*)"
_YEAR_TAIL = r"(?:\s+of\s+(?:(?P<year>(?:19|20)\d{2})|the\s+year|this\s+year))"

RULES = [
    ("counted-set", rf"\b{_COUNT}\s+(?:a|an|per|each|every)\s+{_UNITS}\b", _counted),
    ("rate-set", rf"(?:(?<=\d )(?<![12]\d{{3}} )|(?<=percent )|(?<=per cent )|(?<=% ))"
                 rf"(?:an?|per)\s+{_UNITS}\b"
                 r"(?!\s*(?:-|earlier|later|ago|before|after)\b)", _counted),
    ("counted-adverb", rf"\b{_COUNT}\s+(?P<freq>daily|weekly|monthly|yearly|annually)\b",
     lambda m, r, t: ("SET", _ADVERB[m["freq"].lower()])),
    ("approx-duration", rf"\b{_APPROX}\s+(?P<num>{coverage.AMOUNT})\s+{_UNITS}s?\b"
                        r"(?!\s+(?:ago|later|earlier|before|after|old)\b|-)", _approx),
    ("every-n", r"\bevery\s+(?P<n>\d+|other|two|three|four|five|six|seven|eight|nine|ten|twelve)"
                rf"\s+{_UNITS}s?\b", _every_n),
    ("recurring", r"\b(?:every|each)\s+(?P<w>spring|summer|autumn|fall|winter|morning|afternoon"
                  r"|evening|night)\b", _recurring),
    ("two-days", r"\bthe\s+day\s+(?:(?P<before>before)\s+yesterday|after\s+tomorrow)\b",
     _two_days),
    ("year-off", r"\bthis\s+time\s+(?P<dir>last|next)\s+year\b", _year_off),
    ("numeric-date", r"\b(?P<mm>1[0-2]|0?[1-9])/(?P<dd>3[01]|[12]\d|0?[1-9])/"
                     r"(?P<yy>(?:19|20)\d{2}|\d{2})\b(?!/)"
                     r"|(?:" + "|".join(f"(?<=\\b{p} )" for p in ("on", "by", "until", "since",
                                                                   "from", "before", "after"))
     + r")(?P<mm2>1[0-2]|0?[1-9])/(?P<dd2>3[01]|[12]\d|0?[1-9])\b(?![/\d])",
     _numeric_date),
    ("short-decade", r"(?:\bthe\s+)?(?<![\w'’])['’](?P<t>[013-9])0s\b", _short_decade),
    ("half-year", r"\bH(?P<h>[12])\s+(?P<year>(?:19|20)\d{2})\b|\b(?P<year2>(?:19|20)\d{2})\s+H"
                  r"(?P<h2>[12])\b",
     lambda m, r, t: ("DATE", f"{m['year'] or m['year2']}-H{m['h'] or m['h2']}")),
    ("named-quarter", rf"\bthe\s+(?P<m1>{_MONTH})\.?{_TO}(?P<m2>{_MONTH})\.?"
                      r"\s+(?:quarter|period)\b" + _YEAR_TAIL + "?",
     _named_quarter),
    ("first-months", r"\bthe\s+(?P<edge>first|last)\s+(?P<n>three|six|3|6)\s+months"
                     + _YEAR_TAIL, _first_months),
]


# a rule runs only when one of its words is in the lower-cased text
NEEDLES = {"counted-set": ("once", "twice", "thrice", "times"),
           "counted-adverb": ("once", "twice", "thrice", "times"),
           "approx-duration": ("than", "nearly", "almost", "about", "around", "roughly",
                               "approximately", "at least", "at most", "up to", "just"),
           "rate-set": tuple(f" {a} {u}" for a in ("a", "an", "per")
                             for u in ("year", "day", "week", "month", "hour", "minute")),
           "every-n": ("every",), "recurring": ("every", "each"),
           "two-days": ("yesterday", "tomorrow"), "year-off": ("this time",),
           "numeric-date": ("/",), "short-decade": ("0s",),
           "half-year": ("h1", "h2"), "named-quarter": ("quarter", "period"),
           "first-months": ("months",)}
