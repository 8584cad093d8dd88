"""A reward offered (eventwire/stages/events/rewards.py, branch events28).
Every sentence here was written for these tests (none from an evaluation
set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.rewards import is_reward_offer
from tests.conftest import by_trigger


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text,form", [
    ("The county offered a $10,000 reward for tips about the barn fires.", "offered"),
    ("Police are offering a reward of 5,000 euros to anyone who saw the van.", "offering"),
    ("The ministry doubled the bounty on the gang leader.", "doubled"),
])
def test_reward_offer(spacy_nlp: Any, text: str, form: str) -> None:
    assert is_reward_offer(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("The government offered talks to the rebels.", "offered"),
    ("Japan offered $5 million in flood aid.", "offered"),
    ("The envoy offered to mediate between the two sides.", "offered"),
])
def test_offers_stay(spacy_nlp: Any, text: str, form: str) -> None:
    assert not is_reward_offer(word(spacy_nlp, text, form))


def test_no_event_in_the_pipeline(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe,
                       "The sheriff offered a reward of 2,000 dollars for news of the truck.")
    assert "offered" not in found
