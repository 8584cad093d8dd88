"""The subject walk shared by the false-event classes
(``eventwire/nlp/clause_subjects.py``): the verb's own subject, the subject of
the verb a conjunct hangs on, a relative pronoun read as the noun its clause
describes, and None when the walk may not climb. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

from eventwire.nlp.clause_subjects import clause_subject


def _token(nlp: Any, text: str, word: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_own_subject(spacy_nlp: Any) -> None:
    tok = _token(spacy_nlp, "The farmers sued the mining company last spring.", "sued")
    subj = clause_subject(tok)
    assert subj is not None and subj.text == "farmers"


def test_subject_of_the_first_conjunct(spacy_nlp: Any) -> None:
    tok = _token(spacy_nlp, "The blaze spread quickly and destroyed the town hall.", "destroyed")
    subj = clause_subject(tok)
    assert subj is not None and subj.text == "blaze"


def test_relative_pronoun_gives_its_noun(spacy_nlp: Any) -> None:
    tok = _token(spacy_nlp, "Police found the fire which gutted the depot overnight.", "gutted")
    subj = clause_subject(tok)
    assert subj is not None and subj.text == "fire"
    # a relative word the caller does not read through stays itself
    kept = clause_subject(tok, relatives=frozenset({"who"}))
    assert kept is not None and kept.text == "which"


def test_passive_subject_only_when_asked(spacy_nlp: Any) -> None:
    tok = _token(spacy_nlp, "The archive was destroyed on Tuesday.", "destroyed")
    assert clause_subject(tok) is None
    subj = clause_subject(tok, deps=("nsubj", "nsubjpass"))
    assert subj is not None and subj.text == "archive"


def test_no_climb_past_the_links(spacy_nlp: Any) -> None:
    tok = _token(spacy_nlp, "The mayor wanted to close the market.", "close")
    assert clause_subject(tok) is None
    subj = clause_subject(tok, links=("xcomp",))
    assert subj is not None and subj.text == "mayor"
