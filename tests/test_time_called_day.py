"""Class *called-for day* (eventwire/stages/time/called_day.py, branch
dates18): a weekday named in an appeal's or a promise's to-infinitive, or
after "for" under a verb of calling, is the coming one; a date of the
appeal itself and an order's day keep the clause's past. PUB is a Tuesday.
Every sentence was written for these tests, none taken from an evaluation
set."""

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
    ("Unions urged dock workers to walk out on Friday.", "Friday", "2021-06-04"),
    ("Farmers have pledged to drive their tractors into the capital on Thursday.",
     "Thursday", "2021-06-03"),
    ("The opposition leader called on supporters to rally in the main square on Sunday "
     "evening.", "Sunday evening", "2021-06-06TEV"),
    ("Rebel commanders vowed to retake the airport by Saturday.", "Saturday", "2021-06-05"),
    ("Teachers' unions called a national strike for Monday.", "Monday", "2021-06-07"),
])
def test_called_for_day_lies_ahead(pipe: Pipeline, text: str, expression: str,
                                   value: str) -> None:
    assert _value(pipe, text, expression) == value


@pytest.mark.parametrize("text,expression,value", [
    ("The union called on Friday for an end to the lockout.", "Friday", "2021-05-28"),
    ("The general ordered troops to deploy in the capital on Sunday.", "Sunday",
     "2021-05-30"),
    ("Protesters marched to parliament on Thursday to demand his resignation.", "Thursday",
     "2021-05-27"),
])
def test_own_day_of_a_past_act_stays_past(pipe: Pipeline, text: str, expression: str,
                                          value: str) -> None:
    assert _value(pipe, text, expression) == value


# review18: "asked to comment on Monday" is a request for comment made and
# answered that day, not an act called for
@pytest.mark.parametrize("text,expression,value", [
    ("When asked to comment on Monday, the ministry declined.", "Monday", "2021-05-31"),
    ("Asked to respond on Friday, the governor's office said nothing.", "Friday",
     "2021-05-28"),
])
def test_a_request_for_comment_keeps_its_past_day(pipe: Pipeline, text: str,
                                                  expression: str, value: str) -> None:
    assert _value(pipe, text, expression) == value


@pytest.mark.parametrize("text,expression,value", [
    # review64: a day set for or put off until lies ahead (PUB a Tuesday)
    ("Dockers set a second walkout for Saturday.", "Saturday", "2021-06-05"),
    ("The tribunal has scheduled its ruling for Friday.", "Friday", "2021-06-04"),
    ("Negotiators put the next round off until Monday.", "Monday", "2021-06-07"),
    ("The magistrate adjourned the hearing till Thursday.", "Thursday", "2021-06-03"),
])
def test_a_day_set_or_put_off_lies_ahead(pipe: Pipeline, text: str, expression: str,
                                         value: str) -> None:
    assert _value(pipe, text, expression) == value


@pytest.mark.parametrize("text,expression,value", [
    ("The curfew lasted until Sunday.", "Sunday", "2021-05-30"),
    ("Police set up checkpoints on Sunday.", "Sunday", "2021-05-30"),
    ("The army delayed its convoy on Saturday.", "Saturday", "2021-05-29"),
])
def test_own_day_of_a_setting_stays_past(pipe: Pipeline, text: str, expression: str,
                                         value: str) -> None:
    assert _value(pipe, text, expression) == value
