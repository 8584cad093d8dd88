"""What the addressee will face is a threat (eventwire/stages/events/consequences.py,
recall26). Every sentence was written for these tests (none from an evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from eventwire.stages.events.consequences import consequence_end, consequence_object
from tests.conftest import events_of


@pytest.mark.parametrize("text, trigger", [
    ("The minister said that looters would face severe punishment.", "face severe punishment"),
    ('"Those who attacked our embassy will bear the consequences," the spokesman said.',
     "bear the consequences"),
    ("Officials said the smugglers must face justice in a national court.", "face justice"),
    ("The envoy said Oslo's diplomats will face the same measures if the expulsions stand.",
     "face the same measures"),
])
def test_an_announced_sanction_is_a_threat(event_pipe: Any, text: str, trigger: str) -> None:
    found = {(e.trigger.text, e.type) for e in events_of(event_pipe, text)}
    assert (trigger, "THREATEN") in found


@pytest.mark.parametrize("text", [
    "The club will face Juventus in the semi-final.",
    "The firm faced consequences for the late delivery last year.",
    "He said the officers would not face any action.",
    "Farmers will face higher costs this winter.",
])
def test_other_things_faced_are_no_threat(spacy_nlp: Language, text: str) -> None:
    assert all(consequence_object(t) is None for t in spacy_nlp(text))


def test_the_trigger_runs_to_the_noun(spacy_nlp: Language) -> None:
    doc = spacy_nlp("Rebels who refuse will face military action, the army said.")
    face = next(t for t in doc if t.text == "face")
    assert doc[face.i:consequence_end(face)].text == "face military action"


def test_under_a_warning_it_is_the_warning_s_content(event_pipe: Any) -> None:
    text = "The minister warned that looters would face severe punishment."
    assert [(e.trigger.text, e.type) for e in events_of(event_pipe, text)] == \
        [("warned", "THREATEN")]
