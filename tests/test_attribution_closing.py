"""Class *closing cue whose subject the parser hung on the content*
(eventwire/stages/attribution/closing.py). Every passage was written for
these tests (not taken from any evaluation set); three or more cases per
class and three near misses."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.attribution.closing import closing_subject
from tests.test_attribution_chains import chains


def _cue(nlp: Any, text: str, cue: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.text == cue)


# --- the source closing a long report is its speaker, for every act in it
@pytest.mark.parametrize("text,acts,speaker,relay", [
    ("Fighters of the al-Qaeda-linked group attacked a convoy of fuel tankers escorted "
     "by the army about 60 km south of the town on Tuesday, setting fire to at least 30 "
     "trucks, drivers and local officials said.", ("attacked",),
     "drivers and local officials", None),
    ("Armed men set fire to a school and two clinics in the hills above the valley on "
     "Sunday, forcing hundreds of families to flee, aid workers and a local priest said.",
     ("set",), "aid workers and a local priest", None),
    ("Youths threw stones at riot police guarding the electoral commission's offices in "
     "the port city, injuring two officers, residents and a journalist said.", ("threw",),
     "residents and a journalist", None),
])
def test_closing_source_is_the_speaker(full_pipeline: Any, text: str, acts: tuple[str, ...],
                                       speaker: str, relay: str | None) -> None:
    found = chains(full_pipeline, text)
    for act in acts:
        assert found[act]["speaker"] == [speaker]
        assert found[act].get("relay") == ([relay] if relay else None)


# --- near misses: no noun phrase alone between the comma and the cue
@pytest.mark.parametrize("text,cue", [
    ("Troops shelled the market for two hours, and said they had targeted fighters.",
     "said"),
    ("Police arrested the editor on Monday, the day after the newspaper reported.",
     "reported"),
    ("Troops shelled the market near the river, officials said the strike had killed "
     "fighters.", "said"),
])
def test_no_closing_source(spacy_nlp: Any, text: str, cue: str) -> None:
    assert closing_subject(_cue(spacy_nlp, text, cue)) is None


def test_apposed_name_before_the_cue(full_pipeline: Any) -> None:
    """", the district's governor, Amina Sule, told Radio X": the name closes
    the phrase (the cue's own comma skipped) and takes its apposed role noun;
    the station relays."""
    found = chains(full_pipeline, "Gunmen raided the village at dawn and looted the market "
                   "for hours before soldiers drove them out, the district's governor, Amina "
                   "Sule, told Radio Kaduna.")
    for act in ("raided", "looted"):
        assert found[act]["speaker"] == ["the district's governor, Amina Sule"]
        assert found[act]["relay"] == ["Radio Kaduna"]


def test_apposition_parsed_right_keeps_its_phrase(full_pipeline: Any) -> None:
    """", a military source, Colonel X, told Radio Y" where the parser already
    gives the phrase: the whole apposition stays the speaker."""
    found = chains(full_pipeline, "Rebel fighters overran an army base near the northern "
                   "border after a two-day siege and took dozens of soldiers prisoner before "
                   "the air force bombed the camp, a military source, Colonel Paul Eze, told "
                   "Radio Liberty.")
    assert found["overran"]["speaker"] == ["a military source, Colonel Paul Eze"]
