"""Working with a partner institution (eventwire/stages/events/collaboration.py,
branch events28). Every sentence here was written for these tests (none
from an evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from eventwire.stages.events.collaboration import works_with
from tests.conftest import by_trigger


def token(nlp: Any, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("The health ministry is working with the World Bank to buy vaccines.", "working"),
    ("Police said they were working closely with Interpol to find the pair.", "working"),
    ("Several charities working with the European Union run the seed scheme.", "working"),
    ("We are working with the local authorities to trace every passenger.", "working"),
    ("The mayor will collaborate with the army on the clean-up.", "collaborate"),
    ("The agency is working closely with officials from the Ministry of Water to fix the dams.",
     "working"),
])
def test_works_with_a_partner(spacy_nlp: Any, text: str, word: str) -> None:
    assert works_with(token(spacy_nlp, text, word))


@pytest.mark.parametrize("text,word", [
    ("A constable working with an anti-drug unit was hurt on Friday.", "working"),
    ("Those working with the horses must wash their hands.", "working"),
    ("She has worked at the port for ten years.", "worked"),
    ("The pumps worked with no trouble all week.", "worked"),
    # a place or group in the phrase's adjunct is no partner (review40)
    ("Volunteers are working with farmers in Kenya to plant trees.", "working"),
    ("She worked with refugees from Syria for ten years.", "worked"),
    ("The students work with fishermen on the Danube delta.", "work"),
])
def test_no_partner(spacy_nlp: Any, text: str, word: str) -> None:
    assert not works_with(token(spacy_nlp, text, word))


def test_cooperation_in_the_pipeline(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe,
                       "The health ministry is working with the World Bank to buy vaccines.")
    assert found["working"].type == "COOPERATE"
