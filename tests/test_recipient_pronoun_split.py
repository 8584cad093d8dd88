"""tools/recipient_pronoun_split.py: the finer class of a recipient named by
a pronoun, a possessive or a collective noun. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.recipient_pronoun_split import collective_class, possessive_class, pronoun_class


def _span(doc: Any, text: str, word: str) -> Any:
    i = text.index(word)
    return doc.char_span(i, i + len(word), alignment_mode="expand")


def _tok(doc: Any, text: str, word: str) -> Any:
    return _span(doc, text, word).root


@pytest.mark.parametrize("text,recipient,expected", [
    ("The navy stopped a Thai trawler and towed it to port.", "it",
     "personal it: thing / same sentence"),
    ("Police said the activist, who was arrested on Monday, is in hospital.", "who",
     "relative"),
    ("The minister vowed that those responsible would be punished.", "those responsible",
     "quantified"),
    ("Rwanda denied invading its territory.", "its", "possessive determiner"),
])
def test_pronoun_class(spacy_nlp: Any, text: str, recipient: str, expected: str) -> None:
    doc = spacy_nlp(text)
    assert pronoun_class(doc, _span(doc, text, recipient)) == expected


@pytest.mark.parametrize("text,trigger,recipient,expected", [
    ("The coast guard rammed their boat at dawn.", "rammed", "their boat",
     "possessive pronoun on the thing acted on"),
    ("Troops sealed off the union's offices.", "sealed", "the union's offices",
     "named possessor on the thing acted on"),
])
def test_possessive_class(spacy_nlp: Any, text: str, trigger: str, recipient: str,
                          expected: str) -> None:
    doc = spacy_nlp(text)
    got = possessive_class(doc, _span(doc, text, recipient), _tok(doc, text, trigger))
    assert got == expected


def test_collective_class(spacy_nlp: Any) -> None:
    text = "Police fired tear gas into the crowd, and three workers were hurt."
    doc = spacy_nlp(text)
    assert collective_class(_span(doc, text, "the crowd"), _tok(doc, text, "fired")) \
        == "crowd fired into / charged"
    assert collective_class(_span(doc, text, "three workers"), _tok(doc, text, "hurt")) \
        == "counted people"
