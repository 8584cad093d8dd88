"""Anaphoric calendar units (:mod:`eventwire.stages.time.sameunit`).

Sentences written for these tests (branch dates5).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline

PUB = date(2025, 5, 23)  # a Friday


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_timex",))


def timexes(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    return [(t.text, t.value) for t in doc._.timexes]


@pytest.mark.parametrize("text,expected", [
    ("Rebels seized the port on May 2, 2019. Later that year the navy withdrew.",
     ("Later that year", "2019")),
    ("The regime forced a jet down in 2021. That summer it sent migrants west.",
     ("That summer", "2021-SU")),
    ("Police raided the office on Monday. The same day, students marched.",
     ("The same day", "2025-05-19")),
    ("Troops entered the city on March 4, 2020. That night, looters struck.",
     ("That night", "2020-03-04TNI")),
    ("The strike began in October 2018. Earlier that month, talks had failed.",
     ("Earlier that month", "2018-10")),
    ("Fighting broke out on 9 June 2022. That week the border was closed.",
     ("That week", "2022-W23")),
])
def test_unit_of_the_previous_date(pipe: Pipeline, text: str,
                                   expected: tuple[str, str]) -> None:
    assert expected in timexes(pipe, text)


@pytest.mark.parametrize("text", [
    "Officials said that night raids would continue.",
    "Now that summer is over, the talks can resume.",
    "The union asked for a plan so that day workers can vote.",
])
def test_complementizer_that_is_no_time(pipe: Pipeline, text: str) -> None:
    assert not [v for t, v in timexes(pipe, text) if t.lower().startswith("that")]


def test_coarser_previous_date_leaves_it_unresolved(pipe: Pipeline) -> None:
    """"that day" after a bare year names no day the text gave."""
    assert ("That day", "") in timexes(pipe, "The war began in 2014. That day, talks failed.")


@pytest.mark.parametrize("text", [
    "The army took the city on May 4, 2020. \"That day will come again,\" he said.",
    "Rebels attacked on Monday. The families hope that day has passed.",
])
def test_that_unit_as_subject_is_no_time(pipe: Pipeline, text: str) -> None:
    """"that day has come": the subject of its clause, not a time adverbial."""
    assert not [t for t, _ in timexes(pipe, text) if "that day" in t.lower()]


@pytest.mark.parametrize("text,expected", [
    ("The mayor was jailed in August 2021. His arrest in May that year had set off riots.",
     ("May that year", "2021-05")),
    ("Rebels took the airport in 2014 and lost it on January 21 the following year.",
     ("January 21 the following year", "2015-01-21")),
    ("The election was held in 2019. In December the previous year, the strikes began.",
     ("December the previous year", "2018-12")),
    ("Troops crossed the border in 1982 and reached the capital in June of that year.",
     ("June of that year", "1982-06")),
    ("The engineer was detained in March 2020 and charged in Oct. the same year.",
     ("Oct. the same year", "2020-10")),
])
def test_month_of_that_year(pipe: Pipeline, text: str, expected: tuple[str, str]) -> None:
    """Class *month of that year* (dates20): the month lies in the previous
    date's year, not in the year the bare month takes from publication."""
    assert expected in timexes(pipe, text)


def test_month_before_a_new_sentence_is_a_bare_month(pipe: Pipeline) -> None:
    """"in May. That year ..." ends a sentence: no anaphoric year for May."""
    found = timexes(pipe, "Talks collapsed in May. That year was the worst of the war.")
    assert ("May", "2025-05") in found


@pytest.mark.parametrize("text", [
    "Students were arrested in 2019. The protest march that year drew thousands.",
    "The strike began in 2010. A march the following year was banned by the police.",
])
def test_a_lowercase_march_is_no_month(pipe: Pipeline, text: str) -> None:
    """"a march the following year" is a procession, not the month: the
    month of *month of that year* is a capitalised name (review20)."""
    assert not [t for t, _ in timexes(pipe, text) if t.lower().startswith("march")]
