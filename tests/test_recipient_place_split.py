"""tools/recipient_place_split.py: the form of a missing or wrong recipient
and its tie to the trigger. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.recipient_place_split import mention_form, tie


def _span(doc: Any, text: str, word: str) -> Any:
    i = text.index(word)
    return doc.char_span(i, i + len(word), alignment_mode="expand")


@pytest.mark.parametrize("text,recipient,sector,expected", [
    ("Chile recalled its envoy from Peru.", "Peru", "GOV", "toponym/GOV"),
    ("Rebels shelled Mosul overnight.", "Mosul", "CVL", "toponym/people"),
    ("Troops fired on the villagers.", "the villagers", "CVL", "collective"),
    ("Police arrested them.", "them", "CVL", "pronoun"),
    ("Guards stopped Iran's tanker.", "Iran's tanker", "BUS", "possessive"),
    ("Rebels shelled the town overnight.", "the town", "CVL", "place noun"),
])
def test_mention_form(spacy_nlp: Any, text: str, recipient: str, sector: str,
                      expected: str) -> None:
    doc = spacy_nlp(text)
    assert mention_form(_span(doc, text, recipient), sector) == expected


@pytest.mark.parametrize("text,trigger,recipient,expected", [
    ("Chile recalled its envoy from Peru.", "recalled", "Peru", "prep:from"),
    ("Police arrested the guard.", "arrested", "the guard", "dobj"),
    ("The guard was arrested.", "arrested", "The guard", "nsubjpass"),
])
def test_tie(spacy_nlp: Any, text: str, trigger: str, recipient: str, expected: str) -> None:
    doc = spacy_nlp(text)
    assert tie(doc, text.index(trigger), _span(doc, text, recipient)) == expected
