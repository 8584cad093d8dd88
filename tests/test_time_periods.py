"""TIMEX classes of eventwire/stages/time/periods.py (branch timex2) and the
tense of unnamed-year quarters and "tonight" in detect.py: frequency
adverbs, ordinal days of the month, centuries, "for the past <unit>", bare
plural units, "the past/future", through the whole time component. Every
sentence was written for these tests; each class has several varied cases."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline

PUB = date(2019, 6, 12)  # a Wednesday in the second quarter


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_timex",))


def timexes(pipe: Pipeline, text: str) -> list[tuple[str, str, str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    return [(t.text, t.type, t.value) for t in doc._.timexes]


@pytest.mark.parametrize("text,expected", [
    ("The cooperative pays its dividend annually.", ("annually", "SET", "P1Y")),
    ("The index is published quarterly, the agency said.", ("quarterly", "SET", "P3M")),
    ("Inspectors visit the mine weekly.", ("weekly", "SET", "P1W")),
    ("Rebel commanders now meet monthly in the border town.", ("monthly", "SET", "P1M")),
])
def test_frequency_adverbs_are_sets(pipe: Pipeline, text: str,
                                    expected: tuple[str, str, str]) -> None:
    assert expected in timexes(pipe, text)


@pytest.mark.parametrize("text", [
    "The quarterly report showed a loss.",
    "She edits a daily newspaper in Lagos.",
    "The monthly payments were stopped.",
])
def test_frequency_adjectives_are_not_sets(pipe: Pipeline, text: str) -> None:
    assert not [t for t in timexes(pipe, text) if t[1] == "SET"]


@pytest.mark.parametrize("text,expected", [
    ("The strike will begin on the 20th, union leaders say.",
     ("the 20th", "DATE", "2019-06-20")),
    ("Polls will close on the 28th.", ("the 28th", "DATE", "2019-06-28")),
    ("The ship docked on the 3rd, officials said.", ("the 3rd", "DATE", "2019-06-03")),
    ("The ship docked on the 21st, officials said.", ("the 21st", "DATE", "2019-05-21")),
])
def test_ordinal_day_of_the_month(pipe: Pipeline, text: str,
                                  expected: tuple[str, str, str]) -> None:
    assert expected in timexes(pipe, text)


@pytest.mark.parametrize("text", [
    "The office is on the 3rd floor.",
    "They marked the 20th anniversary of the massacre.",
    "The 5th Division crossed the river.",
])
def test_ordinals_that_are_not_days(pipe: Pipeline, text: str) -> None:
    assert not [t for t in timexes(pipe, text) if t[0].startswith("the ")]


@pytest.mark.parametrize("text,expected", [
    ("The mosque was built in the 16th century.", ("the 16th century", "DATE", "15")),
    ("Borders drawn in the nineteenth century still divide the region.",
     ("the nineteenth century", "DATE", "18")),
    ("It is the worst famine of the 21st century.", ("the 21st century", "DATE", "20")),
])
def test_centuries(pipe: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(pipe, text)


@pytest.mark.parametrize("text,expected", [
    ("Prices have risen for the past month.", ("the past month", "DURATION", "P1M")),
    ("Over the last year the militia lost ground.", ("the last year", "DURATION", "P1Y")),
    ("During the past week, three convoys were attacked.",
     ("the past week", "DURATION", "P1W")),
])
def test_last_stretch_after_preposition_is_duration(pipe: Pipeline, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in timexes(pipe, text)


def test_last_unit_without_preposition_stays_a_date(pipe: Pipeline) -> None:
    assert ("last month", "DATE", "2019-05") in timexes(pipe, "Talks collapsed last month.")


@pytest.mark.parametrize("text,expected", [
    ("The two clans have feuded for years.", ("years", "DURATION", "PXY")),
    ("A deal is expected within days.", ("days", "DURATION", "PXD")),
    ("The camp has stood for decades.", ("decades", "DURATION", "PXY")),
    ("Talks dragged on for weeks.", ("weeks", "DURATION", "PXW")),
])
def test_bare_plural_units(pipe: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(pipe, text)


@pytest.mark.parametrize("text,expected", [
    ("Lessons from the past were ignored.", ("the past", "DATE", "PAST_REF")),
    ("The party has a plan for the future.", ("the future", "DATE", "FUTURE_REF")),
    ("Unlike in the past, the army stayed in its barracks.", ("the past", "DATE", "PAST_REF")),
    ("Rents doubled over the past two years.", ("the past two years", "DURATION", "P2Y")),
])
def test_the_past_and_the_future(pipe: Pipeline, text: str,
                                 expected: tuple[str, str, str]) -> None:
    assert expected in timexes(pipe, text)


@pytest.mark.parametrize("text,expected", [
    ("Profit fell 8 percent in the fourth quarter.", ("the fourth quarter", "DATE", "2018-Q4")),
    ("Sales rose in the third quarter, the firm said.",
     ("the third quarter", "DATE", "2018-Q3")),
    ("Sales rose in the first quarter, the firm said.",
     ("the first quarter", "DATE", "2019-Q1")),
    ("The firm expects growth in the fourth quarter.",
     ("the fourth quarter", "DATE", "2019-Q4")),
])
def test_unnamed_year_quarter_follows_tense(pipe: Pipeline, text: str,
                                            expected: tuple[str, str, str]) -> None:
    assert expected in timexes(pipe, text)


@pytest.mark.parametrize("text", [
    "The minister will speak tonight.",
    "Curfew begins tonight across the city.",
])
def test_tonight_is_a_time(pipe: Pipeline, text: str) -> None:
    assert ("tonight", "TIME", "2019-06-12TNI") in timexes(pipe, text)
