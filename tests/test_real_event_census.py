"""The classes of tools/real_event_census.py (branch events49). Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.real_event_census import construction, false_cause, family, miss_cause, share_table


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("Rioters torch depot\nRioters set fire to a fuel depot on Monday.", "torch", "headline"),
    ("Depot burned\nRioters set fire to a fuel depot on Monday. Police came.", "fire", "lede"),
    ("Depot burned\nIt was quiet. Police carried out raids in the town.", "raids",
     "light-verb noun"),
    ("Depot burned\nIt was quiet. Two men died after the raid on the camp.", "raid",
     "nominal in a PP"),
    ("Depot burned\nIt was quiet. The attack killed two guards.", "attack",
     "event noun as subject"),
    ("Depot burned\nIt was quiet. The detained activist was freed.", "detained",
     "participle modifier"),
    ("Depot burned\nIt was quiet. Troops entered the town and shelled the market.", "shelled",
     "coordinated second verb"),
    ("Depot burned\nIt was quiet. The mayor said that troops shelled the market.", "shelled",
     "reported speech"),
    ("Depot burned\nIt was quiet. Troops shelled the market.", "shelled", "other verb"),
])
def test_construction(spacy_nlp: Any, text: str, word: str, expected: str) -> None:
    doc = spacy_nlp(text)
    assert construction(_tok(doc, word), doc) == expected


@pytest.mark.parametrize("lemma,kind,expected", [
    ("arraign", "match report", "court/police procedure"),
    ("remand", "other", "court/police procedure"),
    ("fire", "tournament or transfer", "look-alike: sport"),
    ("crash", "company results", "look-alike: business"),
    ("strike", "accident/disaster", "look-alike: accident"),
    ("attack", "politics/conflict", "other"),
])
def test_family(lemma: str, kind: str, expected: str) -> None:
    assert family(lemma, kind) == expected


def test_a_filtered_miss_names_the_strongest_feature(spacy_nlp: Any) -> None:
    tok = _tok(spacy_nlp("Soldiers shelled the town."), "shelled")
    span = (tok.idx, tok.idx + len(tok))
    rules = [[span[0], span[1], "ASSAULT", False, ["cameo-verb"], 0.2,
              [["rule=cameo-verb", -0.9], ["subj=True", -0.1]]]]
    assert miss_cause(tok, span, [], rules) == "filter:rule=cameo-verb"


def test_false_cause() -> None:
    rules = [[10, 16, "COERCE", True, ["curated-verb+arrest"]]]
    assert false_cause(10, [30], rules, 16) == "beside gold"
    assert false_cause(10, [200], rules, 16) == "curated-verb"
    assert false_cause(100, [300], rules, 106) == "?"


def test_share_table_counts_real_beside_own() -> None:
    rows = [{"side": "missed", "real": True, "set": "rec_a", "cause": "x", "lemma": "a"},
            {"side": "missed", "real": True, "set": "rec_b", "cause": "x", "lemma": "a"},
            {"side": "missed", "real": False, "set": "rec_b", "cause": "y", "lemma": "b"},
            {"side": "false", "real": True, "set": "rec_b", "cause": "x", "lemma": "b"}]
    lines = share_table(rows, "missed", "cause")
    assert "| x | 2 | 2 | 100.0% | 0 | 0.0% |" in lines
    assert "| y | 0 | 0 | 0.0% | 1 | 100.0% |" in lines
