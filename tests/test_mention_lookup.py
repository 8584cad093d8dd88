"""``child`` of eventwire/stages/events/mention_lookup.py reads a token's
children from a per-document table (speed21): it must answer what a walk of
``tok.children`` answers. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.mention_lookup import (
    _KIDS_KEY,
    child,
    children_at,
    children_of,
    pobj,
)
from eventwire.stages.events.verb_roles import pobjs

TEXTS = [
    "Rebels in the north attacked a convoy near the border on Monday.",
    "The minister, who had resigned, was arrested by police and charged with fraud.",
    "Thousands of farmers blocked roads, while unions called off the strike.",
    "Talks broke down after the delegation walked out.",
]
LABELS = [{"nsubj"}, {"dobj"}, {"prep", "agent"}, {"nsubjpass", "auxpass"}, {"prt"},
          {"punct"}, {"conj", "cc"}, {"pobj"}, set()]


def _walk(tok: Any, deps: set[str]) -> Any:
    return next((c for c in tok.children if c.dep_ in deps), None)


@pytest.mark.parametrize("text", TEXTS)
def test_child_is_the_first_child_of_the_walk(spacy_nlp: Any, text: str) -> None:
    doc = spacy_nlp(text)
    for _ in range(2):  # the first reading fills the table, the second reads it
        for tok in doc:
            for deps in LABELS:
                want, got = _walk(tok, deps), child(tok, deps)
                assert (got.i if got is not None else None) == (
                    want.i if want is not None else None), (tok.text, deps)
    assert _KIDS_KEY in doc.user_data


def test_the_table_is_per_document(spacy_nlp: Any) -> None:
    first, second = spacy_nlp(TEXTS[0]), spacy_nlp(TEXTS[2])
    child(first[4], {"nsubj"})  # "attacked": "Rebels"
    subj = child(second[3], {"nsubj"})  # "blocked": "Thousands"
    assert subj is not None and subj.doc is second and subj.text == "Thousands"


def _walk_pobj(tok: Any, preps: set[str]) -> Any:
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            obj = _walk(c, {"pobj"})
            if obj is not None:
                return obj
    return None


@pytest.mark.parametrize("text", TEXTS + [
    "Hundreds of people were detained by soldiers in the capital of the province.",
])
def test_pobj_is_the_walks_object(spacy_nlp: Any, text: str) -> None:
    doc = spacy_nlp(text)
    for tok in doc:
        for preps in ({"of"}, {"by", "in"}, {"near", "on", "after"}):
            want, got = _walk_pobj(tok, preps), pobj(tok, preps)
            assert (got.i if got is not None else None) == (
                want.i if want is not None else None), (tok.text, preps)


def test_children_of_lists_every_child_in_order(spacy_nlp: Any) -> None:
    doc = spacy_nlp(TEXTS[1])
    for tok in doc:
        assert children_of(tok) == [(c.dep_, c.i, c.lower_) for c in tok.children]


def test_children_at_is_children_of(spacy_nlp: Any) -> None:
    doc = spacy_nlp(TEXTS[2])
    for i in range(len(doc)):  # ``children_at`` first fills the table
        assert children_at(doc, i) == [(c.dep_, c.i, c.lower_) for c in doc[i].children]
        assert children_of(doc[i]) is children_at(doc, i)


@pytest.mark.parametrize("text", [
    "The council called on Sunday on the government to act and turned to the courts.",
    "Troops fired at dawn at the convoy and on the village.",
    "They imposed a ban on the party and sent military aid to Mozambique.",
])
def test_prep_objects_are_the_walks_objects(spacy_nlp: Any, text: str) -> None:
    doc = spacy_nlp(text)
    preps = {"on", "to", "at", "against"}
    for tok in doc:
        want = [g.i for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj"]
        assert [g.i for g in pobjs(tok, preps)] == want, tok.text
