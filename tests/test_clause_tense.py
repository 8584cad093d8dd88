"""The tense of the clause a time expression stands in
(eventwire/stages/time/clause_tense.py, split from the timex component).
Every sentence here was written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.time.clause_tense import in_hyphenated_word, tense_of


def _tense(nlp: Any, text: str, word: str) -> str:
    doc = nlp(text)
    return tense_of(next(t for t in doc if t.text == word))


@pytest.mark.parametrize("text,word,tense", [
    ("The mayor will open the bridge on Thursday.", "Thursday", "future"),
    ("Union leaders are to meet the minister on Friday.", "Friday", "future"),
    ("Farmers blocked the motorway on Tuesday.", "Tuesday", "past"),
    ("The envoy has visited the camp since March.", "March", "past"),
    ("Villagers marched on Monday ahead of a hearing on Friday.", "Friday", "future"),
    ("The festival opens on Saturday.", "Saturday", "future"),  # a present with a date
])
def test_the_governing_verb_gives_the_tense(spacy_nlp: Any, text: str, word: str,
                                            tense: str) -> None:
    assert _tense(spacy_nlp, text, word) == tense


def test_a_verb_inside_a_hyphenated_word_carries_no_tense(spacy_nlp: Any) -> None:
    doc = spacy_nlp("Police dispersed would-be protesters near the long-awaited summit.")
    assert in_hyphenated_word(next(t for t in doc if t.text == "would"))
    assert not in_hyphenated_word(next(t for t in doc if t.text == "dispersed"))
