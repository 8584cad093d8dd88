"""Class *anniversary since* (eventwire/stages/time/anniversary.py, branch
dates18): the event after "N units since" lies that far before the dated
clause that counts it, at that date's granularity; without a date for the
counting clause the class decides nothing. PUB is a Tuesday. Every
sentence was written for these tests, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_time_undated import anchored


@pytest.mark.parametrize("text,counting,event,value", [
    ("Thousands of protesters marched in the capital on Friday to mark a year since "
     "demonstrators stormed parliament.", "marched", "stormed", "2020-05-28"),
    ("Candlelit vigils were held on Saturday to mark a week since the shooting.", "held",
     "shooting", "2021-05-22"),
    ("On Sunday the town marked ten years since the dam burst.", "marked", "burst",
     "2011-05-30"),
    ("In March 2019 the families gathered to mark two years since the mine collapsed.",
     "gathered", "collapsed", "2017-03"),
])
def test_anniversary_counts_back(timex_pipe: Pipeline, text: str, counting: str, event: str,
                                 value: str) -> None:
    got = anchored(timex_pipe, text, [counting, event])
    assert got[event][0] == value
    assert got[event][2] == "narrative"
    assert got[counting][0] != value


def test_no_counting_date_decides_nothing(timex_pipe: Pipeline) -> None:
    got = anchored(timex_pipe, "It has been a year since the rebels seized the town.",
                   ["seized"])
    assert got["seized"][0] is None


@pytest.mark.parametrize("text,counting,event,value", [
    ("Thousands marched on Monday to mark the first anniversary of the coup.", "marched",
     "coup", "2020-05-31"),
    ("On Friday the city marked the 35th anniversary of the massacre.", "marked", "massacre",
     "1986-05-28"),
    ("Families gathered on Sunday for the tenth anniversary of the collapse of the mine.",
     "gathered", "collapse", "2011-05-30"),
    ("Protesters clashed with police on Monday during the second anniversary of the "
     "uprising.", "clashed", "uprising", "2019-05-31"),
])
def test_anniversary_of(timex_pipe: Pipeline, text: str, counting: str, event: str,
                        value: str) -> None:
    """Class *anniversary of* (dates20): the event named after "the Nth
    anniversary of" took place on the marking's day, N years before."""
    assert anchored(timex_pipe, text, [counting, event])[event][0] == value


def test_anniversary_without_ordinal_or_year_decides_nothing(timex_pipe: Pipeline) -> None:
    """"the anniversary of the uprising" says how many years by nothing."""
    got = anchored(timex_pipe, "Crowds gathered on Monday to mark the anniversary of the "
                               "uprising.", ["gathered", "uprising"])
    assert got["uprising"][0] != "2020-05-31"
