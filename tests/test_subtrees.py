"""The first word of a subtree and the ancestor test on the head column
(eventwire/nlp/subtrees.py, speed51): the same answers as spaCy's
``next(tok.subtree)`` and ``head in tok.ancestors`` for every token, on
sentences written for these tests, a run-on sentence and hand-built
parses (one non-projective)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.nlp.subtrees import first_in_subtree, is_ancestor

SENTENCES = [
    "Should the talks collapse, the rebels said they would resume shelling the town.",
    "Were the bank to fail, thousands of savers in the north would lose their deposits.",
    "The insurer will pay out in case the harvest fails, the minister told reporters.",
    "Police in Lima said protesters, who had marched from the square, attacked a bus "
    "and set fire to two cars before troops arrived.",
    "Two days after the blast, the army, which denied any role, arrested six men.",
]
RUN_ON = ("Rebels attacked the army in Mosul on Monday, the ministry said, and " * 40
          + "the envoy left.")


@pytest.mark.parametrize("text", [*SENTENCES, RUN_ON])
def test_every_token_answers_as_spacy(spacy_nlp: Any, text: str) -> None:
    doc = spacy_nlp(text)
    for tok in doc:
        assert first_in_subtree(tok) == next(tok.subtree)
    for tok in doc:
        ancestors = {a.i for a in tok.ancestors}
        for head in doc:
            assert is_ancestor(head, tok) == (head.i in ancestors)


def _parsed(heads: list[int], deps: list[str]) -> Doc:
    words = [f"w{i}" for i in range(len(heads))]
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


@pytest.mark.parametrize(("heads", "deps"), [
    # a chain of left children: the first word is the chain's end
    ([1, 2, 3, 3, 3], ["dep", "dep", "dep", "ROOT", "dep"]),
    # a left child with a right child that has a left child further left
    # than the chain of first left children reaches (non-projective)
    ([4, 4, 0, 2, 4, 4], ["dep", "dep", "dep", "dep", "ROOT", "dep"]),
    ([3, 0, 1, 3, 3, 1], ["dep", "dep", "dep", "ROOT", "dep", "dep"]),
    ([0], ["ROOT"]),
])
def test_hand_built_parses_answer_as_spacy(heads: list[int], deps: list[str]) -> None:
    doc = _parsed(heads, deps)
    for tok in doc:
        assert first_in_subtree(tok) == next(tok.subtree), tok.i
        ancestors = {a.i for a in tok.ancestors}
        for head in doc:
            assert is_ancestor(head, tok) == (head.i in ancestors)


def test_near_misses_a_token_is_not_its_own_ancestor_nor_its_childs(spacy_nlp: Any) -> None:
    doc = spacy_nlp("The army arrested six men in the town.")
    verb = next(t for t in doc if t.lemma_ == "arrest")
    men = next(t for t in doc if t.lower_ == "men")
    assert not is_ancestor(verb, verb)
    assert not is_ancestor(men, verb)
    assert is_ancestor(verb, men)
