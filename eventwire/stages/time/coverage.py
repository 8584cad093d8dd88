"""More TIMEX3 rules: business-calendar, clock and fractional expressions.

Classes HeidelTime covers and :mod:`eventwire.stages.time.detect` did not
(issue #12): fiscal years ("fiscal 1997", "FY2021" -> ``FY1997``, TimeML's
fiscal-year value), halves of a year ("the first half of 2020" ->
``2020-H1``), short quarters ("Q3 2021", "3Q" -> ``2021-Q3``), the year's end
("by the end of the year", "year-end" -> the reference year), 24-hour clock
times with a zone or after "at" ("08:30 UTC", "at 14:05" -> ``…T08:30``),
fractional durations ("two and a half years" -> ``P2.5Y``, "a year and a
half" -> ``P1.5Y``), "recent years/weeks" (``PAST_REF``) and anniversaries
(class *to the day*, branch dates18: "a year ago today", "exactly two
years ago" name the same calendar day N years back, not just the year, so
they date to the day). Each handler has the signature of
:data:`detect.Handler`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from eventwire.stages.time import normalize as nz

YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
NUMWORD = (r"(?P<num>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
FUNIT = r"(?P<unit>day|week|month|year|hour|minute|decade)s?"
# the amount counted back by "ago" (anniversaries and the plain rule of
# detect.py), read whole by normalize.amount: a tens word before a unit
# word ("twenty-five", "thirty two": review18) or hundreds ("a hundred",
# "two hundred": fixes19); the longer forms first
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
DIGIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
AMOUNT = (rf"(?:an?|{DIGIT})[-\s]+hundred|{TENS}[-\s]+{DIGIT}|\d+|an?|{DIGIT}|ten|eleven"
          rf"|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|{TENS}|hundred")
ANUM = rf"(?P<num>{AMOUNT})"
DUNIT = r"(?P<unit>day|week|month|year)s?"
ZONES = {"utc": "Z", "gmt": "Z", "z": "Z"}


def _fiscal(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    year = m["year"] or m["fy"]
    if len(year) == 2:
        year = ("19" if int(year) > 50 else "20") + year
    return "DATE", f"FY{year}"


def _half(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    half = 1 if m["h"].lower() == "first" else 2
    if m["year"]:
        year = m["year"]
    elif ref is None:
        return "DATE", None
    else:
        year = str(ref.year + {"last": -1, "next": 1}.get((m["hmod"] or "").lower(), 0))
    return "DATE", f"{year}-H{half}"


def _short_quarter(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    n = m["q1"] or m["q2"]
    year = m["year"] or (str(ref.year) if ref else "XXXX")
    return "DATE", f"{year}-Q{n}"


def _year_end(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "DATE", str(ref.year) if ref else None


def _clock24(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None] | None:
    if not (m["zone"] or m.group(0).lower().startswith("at")):
        return None  # "2:1" or "14:05" alone may be a ratio or a score
    hour, minute = int(m["h"]), int(m["min"])
    zone = ZONES.get((m["zone"] or "").lower(), "")
    day = ref.isoformat() if ref else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}{zone}"


def _half_duration(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    amount = nz.to_number(m["num"]) if m["num"] else 1
    unit = (m["unit"] or m["unit2"]).lower()
    whole = nz.duration(amount, unit)  # "P2Y", "PT3H"
    return "DURATION", f"{whole[:-1]}.5{whole[-1]}" if amount is not None else None


def _to_the_day(m: re.Match[str], ref: date | None, tense: str
                ) -> tuple[str, str | None] | None:
    """Class *to the day*: "four years ago today", "exactly a month ago" ->
    publication day moved back by the amount (the 29th of a month with no
    such day falls back to the month's last day); a plain "two years ago"
    is not one (None: the "ago" rule reads it)."""
    if not (m["exact"] or m["today"]):
        return None
    amount = nz.amount(m["num"]) or 1
    if ref is None:
        return "DATE", "PAST_REF"
    unit = m["unit"].lower()
    if unit == "day":
        return "DATE", (ref - timedelta(days=amount)).isoformat()
    if unit == "week":
        return "DATE", (ref - timedelta(weeks=amount)).isoformat()
    month = nz.shift_month(ref, -amount * (12 if unit == "year" else 1))
    year, mon = int(month[:4]), int(month[5:])
    return "DATE", date(year, mon, min(ref.day, calendar.monthrange(year, mon)[1])).isoformat()


def _recent(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "DATE", "PAST_REF"


RULES = [
    ("fiscal", rf"\bfiscal\s+(?:year\s+)?{YEAR}\b|\bFY\s?(?P<fy>(?:19|20)\d{{2}}|\d{{2}})\b",
     _fiscal),
    ("half", r"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+"
             rf"(?:{YEAR}|(?P<hmod>last|next|this)\s+year)\b", _half),
    ("short-quarter", rf"\b(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q)(?:\s+{YEAR})?\b", _short_quarter),
    ("year-end", r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b|\byear-end\b", _year_end),
    ("clock24", r"\b(?:at\s+)?(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)"
                r"(?:\s*(?P<zone>UTC|GMT|Z)\b)?(?!\s*(?:a\.?m|p\.?m)|\d|:\d)", _clock24),
    ("half-duration", rf"\b{NUMWORD}\s+and\s+a\s+half\s+{FUNIT}\b"
                      r"|\ban?\s+(?P<unit2>day|week|month|year|hour|decade)\s+and\s+a\s+half\b",
     _half_duration),
    ("recent", r"\brecent\s+(?:days|weeks|months|years|decades)\b", _recent),
    ("to-the-day", rf"\b(?P<exact>exactly\s+)?{ANUM}\s+{DUNIT}\s+ago(?P<today>\s+today)?\b",
     _to_the_day),
]
# a rule runs only when one of its words is in the lower-cased text: a
# substring test in C is far cheaper than a regular expression scan
NEEDLES = {"fiscal": ("fiscal", "fy"), "half": ("half",), "year-end": ("end",),
           "clock24": (":",), "half-duration": ("and a half",), "recent": ("recent",),
           "to-the-day": ("ago",)}
