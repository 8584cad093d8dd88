"""The nationality adjective read off a noun phrase
(eventwire/stages/events/demonym_words.py), shared by own_nationality and
flagged_vessels. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.stages.events.demonym_words import (
    demonym_country,
    in_stance,
    names_a_flag,
    text_after,
)

NLP = spacy.blank("en")


def _tok_doc(text: str) -> Doc:
    return NLP(text)


def _word(doc: Doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,country", [
    ("a Norwegian-owned bulk carrier ran aground", "Norwegian", "NOR"),
    ("the Maltese-flagged tanker left port", "Maltese", "MLT"),
    ("Peruvian fishermen were questioned at dawn", "Peruvian", "PER"),
    ("a Kenya-based charity was raided", "Kenya", None),  # a country name is no demonym
])
def test_a_demonym_before_a_home_suffix_names_the_home(text: str, word: str,
                                                       country: str | None) -> None:
    doc = _tok_doc(text)
    assert demonym_country(doc, doc[_word(doc, word)]) == country


@pytest.mark.parametrize("text,word", [
    ("pro-Turkish militias held the crossing", "Turkish"),
    ("Russian-backed fighters shelled the village", "Russian"),
    ("the Saudi-led coalition struck a depot", "Saudi"),
])
def test_a_hyphenated_stance_is_not_a_nationality(text: str, word: str) -> None:
    doc = _tok_doc(text)
    tok = doc[_word(doc, word)]
    assert in_stance(doc, tok) and demonym_country(doc, tok) is None


def test_a_lower_case_word_is_not_read() -> None:
    doc = _tok_doc("the greek salad was cold")
    assert demonym_country(doc, doc[1]) is None


@pytest.mark.parametrize("text,word,flag", [
    ("a Liberian-flagged freighter was boarded", "Liberian", True),
    ("the Panama registered ship sank", "Panama", True),
    ("a Cypriot-owned yacht was seized", "Cypriot", False),  # owned, not flagged
    ("the Greek crew were freed", "Greek", False),
])
def test_a_flag_suffix(text: str, word: str, flag: bool) -> None:
    doc = _tok_doc(text)
    assert names_a_flag(doc, doc[_word(doc, word)]) is flag


def test_text_after_is_bounded_and_lower_cased() -> None:
    doc = _tok_doc("Greek-Registered Vessels And More Words")
    assert text_after(doc, doc[0]) == "-registered "


def test_the_text_after_is_cut_from_the_kept_text() -> None:
    """speed38: ``text_after`` and ``in_stance`` read ``text_of`` (the text
    kept once per doc), the same characters as ``doc.text`` for every word."""
    from eventwire.nlp.extensions import text_of

    doc = _tok_doc("pro-Russian rebels and a Liberian-flagged ship met Greek crews")
    for tok in doc:
        end = tok.idx + len(tok.text)
        assert text_after(doc, tok) == doc.text[end:end + 12].lower()
    assert text_of(doc) == doc.text
    assert in_stance(doc, doc[_word(doc, "Russian")])
    assert not in_stance(doc, doc[_word(doc, "Greek")])
