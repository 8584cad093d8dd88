"""Medical and laboratory checks (eventwire/stages/events/medical_checks.py).
Every sentence here was written for these tests; each dropped one gave the
event with the rule disabled."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.medical_checks import is_medical_check
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # a specimen examined, a person's blood, people examined for signs of a disease
    ("Officials examined a specimen taken from the dead swan.", "examined"),
    ("Government officials examined his blood at the capital's main laboratory.", "examined"),
    ("After the farmer died, 80 of his relatives were examined for signs of cholera.",
     "examined"),
    ("The ministry said its doctors had examined the villagers for signs of cholera.",
     "examined"),
])
def test_medical_check_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Police examined the body for signs of violence.", "examined"),
    ("Police are examining the circumstances of his death.", "examining"),
])
def test_investigations_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


# review35: a disease among the compounds of what is checked for ("measles
# antibodies"), as the docstring of ``_disease`` says
@pytest.mark.parametrize("text,word", [
    ("The nurses were tested for measles antibodies.", "tested"),
    ("Farm workers were screened for cholera bacteria after the floods.", "screened"),
])
def test_a_disease_compound_is_read(spacy_nlp: Any, text: str, word: str) -> None:
    assert is_medical_check(next(t for t in spacy_nlp(text) if t.text == word))


def test_a_non_disease_compound_is_not(spacy_nlp: Any) -> None:
    doc = spacy_nlp("Police examined the truck for explosive residue.")
    assert not is_medical_check(next(t for t in doc if t.text == "examined"))
