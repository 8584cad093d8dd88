"""Inquiries that are no PLOVER act (eventwire/stages/events/inquiries.py,
branch events28). Every sentence here was written for these tests (none
from an evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from eventwire.stages.events.inquiries import no_inquiry_act
from tests.conftest import by_trigger


def token(nlp: Any, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word", [
    # a natural or medical matter
    ("Two geologists flew north to investigate the crater near the lake.", "investigate"),
    ("The lab is investigating whether the new strain of the virus infects cattle.",
     "investigating"),
    ("An inquiry is under way to trace the source of the contaminated grain.", "inquiry"),
    ("Nine more cases of the flu were being investigated in Tamale.", "investigated"),
    ("Crews are doing field and laboratory investigation to learn where the germ came from.",
     "investigation"),
    ("A measles outbreak has reached the coast. Four new cases are being investigated.",
     "investigated"),
    # an investigation only needed
    ("Doctors say more investigation is needed before the ward reopens.", "investigation"),
    ("The two wells stay closed pending further investigation.", "investigation"),
    ("Further investigation will be required to confirm the cause.", "investigation"),
    ("The samples were flown to Lyon for additional investigation.", "investigation"),
    # the source of a finding
    ("Early investigations have shown that the bridge cables had rusted.", "investigations"),
    ("The probe found that the pilot had not slept.", "probe"),
])
def test_no_inquiry_act(spacy_nlp: Any, text: str, word: str) -> None:
    assert no_inquiry_act(token(spacy_nlp, text, word))


@pytest.mark.parametrize("text,word", [
    ("Prosecutors are investigating the governor over the missing funds.", "investigating"),
    ("Police opened an investigation into the deaths of two men during the floods.",
     "investigation"),
    ("Officers are investigating whether the poison was added on purpose.", "investigating"),
    ("An investigation was opened into the cause of the warehouse fire.", "investigation"),
    ("The army promised to investigate the killings of the marchers.", "investigate"),
    ("The investigation led detectives to a flat in the old town.", "investigation"),
    ("Four new cases of fraud are being investigated by the auditors.", "investigated"),
    # an inquiry by degree that is opened, not only needed (review40)
    ("Prosecutors have opened a further investigation into the mayor's accounts.",
     "investigation"),
    ("The army launched an additional investigation into the killings of the marchers.",
     "investigation"),
    ("Police are conducting further investigations into the robbery.", "investigations"),
])
def test_inquiries_into_people_or_deeds_stay(spacy_nlp: Any, text: str, word: str) -> None:
    assert not no_inquiry_act(token(spacy_nlp, text, word))


def test_no_event_in_the_pipeline(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe,
                       "Two geologists flew north to investigate the crater near the lake.")
    assert "investigate" not in found
    found = by_trigger(event_rules_pipe,
                       "Prosecutors are investigating the governor over the missing funds.")
    assert found["investigating"].type == "ACCUSE"
