"""Class *a court date ahead* (eventwire/stages/time/court_date.py, branch
dates61): a day to appear on, a next hearing's day and a day a hearing is
pencilled in for lie ahead of the past step that sets them; a missed or
past appearance keeps the past. PUB is Tuesday 1 June 2021. Every sentence
was written for these tests, none taken from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline

PUB = date(2021, 6, 1)  # a Tuesday


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_timex",))


def _value(pipe: Pipeline, text: str, expression: str) -> str:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    return next(t.value for t in doc._.timexes if t.text == expression)


@pytest.mark.parametrize("text,expression,value", [
    ("The driver was bailed to appear before magistrates on 14 June.", "14 June",
     "2021-06-14"),
    ("She was released on a promise to appear in court on June 20.", "June 20",
     "2021-06-20"),
    ("The youth was remanded in custody to appear at the county court on Friday.",
     "Friday", "2021-06-04"),
    ("The judge denied bail pending his next hearing June 8.", "June 8", "2021-06-08"),
    ("The defence asked for more time before the upcoming trial on June 15.",
     "June 15", "2021-06-15"),
    ("A retrial was pencilled in for September.", "September", "2021-09"),
])
def test_a_court_date_lies_ahead(pipe: Pipeline, text: str, expression: str,
                                 value: str) -> None:
    assert _value(pipe, text, expression) == value


@pytest.mark.parametrize("text,expression,value", [
    ("He failed to appear in court on May 28.", "May 28", "2021-05-28"),
    ("The suspect appeared in court on May 28.", "May 28", "2021-05-28"),
    ("The accused refused to appear before the tribunal on Friday.", "Friday",
     "2021-05-28"),
])
def test_a_missed_or_past_appearance_stays_past(pipe: Pipeline, text: str,
                                                expression: str, value: str) -> None:
    assert _value(pipe, text, expression) == value
