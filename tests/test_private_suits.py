"""A lawsuit between private parties (eventwire/stages/events/private_suits.py).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("A woman from Ohio fell ill after a meal at the diner and sued the owner last week.",
     "sued"),
    ("The family sued the restaurant for $50,000 in damages.", "sued"),
    ("Two customers who bought the heaters have sued the manufacturer.", "sued"),
])
def test_private_suit_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The state of Texas sued the oil company over the spill.", "sued"),
    ("A group of farmers sued the government over the new water law.", "sued"),
    ("The opposition party sued the election commission on Monday.", "sued"),
])
def test_political_suit_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)
