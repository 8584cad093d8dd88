"""The object keys of the typing classes read on the shared children table
and the head and LOWER columns (speed39, eventwire/stages/events/
typing_classes.py): the same keys, the same state test, the same patient
and act-noun objects as the Token reading they replace. Every sentence here
was written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Token

from eventwire.stages.events.typing_classes import (
    QUANTITY_HEADS,
    RELATIVE_PRONOUNS,
    STATE_ENTS,
    _of_a_state,
    object_keys,
    patient,
)

TEXTS = [
    "Japan ended the ban on beef from Brazil after a long review.",
    "Seoul banned Canadian beef and Belarusian airlines from its airports on Monday.",
    "The cafe dropped beef from its menus, and the bakery stopped selling bread.",
    "Hundreds of Angolans that were expelled from the mines reached the border.",
    "The expulsion of numbers of Congolese angered the opposition leader Juan Perez.",
    "Beef was banned. Argentine grain and fruit from Chile were stopped at the port.",
]


def _state_by_tokens(obj: Token) -> bool:
    """The Token reading ``_of_a_state`` replaces (review91's code)."""
    mods = [c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(m.ent_type_ in STATE_ENTS or (m.is_title and not m.is_sent_start) for m in mods):
        return True
    holders = [obj, obj.head.head] if obj.head.lower_ == "on" else [obj]
    return any(g.ent_type_ in STATE_ENTS for h in holders for c in h.children
               if c.dep_ == "prep" and c.lower_ == "from" for g in c.children)


def _modifier_keys_by_tokens(obj: Token) -> list[str]:
    return [f"{c.lower_} {obj.lemma_.lower()}" for c in obj.children
            if c.dep_ in ("compound", "amod") and c.i == obj.i - 1]


@pytest.fixture(scope="module")
def docs(spacy_nlp: Any) -> list[Doc]:
    return [spacy_nlp(text) for text in TEXTS]


def test_the_state_test_answers_as_the_token_reading(docs: list[Doc]) -> None:
    """Every word of every sentence: the table reading and the Token reading
    agree, and the sentences hold both answers."""
    answers = [(_of_a_state(t), _state_by_tokens(t)) for doc in docs for t in doc]
    assert all(new == old for new, old in answers)
    assert {new for new, _ in answers} == {True, False}


@pytest.mark.parametrize("text,word,state", [
    ("Japan ended the ban on beef from Brazil after a long review.", "beef", True),
    ("Seoul banned Canadian beef on Monday.", "beef", True),
    ("The cafe dropped beef from its menus.", "beef", False),
    ("Seoul suspended Belarusian airlines on Monday.", "airlines", True),
])
def test_a_state_named_on_the_goods(spacy_nlp: Any, text: str, word: str, state: bool) -> None:
    """A national modifier or a "from" phrase with a state, on the goods or
    on the ban they follow "on"; a "from" phrase with no state names none."""
    doc = spacy_nlp(text)
    obj = next(t for t in doc if t.text == word)
    assert _of_a_state(obj) is state
    assert (f"@state {obj.lemma_.lower()}" in object_keys(obj)) is state


def test_object_keys_keep_the_modifier_keys(docs: list[Doc]) -> None:
    """The lemma, the form and a modifier + lemma, in the Token reading's
    order, for every word."""
    for doc in docs:
        for tok in doc:
            keys = object_keys(tok)
            assert keys[:2] == [tok.lemma_.lower(), tok.lower_]
            assert keys[2:2 + len(_modifier_keys_by_tokens(tok))] == _modifier_keys_by_tokens(tok)


def _patient_by_tokens(verb: Token) -> Token | None:
    """The Token reading ``patient`` replaces (types38's code), no object."""
    target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if target is not None and verb.dep_ == "relcl" and target.lower_ in RELATIVE_PRONOUNS:
        target = verb.head
    if target is not None and (target.lower_ in QUANTITY_HEADS or target.like_num):
        inner = [g for p in target.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
        return inner[0] if inner else target
    return target


def test_patient_is_the_passive_subject_as_before(docs: list[Doc]) -> None:
    """``patient`` finds the first passive subject on the children table: the
    same word as the Token reading, for every verb; the sentences hold
    passives, a passive relative and a counted phrase."""
    answers = [(patient(v, None), _patient_by_tokens(v))
               for doc in docs for v in doc if v.pos_ in ("VERB", "AUX")]
    assert all((a.i if a is not None else None) == (b.i if b is not None else None)
               for a, b in answers)
    assert sum(a is not None for a, _ in answers) >= 3
