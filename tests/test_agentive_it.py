"""Class *"it" as a body's stance or act in reported speech*
(eventwire/stages/actors/agentive_it.py). Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("The Kenyan army said it was ready to withdraw its troops from the border town.",
     "withdraw", "KEN", "MIL"),
    ("The Turkish government said it was prepared to send troops to Libya.",
     "send", "TUR", "GOV"),
    ("Sudan's navy said it had taken steps to expel the trawler from its waters.",
     "expel", "SDN", "MIL"),
    ("Ghana's foreign ministry announced on Monday that it was willing to meet the rebel "
     "leaders in Accra.", "willing", "GHA", "GOV"),
    ("The Chilean miners' union said it was determined to strike until wages rose.",
     "strike", "CHL", "LAB"),
])
def test_reported_it_of_a_stance_or_act_is_the_speaker(event_pipe: Pipeline, text: str,
                                                        trigger: str, country: str,
                                                        sector: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None and ev.actor is not None, ev
    assert ev.actor.country == country and sector in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,trigger", [
    # an adjective of appraisal: "it" is expletive
    ("Police said it was unclear who attacked the convoy.", "attacked"),
    # a duration: "it" is the task, no body
    ("Kenyan officials said it would take weeks to evacuate the town.", "evacuate"),
    # no speech verb above: "it" is the truce, not the army
    ("The Egyptian army proposed a truce. It was ready to be signed, and rebels "
     "withdrew from the town.", "signed"),
])
def test_it_that_is_no_body_is_left_alone(event_pipe: Pipeline, text: str,
                                          trigger: str) -> None:
    events = by_trigger(event_pipe, text)
    for ev in events.values():
        assert ev.actor is None or ev.actor.text.lower() != "it", ev
