"""A condition word that is a verb of its own (eventwire/stages/events/conditions.py,
branch events28). Every sentence here was written for these tests (none
from an evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.conditions import finite_verb
from tests.conftest import by_trigger


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.lower_ == form)


@pytest.mark.parametrize("text,form", [
    ("The agency has already provided 20,000 water filters to the camps.", "provided"),
    ("The charity said it is now providing farmers with seed and tools.", "providing"),
    ("Tents were provided to the families by the army.", "provided"),
    # "that" as a determiner of the object is no conjunction (review40)
    ("The ministry provided that equipment to the army last week.", "provided"),
    ("Japan has provided that sum to the flood victims.", "provided"),
    ("The donors provided that kind of help to the camps for years.", "provided"),
])
def test_verb_of_its_own(spacy_nlp: Any, text: str, form: str) -> None:
    assert finite_verb(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("The rebels will disarm provided the army withdraws first.", "provided"),
    ("Mali will help, provided that the junta ends its campaign.", "provided"),
    ("The truce will hold providing both sides respect it.", "providing"),
])
def test_condition(spacy_nlp: Any, text: str, form: str) -> None:
    assert not finite_verb(word(spacy_nlp, text, form))


def test_aid_given_in_the_pipeline(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe,
                       "The agency has already provided 20,000 water filters to the camps.")
    assert found["provided"].type == "AID"
    assert "provided" not in by_trigger(event_rules_pipe,
                                        "The rebels will disarm provided the army withdraws.")
