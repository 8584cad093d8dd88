"""Class *an abbreviated rank or title written before a name*
(eventwire/nlp/abbreviations.py): one token, read as the word it
abbreviates, so the parser keeps the name in its sentence and a cue closing
the sentence keeps its speaker. Every passage was written for these tests
(not taken from any evaluation set); three cases and three near misses."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.abbreviations import RANKS, TITLE_NORM
from tests.test_attribution_chains import chains


@pytest.mark.parametrize("text,act,speaker", [
    ("Smugglers fired on a customs boat off the cape overnight, coastguard station "
     "chief Insp. Maria Alves told local radio.", "fired", "Insp. Maria Alves"),
    ("Two guards were stabbed during the riot in the east wing, prison spokesman "
     "Cpl. Dmitri Orlov said on Sunday.", "stabbed", "Cpl. Dmitri Orlov"),
    ("Rioters looted three shops on Harbour Road before dawn, said Det. Supt. Grace "
     "Mwangi of the county police.", "looted", "Grace Mwangi"),
])
def test_rank_before_the_name_keeps_the_speaker(full_pipeline: Any, text: str, act: str,
                                                speaker: str) -> None:
    found = chains(full_pipeline, text)
    assert any(speaker in s for s in found[act]["speaker"])


@pytest.mark.parametrize("text", [
    "Shots were fired at the checkpoint, regional commander Lt. Col. Amadou Traore said.",
    "Brig. Nasser Haddad and Maj. Ruth Kimani met the elders on Monday.",
    "Supporters cheered as Cllr. Aisha Begum opened the new clinic.",
])
def test_one_sentence(full_pipeline: Any, text: str) -> None:
    assert len(list(full_pipeline.nlp(text).sents)) == 1


# --- near misses: a rank opening the next sentence is not glued to the one before
@pytest.mark.parametrize("text", [
    "Officers arrested two men at the port, police said. Capt. Ana Ruiz led the raid.",
    "The patrol returned at dawn. Lt. Sam Okoro reported no losses.",
    "Most of the troops left the town on Monday. Sgt. Omar Diallo stayed behind.",
    "The order came from the regional command. Maj. Lena Varga signed it on Friday.",
])
def test_other_stops_still_end_sentences(full_pipeline: Any, text: str) -> None:
    assert len(list(full_pipeline.nlp(text).sents)) == 2


def test_every_rank_is_one_token(full_pipeline: Any) -> None:
    for word in RANKS:
        doc = full_pipeline.nlp.make_doc(f"{word} Smith and {word.upper()} JONES")
        assert doc[0].text == word and doc[0].norm_ == TITLE_NORM
        assert doc[3].text == word.upper()
