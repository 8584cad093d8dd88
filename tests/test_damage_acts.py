"""An attack told as the damage done (eventwire/stages/events/damage_acts.py,
modes35). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


CASES = [
    ("Unknown attackers badly damaged a church in Tamale on Saturday.", "damaged"),
    ("The pipeline was damaged on Sunday night, the coast guard said.", "damaged"),
    ("Vandals damaged the mosque in Leeds overnight, police said.", "damaged"),
]


@pytest.mark.parametrize("text,word", CASES)
def test_damage_is_destroy(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", "destroy"), (event.type, event.rules)


def test_weapon_named_keeps_its_mode(pipe: Pipeline) -> None:
    """A weapon in the clause decides first."""
    event = event_at(pipe, "A drone damaged the fuel depot outside Kursk on Friday.", "damaged")
    assert event.mode == "drone", (event.type, event.rules)
