"""another_time: the phrase of sequence a noun trigger sits in (the place
cases are in tests/test_geo_event_place.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.stages.geo.another_time import sequence_phrase


@pytest.mark.parametrize("text,trigger,prep", [
    ("Soldiers shot three residents a day after an attack on the camp.", "attack", "after"),
    ("Riots broke out following the arrest of the mayor.", "arrest", "following"),
    ("Police arrested six men in the wake of the bombing.", "bombing", "of"),
    ("Troops were sent north prior to the elections.", "elections", "to"),
])
def test_a_noun_in_a_phrase_of_sequence_finds_its_preposition(
        spacy_nlp: Language, text: str, trigger: str, prep: str) -> None:
    tok = next(t for t in spacy_nlp(text) if t.text == trigger)
    found = sequence_phrase(tok)
    assert found is not None and found.lower_ == prep, found


@pytest.mark.parametrize("text,trigger", [
    ("The army attacked the camp on Monday.", "camp"),
    ("Police reported the arrest of the mayor in the capital.", "arrest"),
])
def test_no_phrase_of_sequence_no_preposition(spacy_nlp: Language, text: str,
                                              trigger: str) -> None:
    tok = next(t for t in spacy_nlp(text) if t.text == trigger)
    assert sequence_phrase(tok) is None
