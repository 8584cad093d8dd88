"""Classes of eventwire/stages/events/call_parties.py: a call named by its
medium, and the one told in a conversation. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.call_parties import call_head, told_in_call


def _token(nlp: Any, text: str, word: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text", [
    "The president held a phone call with the Thai prime minister on Friday.",
    "Officials joined a video conference with their Kenyan counterparts.",
])
def test_medium_compound_gives_the_call_noun(spacy_nlp: Any, text: str) -> None:
    medium = _token(spacy_nlp, text, "phone" if "phone" in text else "video")
    head = call_head(medium)
    assert head.lemma_.lower() in {"call", "conference"}, (head, head.dep_)


def test_a_plain_noun_is_its_own_head(spacy_nlp: Any) -> None:
    tok = _token(spacy_nlp, "The ministers met in Geneva.", "ministers")
    assert call_head(tok) is tok


@pytest.mark.parametrize("text,told", [
    ("The minister told his Chinese counterpart in a phone call that talks would resume.",
     "counterpart"),
    ("She assured the president during the call that aid would arrive.", "president"),
])
def test_the_one_told_in_a_call(spacy_nlp: Any, text: str, told: str) -> None:
    call = _token(spacy_nlp, text, "call")
    found = told_in_call(call)
    assert found is not None and found.text == told, found


@pytest.mark.parametrize("text", [
    "The minister told reporters during the call that talks would resume.",
    "He warned Moscow during a call with Kuleba that sanctions would follow.",
])
def test_press_and_named_parties_are_not_the_one_told(spacy_nlp: Any, text: str) -> None:
    assert told_in_call(_token(spacy_nlp, text, "call")) is None
