"""An apology given or written named by its noun (eventwire/stages/events/
apology_nouns.py, real66). Every sentence here was written for these tests
(none from a record set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from eventwire.stages.events.apology_nouns import apology_noun
from tests.conftest import by_trigger


def apology(nlp: Any, text: str) -> Token:
    return next(t for t in nlp(text) if t.lower_ in ("apology", "apologies"))


@pytest.mark.parametrize("text", [
    "The broadcaster issued an apology to viewers on Sunday.",
    "The coach made a public apology for the remarks after the match.",
    "The minister sent a letter of apology to the families of the miners.",
    "She wrote an apology note to the neighbours the next morning.",
])
def test_an_apology_given_or_written(spacy_nlp: Any, text: str) -> None:
    assert apology_noun(apology(spacy_nlp, text))


@pytest.mark.parametrize("text", [
    "The union demanded an apology from the minister.",
    "The club refused to offer an apology for the chants.",
    "He offered no apology for the decision to close the ward.",
    "An apology is not enough, the families of the victims said.",
])
def test_an_apology_asked_refused_or_generic(spacy_nlp: Any, text: str) -> None:
    assert not apology_noun(apology(spacy_nlp, text))


@pytest.mark.parametrize("text", [
    "The governor offered an apology to the families of the victims.",
    "The army extended an apology to the villagers after the raid.",
    "The mayor issued an apology to the protesters on Friday.",
])
def test_the_apology_is_one_event_on_the_noun(event_pipe: Any, text: str) -> None:
    found = by_trigger(event_pipe, text)
    assert found["apology"].type == "CONCEDE"
    assert not {"offered", "extended", "issued"} & set(found)


def sorry(nlp: Any, text: str) -> Token:
    return next(t for t in nlp(text) if t.lower_ == "sorry")


@pytest.mark.parametrize("text", [
    "\"I know what I did was wrong and I am sorry,\" the driver told the court.",
    "The mayor said she was sorry for the delays at the border crossing.",
    "Asked about the leak, Petrosyants said he was sorry.",
])
def test_sorry_said_by_a_person(spacy_nlp: Any, text: str) -> None:
    from eventwire.stages.events.apology_nouns import said_sorry

    assert said_sorry(sorry(spacy_nlp, text))


@pytest.mark.parametrize("text", [
    "\"I feel sorry for the families,\" a neighbour said.",
    "\"We are sorry to hear of his death,\" the club said in a statement.",
    "The old harbour is in a sorry state after the storm.",
])
def test_sorry_that_is_no_apology(spacy_nlp: Any, text: str) -> None:
    from eventwire.stages.events.apology_nouns import said_sorry

    assert not said_sorry(sorry(spacy_nlp, text))
