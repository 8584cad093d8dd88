"""Candidate words and features of the evaluated recall side
(tools/proposer_features.py). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventwire.models import Article
from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.eventness import doc_context
from tools.proposer_features import candidate_tokens, features


def _doc(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    assert doc is not None
    return doc


@pytest.mark.parametrize(("text", "word"), [
    ("The rebels vowed revenge after the raid on their camp.", "vowed"),
    ("Police officers handcuffed the protest leader outside parliament.", "handcuffed"),
    ("The ministry's statement blamed the opposition for the unrest.", "statement"),
])
def test_candidates_are_verbs_and_nouns_no_rule_took(event_pipe: Pipeline, text: str,
                                                      word: str) -> None:
    doc = _doc(event_pipe, text)
    target = next(t.i for t in doc if t.text == word)
    assert target in candidate_tokens(doc, set())
    assert target not in candidate_tokens(doc, {target})
    assert all(doc[i].pos_ in ("VERB", "NOUN") for i in candidate_tokens(doc, set()))


def test_vocabulary_limits_the_candidates(event_pipe: Pipeline) -> None:
    doc = _doc(event_pipe, "Soldiers searched the village and questioned the elders.")
    found = {doc[i].lemma_ for i in candidate_tokens(doc, set(), ["search"])}
    assert found == {"search"}


@pytest.mark.parametrize(("text", "word", "role"), [
    ("The army rescued the hostages after a long standoff.", "rescued", "nsubj"),
    ("The committee summoned the French ambassador over the remarks.", "summoned", "dobj"),
    ("Militants fired rockets at the Israeli town overnight.", "fired", "nsubj"),
])
def test_features_name_the_argument_actors(event_pipe: Pipeline, text: str, word: str,
                                           role: str) -> None:
    doc = _doc(event_pipe, text)
    tok = next(t for t in doc if t.text == word)
    ctx = doc_context(doc, get_list(doc, "actor_mentions"))
    feats = features(tok, ctx, set(), {"rescue": "AID"})
    assert f"lemma={tok.lemma_.lower()}" in feats and "first_sent=True" in feats
    assert f"arg={role}" in feats, feats
