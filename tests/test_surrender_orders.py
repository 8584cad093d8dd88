"""Class *a suspect's surrender asked or refused*
(eventwire/stages/events/surrender_orders.py, modes57): REQUEST / REJECT
``yield``. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


@pytest.mark.parametrize("text,word,kind", [
    # a weapon put down or dropped
    ("The deputy told the man to drop the knife before he fired.", "told", "REQUEST"),
    ("The negotiator told the gunman to put the rifle down and walk outside.", "told",
     "REQUEST"),
    # the hands shown
    ("Officers told the driver to show his hands.", "told", "REQUEST"),
    # a vehicle left, asked or refused
    ("Troopers ordered the driver to step out of the truck, but he refused.", "ordered",
     "REQUEST"),
    ("Police said the woman was stopped near the bridge, refusing to exit her car.",
     "refusing", "REJECT"),
])
def test_giving_up_to_police_is_yield(pipe: Pipeline, text: str, word: str,
                                      kind: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == (kind, "yield"), (event.trigger.text, event.rules)


@pytest.mark.parametrize("text,word", [
    # tools are no weapon; surrender itself is not read here (rec_e: none)
    ("The union told members to put down their tools at noon.", "told"),
    ("Had the fighters refused to surrender, the assault would have gone on, he said.",
     "refused"),
])
def test_other_contents_stay_null(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert event.mode is None, (event.type, event.trigger.text, event.rules)
