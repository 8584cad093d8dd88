"""A site shut down (eventwire/stages/events/closures.py, branch events28).
Every sentence here was written for these tests (none from an evaluation
set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from eventwire.datafiles import natural_hazards
from eventwire.stages.events.closures import forces_close_border, shuts_down, words
from tests.conftest import by_trigger


def token(nlp: Any, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text", [
    "To clean up the meat trade, the government shut down nearly 300 slaughterhouses.",
    "The clinic has since been shut down after inspectors found rats in the kitchen.",
    "Shops around the square were shut down during the police siege.",
    "The ruler shut down parliament in 2021 and ruled by decree.",
    "The court ordered the police to shut down the illegal gold mines.",
])
def test_shut_down(spacy_nlp: Any, text: str) -> None:
    assert shuts_down(token(spacy_nlp, text, "shut"))


@pytest.mark.parametrize("text,word", [
    ("A general strike that has shut down schools entered its second day.", "shut"),
    ("The fire closed down the mill for a week.", "closed"),
    ("The border was shut on Monday.", "shut"),  # no "down": the lexicon decides
    ("He shut the door behind him.", "shut"),
    ("The town urged its offices and shops to close down early.", "close"),  # no patient
])
def test_no_closure_act(spacy_nlp: Any, text: str, word: str) -> None:
    assert not shuts_down(token(spacy_nlp, text, word))


def test_closure_in_the_pipeline(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe,
                       "The ruler shut down parliament in 2021 and ruled by decree.")
    event = found["shut down"]
    assert (event.type, event.mode) == ("COERCE", "restrict")


def test_causing_events_repeat_no_hazard() -> None:
    """The natural hazards are read from natural_hazards.yaml, not repeated
    in closures.yaml (review40: "snow" and "virus" were in both)."""
    assert words()["causing_events"].isdisjoint(natural_hazards())


def test_closure_by_a_hazard_is_no_act(spacy_nlp: Any) -> None:
    assert not shuts_down(token(spacy_nlp, "The blizzard shut down the airport for two days.",
                                "shut"))


@pytest.mark.parametrize("text,word", [
    ("The army shut down the border crossing on Tuesday.", "shut"),
    ("Troops sealed the border post for two days.", "sealed"),
    ("The crossing point was closed by police after the shooting.", "closed"),
    ("Border guards closed the frontier at dawn.", "closed"),
])
def test_forces_close_border(spacy_nlp: Any, text: str, word: str) -> None:
    """A state's forces closing a border or crossing (branch mends27a)."""
    assert forces_close_border(token(spacy_nlp, text, word))


@pytest.mark.parametrize("text,word", [
    ("Ghana closed its border with Togo.", "closed"),  # a state, a neighbour
    ("Soldiers closed the crossing with Benin.", "closed"),  # aimed at a neighbour
    ("The army shut down the main highway.", "shut"),  # a road: the lexicon's class
    ("The ministry closed the border crossing overnight.", "closed"),  # no force
])
def test_no_forces_border_closure(spacy_nlp: Any, text: str, word: str) -> None:
    assert not forces_close_border(token(spacy_nlp, text, word))


def test_forces_border_closure_in_the_pipeline(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe, "The army shut down the border crossing on Tuesday.")
    assert (found["shut down"].type, found["shut down"].mode) == ("COERCE", "restrict")
    found = by_trigger(event_rules_pipe, "Ghana closed its border with Togo.")
    assert found["closed"].type == "SANCTION"
