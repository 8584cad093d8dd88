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


@pytest.mark.parametrize("text, recipient, actor", [
    ("The foreign ministry said Armenia would bear the consequences of its decision.",
     "Armenia", "ministry"),
    ('"Those who burned the flag will face the full rigour of the law," the governor said.',
     "Those", "governor"),
    ("The defence minister said on Monday that the smugglers must face justice.",
     "smugglers", "minister"),
    ('"Sweden must hand over the suspects and face the consequences," Erdogan told reporters.',
     "Sweden", "Erdogan"),
])
def test_who_will_face_it_is_the_threat_s_recipient(event_pipe: Any, text: str,
                                                    recipient: str, actor: str) -> None:
    """Class *the one who will face the sanction* (recips27): the subject of
    "will face / bear" is the threatened party, the speaker the actor."""
    ev = next(e for e in events_of(event_pipe, text) if e.type == "THREATEN")
    assert ev.recipient is not None and ev.recipient.text.endswith(recipient), ev.recipient
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor


def test_in_the_outlet_s_voice_no_actor_is_guessed(event_pipe: Any) -> None:
    """With no speaker above the clause the actor stays empty."""
    text = "Rioters who looted shops in the capital will face severe punishment."
    ev = next(e for e in events_of(event_pipe, text) if e.type == "THREATEN")
    assert ev.actor is None, ev.actor
    assert ev.recipient is not None and ev.recipient.text.endswith("Rioters"), ev.recipient
