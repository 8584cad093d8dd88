"""factuality/labelling.py: a labelling "call" is no demand (modality33).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.factuality.component import factuality_for_token
from eventwire.stages.factuality.labelling import labelling_call


def _tok(nlp: Any, text: str, word: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text", [
    "The ministry called the shelling a war crime.",
    "The governor called the arrests illegal.",
    "The union condemned what it called an unlawful seizure of the port.",
    'The senator called the blockade "an act of banditry" and urged Europe to respond.',
    'The premier called the attack "terrorism" and said police would find the gunmen.',
])
def test_labelling_call(spacy_nlp: Any, text: str) -> None:
    assert labelling_call(_tok(spacy_nlp, text, "called"))


# review62: a time phrase with "on" is no "called on" (the demanding sense)
@pytest.mark.parametrize("text", [
    "The ministry called the shelling a war crime on Monday.",
    "On Friday the dock union called the police raid illegal.",
    "Activists called the detention of the lawyer a scandal on Friday.",
    "The governor called the arrests unlawful on Tuesday and urged calm.",
])
def test_labelling_call_with_a_time_on(spacy_nlp: Any, text: str) -> None:
    assert labelling_call(_tok(spacy_nlp, text, "called"))


@pytest.mark.parametrize("text", [
    "The bishops called for calm after the riots.",
    "The envoy called on the army to withdraw from the border towns.",
    "The council called the parties to return to the talks.",
    "The dockers called a strike at the port.",
    "The envoy called on Monday for an end to the blockade.",
    "The bishops called upon both sides on Sunday to lay down their arms.",
])
def test_demanding_or_plain_call(spacy_nlp: Any, text: str) -> None:
    assert not labelling_call(_tok(spacy_nlp, text, "called"))


@pytest.mark.parametrize("text,word", [
    ("The ministry called the shelling a war crime.", "shelling"),
    ("The union condemned what it called an unlawful seizure of the port.", "seizure"),
    ("Senators called the raid brutal and urged an inquiry.", "raid"),
    ('The senator called the blockade "an act of banditry" and urged Europe to respond.',
     "blockade"),
    ('The premier called the attack "terrorism" and said police would find the gunmen.',
     "attack"),
    ("The ministry called the shelling a war crime on Monday.", "shelling"),
    ("On Friday the dock union called the police raid illegal.", "raid"),
])
def test_act_named_by_a_labelling_call_is_not_demanded(spacy_nlp: Any, text: str,
                                                       word: str) -> None:
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert factuality_for_token(doc, tok.i, [], "ASSAULT").modality != "demanded"


@pytest.mark.parametrize("text,word", [
    ("The envoy called on the army to withdraw from the border towns.", "withdraw"),
    ("The bishops called for an end to the blockade.", "end"),
    ("The envoy called on the rebels on Tuesday to free the hostages.", "free"),
])
def test_content_of_a_demanding_call_stays_demanded(spacy_nlp: Any, text: str,
                                                    word: str) -> None:
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert factuality_for_token(doc, tok.i, [], "RETREAT").modality == "demanded"
