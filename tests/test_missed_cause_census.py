"""The causes and parts of speech of tools/missed_cause_census.py (branch
events47). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.missed_cause_census import cause, nonevent_rule, pos_class


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def _span(tok: Any) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok)


@pytest.mark.parametrize("text,word,expected", [
    ("The detained activist was freed on Monday.", "detained", "participle"),
    ("The raid killed four people.", "raid", "event noun"),
    ("The minister said he was ready to resign.", "ready", "adjective"),
    ("Soldiers shelled the town.", "shelled", "verb"),
])
def test_pos_class(spacy_nlp: Any, text: str, word: str, expected: str) -> None:
    assert pos_class(_tok(spacy_nlp(text), word)) == expected


def test_a_prediction_on_the_trigger_is_a_merge(spacy_nlp: Any) -> None:
    tok = _tok(spacy_nlp("Police arrested the driver."), "arrested")
    assert cause(tok, _span(tok), [_span(tok)], []) == "merged"


def test_a_prediction_on_the_light_verb_is_a_neighbour(spacy_nlp: Any) -> None:
    doc = spacy_nlp("Rebels carried out raids on three villages.")
    raids = _tok(doc, "raids")
    assert cause(raids, _span(raids), [_span(_tok(doc, "carried"))], []) == "neighbour"


def test_found_by_the_rules_filter_or_later(spacy_nlp: Any) -> None:
    tok = _tok(spacy_nlp("Troops shelled the town."), "shelled")
    start, end = _span(tok)
    assert cause(tok, (start, end), [], [[start, end, "ASSAULT", False, []]]) == "filter"
    assert cause(tok, (start, end), [], [[start, end, "ASSAULT", True, []]]) == "later"


def test_not_in_lexicon_and_named_rules(spacy_nlp: Any) -> None:
    doc = spacy_nlp("The earthquake killed twenty people in the valley.")
    tok = _tok(doc, "killed")
    assert nonevent_rule(tok) == "natural cause"
    assert cause(tok, _span(tok), [], []) == "rule:natural cause"
    other = _tok(spacy_nlp("The clerk tabulated the budget."), "tabulated")
    assert cause(other, _span(other), [], []) == "not in lexicon"
