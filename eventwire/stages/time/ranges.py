"""TIMEX3 value -> the ISO date range it covers, for date filters.

``2020-11-12`` -> (2020-11-12, 2020-11-12); ``2020-11`` -> the month;
``2020`` -> the year; ``2020-W46`` -> Monday..Sunday; ``2020-Q3``, seasons
(``2020-SU``) -> their months. Values with unknown parts (``XXXX-01-03``),
durations and references (``PRESENT_REF``) have no range: (None, None).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12),
             "H1": (1, 6), "H2": (7, 12)}
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _months(year: int, first: int, last: int) -> tuple[str, str]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    end_day = calendar.monthrange(end_year, end_month)[1]
    return date(year, first, 1).isoformat(), date(end_year, end_month, end_day).isoformat()


def timex_range(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    try:
        return _range(value)
    except ValueError:
        return None, None


def _range(value: str) -> tuple[str | None, str | None]:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", value):
        d = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        return d, d
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if m := re.fullmatch(r"(\d{4})-(Q\d|H\d|SP|SU|FA|WI)", value):
        first, last = {**_QUARTERS, **_SEASONS}[m[2]]
        return _months(int(m[1]), first, last)
    if m := re.fullmatch(r"(?:FY)?(\d{4})", value):  # a fiscal year: its calendar year
        return _months(int(m[1]), 1, 12)
    if m := re.fullmatch(r"(\d{3})X?", value):
        return f"{m[1]}0-01-01", f"{m[1]}9-12-31"
    return None, None
