"""Asking a question and insisting that something is so are speech, not
requests (eventwire.stages.events.speech_not_request); asking someone to
do something, or for something, stays a request."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.speech_not_request import is_insisted_claim, is_question


def _token(nlp: Any, text: str, word: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text", [
    "The reporter asked how the villagers had survived the winter.",
    "She asked whether the border would reopen before the harvest.",
    "The mayor was asked about the fire at a news conference on Monday.",
])
def test_asking_a_question_is_speech(spacy_nlp: Any, text: str) -> None:
    assert is_question(_token(spacy_nlp, text, "asked"))


@pytest.mark.parametrize("text", [
    "The families asked the governor to release the detained fishermen.",
    "The town council asked for emergency help after the floods.",
    "Farmers asked the ministry to delay the new tax.",
])
def test_asking_someone_to_act_stays_a_request(spacy_nlp: Any, text: str) -> None:
    assert not is_question(_token(spacy_nlp, text, "asked"))


@pytest.mark.parametrize("text", [
    "The lawyer insisted that his client had no part in the robbery.",
    "The spokesman insists the two sailors are not being held.",
    "The witness insisted on remaining anonymous.",
])
def test_insisting_something_is_so_is_speech(spacy_nlp: Any, text: str) -> None:
    word = "insisted" if "insisted" in text else "insists"
    assert is_insisted_claim(_token(spacy_nlp, text, word))


@pytest.mark.parametrize("text", [
    "The union insisted on further concessions from the port authority.",
    "Protesters insisted that the minister resign at once.",
])
def test_insisting_on_a_demand_stays(spacy_nlp: Any, text: str) -> None:
    assert not is_insisted_claim(_token(spacy_nlp, text, "insisted"))
