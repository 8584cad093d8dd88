"""tools/recipient_missing_where.py: where a missing recipient sits."""

from __future__ import annotations

from typing import Any

import pytest

from tools.recipient_missing_where import form, place


def _m(text: str, word: str) -> dict[str, Any]:
    i = text.index(word)
    return {"start": i, "end": i + len(word), "text": word}


@pytest.mark.parametrize("text,trigger,recipient,expected", [
    ("The farmers were shot near the well.", "shot", "The farmers", "passive subject"),
    ("Troops opened an attack on the rebels.", "attack", "the rebels",
     "prep object of trigger (noun)"),
    ("The rebels left. Troops later attacked them.", "attacked", "The rebels",
     "earlier sentence"),
    ("Police arrested the guard.", "arrested", "the guard", "direct object"),
])
def test_place(spacy_nlp: Any, text: str, trigger: str, recipient: str, expected: str) -> None:
    doc = spacy_nlp(text)
    assert place(doc, _m(text, trigger), _m(text, recipient)) == expected


def test_form(spacy_nlp: Any) -> None:
    text = "Police arrested them."
    assert form(spacy_nlp(text), _m(text, "them")) == "pronoun"
