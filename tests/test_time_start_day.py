"""Class *start day of a measure* (eventwire/stages/time/start_day.py,
branch dates61): a weekday after "from" names the day a strike, a truce, a
curfew or a closure takes effect and is read as the nearest such day, in
either direction of the publication day; a range, "as of" and a plain "on"
keep the clause's tense. PUB is a Tuesday. Every sentence was written for
these tests, none taken from an evaluation set."""

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
    # a past announcing verb: the coming day, not last week's
    ("Dock unions announced an indefinite strike from Thursday over unpaid overtime.",
     "Thursday", "2021-06-03"),
    ("Rebel commanders agreed to a truce from Wednesday evening, a mediator said.",
     "Wednesday evening", "2021-06-02TEV"),
    # a future in the past: yesterday's day, not next week's
    ("The interior ministry said it would shut the land border with its neighbour "
     "from Monday.", "Monday", "2021-05-31"),
    # a past act: the day just gone
    ("The governor imposed a dusk-to-dawn curfew on the port city from Sunday night.",
     "Sunday night", "2021-05-30TNI"),
    ("Ferries will stop running to the islands from Friday, the operator said.",
     "Friday", "2021-06-04"),
])
def test_a_start_day_is_the_nearest_such_day(pipe: Pipeline, text: str, expression: str,
                                             value: str) -> None:
    assert _value(pipe, text, expression) == value


@pytest.mark.parametrize("text,expression,value", [
    # a range of past acts keeps the past reading
    ("Fishermen blocked the harbour road from Friday to Sunday.", "Friday", "2021-05-28"),
    ("Miners occupied the pit head from Thursday until Saturday.", "Thursday",
     "2021-05-27"),
    # a count's status day, not a start
    ("Some 400 infections had been confirmed as of Friday, the ministry said.", "Friday",
     "2021-05-28"),
    # a plain "on" keeps the clause's tense
    ("Riot police detained 30 students on Friday.", "Friday", "2021-05-28"),
])
def test_ranges_and_status_days_keep_the_clause_tense(pipe: Pipeline, text: str,
                                                      expression: str, value: str) -> None:
    assert _value(pipe, text, expression) == value
