"""Class *overnight in datelined copy* (:mod:`eventwire.stages.time.copy_night`).

Sentences written for these tests (branch dates33); PUB is a Saturday.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, Timex
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.copy_night import copy_day

PUB = date(2020, 11, 14)  # a Saturday


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_timex",))


def nights(pipe: Pipeline, text: str, published: date = PUB) -> list[tuple[str, str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=published)]))
    assert doc is not None
    return [(t.text, t.value) for t in doc._.timexes if "overnight" in t.text.lower()]


@pytest.mark.parametrize("text", [
    "Port attack\nTRIPOLI, Nov 14 (AFP) - Militias shelled the port overnight, officials said.",
    "Depot ablaze\nODESA, Nov 14 (Reuters) - Drones struck a fuel depot on the coast overnight "
    "and set two tankers on fire.",
    "Curfew broken\nDAKAR, Senegal, Nov 14 (Reuters) - Youths torched three buses overnight "
    "after the verdict, residents told reporters.",
])
def test_bare_overnight_in_datelined_copy_is_the_copy_night(pipe: Pipeline, text: str) -> None:
    assert nights(pipe, text) == [("overnight", "2020-11-14TNI")]


def test_the_dateline_day_not_publication(pipe: Pipeline) -> None:
    """Copy filed a day before the paper ran it: the dateline's night."""
    text = "Clashes at the border\nJUBA, Nov 13 (AFP) - Soldiers clashed with raiders overnight."
    assert nights(pipe, text) == [("overnight", "2020-11-13TNI")]


@pytest.mark.parametrize("text,night", [
    ("Clashes at the border\nJUBA, Nov 10 (AFP) - Soldiers clashed with raiders overnight.",
     "2020-11-10TNI"),
    ("Dam breach\nMANDALAY, Nov 11 (Reuters) - Flood water swept away a footbridge overnight, "
     "villagers said.", "2020-11-11TNI"),
    ("Strike\nHOUSTON, Nov 12 (Reuters) - Refinery workers walked off the job overnight.",
     "2020-11-12TNI"),
])
def test_copy_filed_days_before_publication(pipe: Pipeline, text: str, night: str) -> None:
    """Copy the paper ran days after it was filed (review66): the night ending
    on the dateline's day, not the night before publication (which would fall
    after the copy was written)."""
    assert nights(pipe, text) == [("overnight", night)]


@pytest.mark.parametrize("text,expected", [
    # no dateline: the night before publication, as before (dates5)
    ("Riot police fired tear gas at students overnight, witnesses said.",
     [("overnight", "2020-11-13TNI")]),
    # past perfect: the act came before the night the copy reports
    ("Fighting in the north\nGOMA, Nov 14 (Reuters) - The army said the rebels had shelled "
     "the camp overnight.", [("overnight", "2020-11-13TNI")]),
    # a weekday of its own
    ("Night raids\nHARARE, Nov 14 (AFP) - Police raided two townships overnight into Friday.",
     [("overnight into Friday", "2020-11-13TNI")]),
    # the manner sense is no time at all
    ("Markets\nLAGOS, Nov 14 (Reuters) - The price of rice doubled overnight, traders said.", []),
])
def test_left_alone(pipe: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert nights(pipe, text) == expected


def test_copy_day_needs_a_day() -> None:
    month = Timex(start=0, end=8, text="November", type="DATE", value="2020-11",
                  granularity="month", rule="dateline")
    day = Timex(start=0, end=6, text="Nov 14", type="DATE", value="2020-11-14",
                granularity="day", rule="dateline")
    assert copy_day([month]) is None
    assert copy_day([day]) == "2020-11-14"
    assert copy_day([]) is None


@pytest.mark.parametrize("text,night", [
    ("Fighting in the north\nGOMA, Nov 10 (Reuters) - The army said the rebels had shelled "
     "the camp overnight.", "2020-11-09TNI"),
    ("Mine collapse\nLIMA, Nov 11 (AFP) - Rescuers said the tunnel had caved in overnight.",
     "2020-11-10TNI"),
    ("Bank raid\nQUITO, Nov 12 (Reuters) - Police said thieves had emptied the bank's vault "
     "overnight.", "2020-11-11TNI"),
    ("Landslide\nKATHMANDU, Nov 13 (AFP) - Villagers said the slope had given way overnight.",
     "2020-11-12TNI"),
])
def test_past_perfect_in_copy_filed_days_before(pipe: Pipeline, text: str, night: str) -> None:
    """The past perfect keeps the night before the copy's day, not the night
    before publication, which falls after the copy was filed (review66)."""
    assert nights(pipe, text) == [("overnight", night)]
