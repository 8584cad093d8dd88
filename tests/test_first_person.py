"""Class *first person in quoted speech* (eventwire/stages/actors/first_person.py).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,country,sector", [
    ('"We will retaliate if the militia fires again," a Lebanese army spokesman said.',
     "retaliate", "LBN", "MIL"),
    ('"I will not step down," Peruvian President Pedro Castillo told reporters.',
     "step", "PER", "GOV"),
    ('Philippine President Ferdinand Marcos spoke in Manila. "We will not give up an inch '
     'of our territory," he said.', "give", "PHL", "GOV"),
    ('Indian Prime Minister Narendra Modi said: "We will punish the attackers."',
     "punish", "IND", "GOV"),
])
def test_quoted_first_person_is_the_speakers_side(event_pipe: Pipeline, text: str,
                                                  trigger: str, country: str,
                                                  sector: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None and ev.actor is not None, ev
    assert ev.actor.country == country and sector in ev.actor.sectors, ev.actor


def test_unquoted_first_person_is_left_alone(event_pipe: Pipeline) -> None:
    """No quotation mark between "we" and a speaker: the outlet's own voice."""
    events = by_trigger(event_pipe, "We reported last week that the Serbian army attacked "
                                    "the village, Belgrade said.")
    for ev in events.values():
        assert ev.actor is None or ev.actor.text.lower() != "we" or ev.actor.country is None


def test_quoting_verbs_differ_from_the_speech_cues_as_documented() -> None:
    """tidy64: first_person's ``SPEECH_VERBS`` is kept apart from the cue
    list ``speech_verbs`` on purpose (its docstring): only "quote" and
    "chant" are outside the cue list, and the stance and act cues stay out."""
    from eventwire.nlp.cues import default_cues
    from eventwire.stages.actors.first_person import SPEECH_VERBS

    cues = default_cues().words("speech_verbs")
    assert SPEECH_VERBS - cues == {"quote", "chant"}
    assert not SPEECH_VERBS & {"accuse", "deny", "confirm", "demand", "blame", "rule"}
    assert len(cues - SPEECH_VERBS) == 82
