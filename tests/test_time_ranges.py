"""TIMEX3 value -> the ISO date range it covers (eventwire/stages/time/ranges.py),
called directly; the first three cases moved here from tests/test_time.py
(split18)."""

from __future__ import annotations

import pytest

from eventwire.stages.time.ranges import timex_range


@pytest.mark.parametrize("value,expected", [
    ("2020-11", ("2020-11-01", "2020-11-30")),
    ("2020-W46", ("2020-11-09", "2020-11-15")),
    ("2020-11-12", ("2020-11-12", "2020-11-12")),
    ("2020-11-12T10:00", ("2020-11-12", "2020-11-12")),  # a time: its day
    ("2020-02", ("2020-02-01", "2020-02-29")),  # a leap year's February
    ("2020", ("2020-01-01", "2020-12-31")),
    ("FY1997", ("1997-01-01", "1997-12-31")),
    ("199", ("1990-01-01", "1999-12-31")),
])
def test_calendar_values(value: str, expected: tuple[str, str]) -> None:
    assert timex_range(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("2020-Q3", ("2020-07-01", "2020-09-30")),
    ("2020-H2", ("2020-07-01", "2020-12-31")),
    ("2020-SU", ("2020-06-01", "2020-08-31")),
    ("2020-WI", ("2020-12-01", "2021-02-28")),  # winter runs into the next year
])
def test_quarters_halves_and_seasons(value: str, expected: tuple[str, str]) -> None:
    assert timex_range(value) == expected


@pytest.mark.parametrize("value", [
    "XXXX-01-03", "P3D", "PRESENT_REF", None, "", "2020-13", "2020-02-30"])
def test_no_range(value: str | None) -> None:
    assert timex_range(value) == (None, None)
