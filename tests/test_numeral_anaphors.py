"""numeral_anaphors: a definite count ("the three") takes the codes of the
group counted before with the same number (recip65). Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.numeral_anaphors import definite_count
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,sector,country", [
    ("Police in Baku arrested two journalists of an independent news site on Friday. "
     "The two were detained after police searched their office.", "detained", "MED", "AZE"),
    ("A court in Bangkok charged three opposition activists with sedition. "
     "The three were released on bail on Monday.", "released", "OPP", "THA"),
    ("Troops in Mali captured 4 rebel fighters near the border. Officials said all four "
     "were later freed in an exchange.", "freed", "REB", "MLI"),
])
def test_a_definite_count_takes_the_counted_group(event_pipe: Pipeline, text: str,
                                                  trigger: str, sector: str,
                                                  country: str) -> None:
    r = by_trigger(event_pipe, text)[trigger].recipient
    assert r is not None and r.sectors[0] == sector and r.country == country, r


@pytest.mark.parametrize("text,trigger", [
    # a bare count is the victims themselves, not an anaphor
    ("Police in Baku arrested two journalists. Three were later released.", "released"),
    # the count before is of time, no mention
    ("Police in Chile said the two days of talks had failed and arrested the two.",
     "arrested"),
    # no count before at all
    ("Police in Peru said the three were released on Monday.", "released"),
])
def test_no_antecedent_keeps_civilians(event_pipe: Pipeline, text: str, trigger: str) -> None:
    r = by_trigger(event_pipe, text)[trigger].recipient
    assert r is None or r.sectors == ["CVL"], r


@pytest.mark.parametrize("text,index,expected", [
    ("The three were released.", 1, True),
    ("All four were freed.", 1, True),
    ("Three were released.", 0, False),
])
def test_definite_count(spacy_nlp: Language, text: str, index: int, expected: bool) -> None:
    assert definite_count(spacy_nlp(text)[index]) is expected
