"""An evacuation out of danger (eventwire/stages/events/safety.py, branch
events16). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.safety import safety_evacuation
from tests.conftest import events_of


@pytest.mark.parametrize("text", [
    "The post office was evacuated after a caller said a bomb had been planted.",
    "Firefighters had to evacuate two schools near the chemical plant.",
    "The ferry company evacuated all passengers when smoke filled the deck.",
    "Staff were evacuated from the courthouse while police searched the parcel.",
    "The evacuation of the stadium took forty minutes.",
])
def test_an_evacuation_out_of_danger_is_no_event(event_rules_pipe: Pipeline, text: str) -> None:
    found = {e.trigger.text.lower() for e in events_of(event_rules_pipe, text)}
    assert not {"evacuated", "evacuate", "evacuation"} & found, found


@pytest.mark.parametrize("text,word", [
    ("The rebels evacuated their fighters from the besieged town.", "evacuated"),
    ("The army evacuated its soldiers from the border post.", "evacuated"),
    ("Washington ordered the evacuation of its embassy in the capital.", "evacuation"),
])
def test_forces_or_a_state_pulling_out_stay(event_rules_pipe: Pipeline, text: str,
                                            word: str) -> None:
    """Look-alikes: fighters, soldiers or an embassy evacuated are a side
    pulling out (RETREAT), not a safety measure."""
    assert word in {e.trigger.text for e in events_of(event_rules_pipe, text)}


@pytest.mark.parametrize("text,word,safe", [
    ("Residents were evacuated from the flooded valley.", "evacuated", True),
    ("The navy evacuated the garrison.", "evacuated", False),
    ("They began to evacuate.", "evacuate", False),
    ("Troops evacuated hundreds of thousands of villagers from the delta.", "evacuated", True),
    ("The rebels evacuated hundreds of their fighters.", "evacuated", False),
])
def test_safety_evacuation_reads_what_is_emptied(spacy_nlp: Any, text: str, word: str,
                                                 safe: bool) -> None:
    tok = next(t for t in spacy_nlp(text) if t.lower_ == word)
    assert safety_evacuation(tok) is safe


@pytest.mark.parametrize("text,word", [
    ("The United States evacuated its embassy staff from Tripoli.", "evacuated"),
    ("France began the evacuation of the staff of its consulate in Juba.", "evacuation"),
    ("Britain evacuated its embassy personnel after the fighting.", "evacuated"),
])
def test_a_state_taking_out_its_posts_people_is_no_safety_evacuation(
        spacy_nlp: Any, text: str, word: str) -> None:
    """Review of events16: diplomats and an embassy's staff leave as a state's
    act (RETREAT), as the module says; only people out of danger are dropped."""
    doc = spacy_nlp(text)
    assert not safety_evacuation(next(t for t in doc if t.text == word))
