"""The calendar arithmetic of the time rules (eventwire/stages/time/normalize.py),
called directly. The first three tests moved here from tests/test_time.py
(split18)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.time import normalize as nz

PUB = date(2020, 11, 14)  # a Saturday
FRI = date(2020, 11, 13)


def test_weekday_by_tense() -> None:
    assert nz.weekday(PUB, 3, "past") == date(2020, 11, 12)
    assert nz.weekday(PUB, 3, "future") == date(2020, 11, 19)
    assert nz.weekday(PUB, 5, "past") == PUB


def test_month_day_by_tense() -> None:
    assert nz.month_day(PUB, 1, 3, "past") == date(2020, 1, 3)
    assert nz.month_day(PUB, 1, 3, "future") == date(2021, 1, 3)
    assert nz.month_day(PUB, 12, 3, "past") == date(2019, 12, 3)
    assert nz.month_day(PUB, 2, 30, "past") is None


def test_shift_and_granularity() -> None:
    assert nz.shift_value("2020-01-03", 2, "day") == "2020-01-05"
    assert nz.shift_value("2020-01", -1, "month") == "2019-12"
    assert nz.granularity_of("2020-W46") == "week"
    assert nz.granularity_of("2020-Q3") == "quarter"
    assert nz.duration(3, "years") == "P3Y" and nz.duration(5, "hours") == "PT5H"


@pytest.mark.parametrize("word,expected", [
    ("12", 12), ("three", 3), (" Twenty ", 20), ("several", None), ("dozens", None)])
def test_to_number(word: str, expected: int | None) -> None:
    assert nz.to_number(word) == expected


@pytest.mark.parametrize("month,tense,expected", [
    (3, "past", "2020-03"), (12, "past", "2019-12"), (3, "future", "2021-03"),
    (11, "past", "2020-11"), (11, "future", "2020-11")])
def test_month_only_by_tense(month: int, tense: str, expected: str) -> None:
    assert nz.month_only(FRI, month, tense) == expected


@pytest.mark.parametrize("unit,offset,expected", [
    ("week", -1, ("2020-W45", "week")),
    ("month", 1, ("2020-12", "month")),
    ("year", 0, ("2020", "year")),
    ("quarter", -1, ("2020-Q3", "quarter")),
    ("quarter", 1, ("2021-Q1", "quarter")),
    ("weekend", -1, ("2020-W45-WE", "week")),
    ("decade", 0, ("202", "decade")),
    ("century", 0, ("PRESENT_REF", "unknown")),
])
def test_relative_unit(unit: str, offset: int, expected: tuple[str, str]) -> None:
    assert nz.relative_unit(FRI, unit, offset) == expected


@pytest.mark.parametrize("day,expected", [
    (date(2020, 11, 13), (2020, "FA")), (date(2021, 1, 5), (2020, "WI")),
    (date(2020, 12, 5), (2020, "WI")), (date(2021, 4, 1), (2021, "SP"))])
def test_season_of_labels_winter_by_its_first_year(day: date, expected: tuple[int, str]) -> None:
    assert nz.season_of(day) == expected


@pytest.mark.parametrize("value,amount,unit,expected", [
    ("2020-W46", 1, "week", "2020-W47"),
    ("2020-Q4", 1, "quarter", "2021-Q1"),
    ("2020", -2, "year", "2018"),
    ("2020-01-31", 1, "month", "2020-02"),  # the coarser of the two grains
    ("2020-01-03", 3, "hour", "2020-01-03"),  # hours later: the same day
    ("2020", 1, "day", "2020"),
    ("XXXX-01-03", 1, "day", None),  # no calendar date to shift
])
def test_shift_value(value: str, amount: int, unit: str, expected: str | None) -> None:
    assert nz.shift_value(value, amount, unit) == expected


@pytest.mark.parametrize("grain,expected", [
    ("day", "2020-11-13"), ("week", "2020-W46"), ("month", "2020-11"),
    ("quarter", "2020-Q4"), ("year", "2020"), ("decade", "202")])
def test_value_at(grain: str, expected: str) -> None:
    assert nz.value_at(FRI, grain) == expected


@pytest.mark.parametrize("amount,unit,expected", [
    (None, "days", "PXD"), (2, "weeks", "P2W"), (30, "minutes", "PT30M"),
    (1, "decade", "P10Y")])
def test_duration(amount: int | None, unit: str, expected: str) -> None:
    assert nz.duration(amount, unit) == expected


@pytest.mark.parametrize("value,expected", [
    ("2020-11-12T10:00", "time"), ("PRESENT_REF", "unknown"), ("P3D", "unknown"),
    ("FY1997", "year"), ("2020-H1", "quarter"), ("2020-SU", "season"),
    ("2020-11-12", "day"), ("2020-11", "month"), ("2020", "year"), ("199", "decade"),
    (None, "unknown")])
def test_granularity_of(value: str | None, expected: str) -> None:
    assert nz.granularity_of(value) == expected
