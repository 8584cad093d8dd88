"""Police or another state force stopping a person or a vehicle
(eventwire/stages/events/police_stops.py, branch missed58). Every sentence
here was written for these tests (none from an evaluation set or a shared
data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.police_stops import police_stop
from tests.conftest import events_of


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


# in class: a force's active stop, its passive with a by-agent, an agentless
# passive in a police story, the infinitive of a force's attempt
@pytest.mark.parametrize(("text", "form"), [
    ("Troopers stopped the van on the ring road shortly after midnight.", "stopped"),
    ("Officers stopped her outside the pharmacy and searched her bag.", "stopped"),
    ("The courier said he was stopped by a police officer near the bridge.", "stopped"),
    ("Police said the teenager was stopped near the county line after a chase.", "stopped"),
    ("Deputies tried to stop the pickup as it left the car park.", "stop"),
    ("The coast guard stopped a speedboat off Tarifa on Friday.", "stopped"),
])
def test_police_stop(spacy_nlp: Any, text: str, form: str) -> None:
    assert police_stop(word(spacy_nlp, text, form))


# not in class: a visit, a prevention, a pause, a bystander's stop, an act
# stopped, a condition
@pytest.mark.parametrize(("text", "form"), [
    ("The mayor stopped by the bakery on his way to the town hall.", "stopped"),
    ("Police stopped the fans from entering the stadium.", "stopped"),
    ("The officer stopped to talk to the children.", "stopped"),
    ("A passer-by stopped the cyclist and called an ambulance.", "stopped"),
    ("Paramedics stopped the bleeding before the ambulance arrived.", "stopped"),
    ("If the police try to stop the march, the organisers will go to court.", "stop"),
])
def test_not_police_stop(spacy_nlp: Any, text: str, form: str) -> None:
    assert not police_stop(word(spacy_nlp, text, form))


def test_police_stop_is_a_coerce_event(full_pipeline: Any) -> None:
    events = events_of(full_pipeline,
                       "Police stopped the driver two streets away and arrested him, "
                       "a spokesman said.")
    found = [e for e in events if e.trigger.text == "stopped"]
    assert found and found[0].type == "COERCE", [(e.trigger.text, e.type) for e in events]
