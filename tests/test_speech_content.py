"""Direct tests of ``eventwire.stages.events.speech_content``: which
triggers are the content of a speech act. Candidates are built by hand over
parsed sentences (the parse is the real model's), so each case tests one
rule alone. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Token

from eventwire.stages.events.lexicon_candidates import Candidate
from eventwire.stages.events.speech_content import (
    announced_content,
    folded,
    governing_trigger,
    in_condition,
)


def _tok(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.lower_ == word)


def _cand(tok: Token, type_: str, nominal: bool = False, rule: str = "lexicon") -> Candidate:
    return Candidate(tok, tok.i + 1, type_, None, [], rule, nominal)


@pytest.mark.parametrize(("text", "verb", "vtype", "noun", "ntype", "expected"), [
    ("The government threatened sanctions against the company.", "threatened", "THREATEN",
     "sanctions", "SANCTION", True),
    ("The rebels launched an attack on the garrison.", "launched", "ASSAULT",
     "attack", "ASSAULT", True),
    ("The minister condemned the bombing of the market.", "condemned", "ACCUSE",
     "bombing", "ASSAULT", False),  # a reaction re-mentions a physical act
    ("The union welcomed the release of the workers.", "welcomed", "SUPPORT",
     "release", "RETREAT", False),
])
def test_folded_noun_is_its_verbs_content(spacy_nlp: Any, text: str, verb: str, vtype: str,
                                          noun: str, ntype: str, expected: bool) -> None:
    doc = spacy_nlp(text)
    v = _cand(_tok(doc, verb), vtype)
    n = _cand(_tok(doc, noun), ntype, nominal=True)
    assert folded(n, {v.token.i: v}) is expected


def test_a_verb_trigger_or_an_ungoverned_noun_is_not_folded(spacy_nlp: Any) -> None:
    doc = spacy_nlp("The government threatened sanctions against the company.")
    v = _cand(_tok(doc, "threatened"), "THREATEN")
    n = _cand(_tok(doc, "sanctions"), "SANCTION", nominal=True)
    assert not folded(_cand(n.token, "SANCTION", nominal=False), {v.token.i: v})
    assert not folded(n, {})


@pytest.mark.parametrize(("text", "word", "governor"), [
    ("The rebels threatened to attack the city.", "attack", "threatened"),
    ("The council refused to meet the strikers.", "meet", "refused"),
    ("Protesters demanded a meeting with the governor.", "meeting", "demanded"),
    ("The militia vowed a response after the bombing.", "bombing", None),
])
def test_governing_trigger(spacy_nlp: Any, text: str, word: str, governor: str | None) -> None:
    doc = spacy_nlp(text)
    types = {"threatened": "THREATEN", "refused": "REJECT", "demanded": "REQUEST",
             "vowed": "THREATEN"}
    verbs = {t.i: _cand(t, types[t.lower_]) for t in doc if t.lower_ in types}
    got = governing_trigger(_tok(doc, word), verbs)
    assert (got.lower_ if got is not None else None) == governor


@pytest.mark.parametrize(("text", "verb", "vtype", "expected"), [
    ("The army warned that it would storm the city.", "warned", "THREATEN", True),
    ("The council refused to comply with the ruling.", "refused", "REJECT", True),
    ("The general ordered troops to take the bridge.", "ordered", "REQUEST", False),
    ("The minister denied using chemical weapons.", "denied", "REJECT", False),
])
def test_announced_content(spacy_nlp: Any, text: str, verb: str, vtype: str,
                           expected: bool) -> None:
    doc = spacy_nlp(text)
    assert announced_content(_cand(_tok(doc, verb), vtype)) is expected


@pytest.mark.parametrize(("text", "word", "governor", "expected"), [
    ("The army will respond if the rebels attack the town.", "attack", "respond", True),
    ("The envoy warned that the force would storm the city.", "storm", "warned", False),
    ("The president threatened sanctions unless the troops withdraw.", "withdraw",
     "threatened", True),
])
def test_in_condition(spacy_nlp: Any, text: str, word: str, governor: str,
                      expected: bool) -> None:
    doc = spacy_nlp(text)
    assert in_condition(_tok(doc, word), _tok(doc, governor)) is expected
