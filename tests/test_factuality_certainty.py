"""Epistemic "should" (``epistemic_should`` in
``stages/factuality/certainty.py``, branch factual13, issue #12): a
"should" whose subject is no actor predicts the event (probable); with an
actor, a personal pronoun or a noun naming people as subject it is advice
or duty, certain as MEANTIME marks it. Every sentence was written for these tests (none from
an evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from tests.test_factuality_clauses import fact

COMPONENTS = ("eventwire_actors", "eventwire_quotes")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(settings=Settings(factuality_model="rules"), components=COMPONENTS)


@pytest.mark.parametrize("text,word", [
    ("Car sales should recover in the second half of the year.", "recover"),
    ("The takeover should close in the third quarter, the bank said.", "close"),
    ("The new terminal should open before the summer.", "open"),
    ("Grain prices should ease once the harvest is in.", "ease"),
    ("There should be a decision on the licence by March.", "decision"),
])
def test_should_without_actor_is_probable(pipe: Pipeline, text: str, word: str) -> None:
    f = fact(pipe, text, word)
    assert (f.certainty, f.polarity) == ("probable", "positive")


@pytest.mark.parametrize("text,word", [
    ("Shareholders should reject the offer, the fund manager said.", "reject"),
    ("The government should resign, protesters said.", "resign"),
    ("We should lower the tax on fuel.", "lower"),
    ("Should the refinery close, petrol prices would jump.", "close"),
    ("Investors should sell the shares before the results, the broker said.", "sell"),
])
def test_should_of_actors_inversions_and_perfects_unchanged(pipe: Pipeline, text: str,
                                                           word: str) -> None:
    """Advice or duty ("shareholders should reject"), a "should" inversion
    (a condition) and people named by a noun ("investors") keep their
    readings: not probable."""
    assert fact(pipe, text, word).certainty != "probable"


# --- market forecasts (``_forecast``): tipped to, bet that, is seen rising ---


@pytest.mark.parametrize("text,word", [
    ("Shares in the miner are tipped to rise after the results.", "rise"),
    ("The firm is tipped to win the contract for the new bridge.", "win"),
    ("Investors bet that the central bank will cut rates in March.", "cut"),
    ("Traders are betting the yen will weaken further.", "weaken"),
    ("The stock is seen rising to $50 by the end of the year.", "rising"),
    ("Growth is seen slowing to 2 percent next year.", "slowing"),
])
def test_market_forecast_is_probable(pipe: Pipeline, text: str, word: str) -> None:
    f = fact(pipe, text, word)
    assert (f.certainty, f.polarity) == ("probable", "positive")


@pytest.mark.parametrize("text,word", [
    ("The suspect was seen leaving the bank shortly after noon.", "leaving"),
    ("Witnesses saw the crash on the motorway.", "crash"),
    ("He bet $50 on the race and lost.", "lost"),
    ("A waiter tipped off police about the robbery.", "robbery"),
])
def test_forecast_look_alikes_stay_certain(pipe: Pipeline, text: str, word: str) -> None:
    """A sighting ("was seen leaving", "saw the crash"), a verb coordinated
    with "bet" and the phrase of "tipped off" are no forecast."""
    assert fact(pipe, text, word).certainty == "certain"
