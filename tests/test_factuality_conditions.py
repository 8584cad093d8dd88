"""Condition spans the parser builds unusually (eventwire/stages/factuality/
conditions.py): "provided that", "on condition that", "only after", a
fronted "Unless …," folded into the main clause. Sentences written for
these tests. (Restored by review40: branch events28 overwrote
tests/test_conditions.py, this module's test file, with the tests of its new
eventwire/stages/events/conditions.py; factuality tests are named
test_factuality_<module>.py.)"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.stages.factuality.clauses import antecedent_mark, condition_of


def _at(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,span", [
    ("The government will lift the curfew provided that the protests end.", "lift",
     "provided that the protests end"),
    ("The airline will resume flights to the capital providing that the airport reopens.",
     "resume", "providing that the airport reopens"),
    ("Kenya will deploy police officers to Haiti on condition that the UN funds the mission.",
     "deploy", "on condition that the UN funds the mission"),
    ("The rebels would free the hostages on the condition that their leader is released.",
     "free", "on the condition that their leader is released"),
    ("Officials said the troops would pull back only after the buffer zone was secured.",
     "pull", "only after the buffer zone was secured"),
    ("The embassy will reopen only when the government guarantees the safety of its staff.",
     "reopen", "only when the government guarantees the safety of its staff"),
    ("Unless the court intervenes, the government will deport the refugees next week.",
     "deport", "Unless the court intervenes"),
])
def test_condition_phrases(spacy_nlp: Language, text: str, word: str, span: str) -> None:
    cond = condition_of(_at(spacy_nlp, text, word))
    assert cond is not None and cond.text == span, cond
    assert text[cond.start:cond.end] == span


@pytest.mark.parametrize("text,word", [
    ("The army will stay in the city after the elections are held.", "stay"),
    ("The ministry provided that information to the committee on Monday.", "provided"),
    ("The minister spoke on condition of anonymity.", "spoke"),
])
def test_no_condition(spacy_nlp: Language, text: str, word: str) -> None:
    assert condition_of(_at(spacy_nlp, text, word)) is None


@pytest.mark.parametrize("text,word", [
    ("The government will lift the curfew provided that the protests end.", "end"),
    ("The rebels would free the hostages on the condition that their leader is released.",
     "released"),
    ("Kenya will deploy officers to Haiti on condition that the UN funds the mission.",
     "funds"),
])
def test_act_inside_the_condition_is_its_antecedent(spacy_nlp: Language, text: str,
                                                      word: str) -> None:
    assert antecedent_mark(_at(spacy_nlp, text, word)) == "if"
