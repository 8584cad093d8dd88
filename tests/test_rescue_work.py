"""A rescue service's routine work at a scene, first aid and responders
called out are no event (``eventwire/stages/events/rescue_work.py``,
false58; docs/annotation.md "What is an event"); rescuers acted upon, a
firefighters' strike, aid sent by an agency and police called in keep
theirs. The sentences are written for these tests, none copied from an
evaluation set; each dropped one gave an event before the module."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # a rescue doer's work, active or passive
    ("Firefighters rescued three children from the burning flat on Tuesday.", "rescued"),
    ("Firefighters in breathing gear inspected the leaking drums.", "inspected"),
    ("Rescuers freed the driver from the wreckage after an hour.", "freed"),
    ("Emergency crews evacuated the flats on Friday.", "evacuated"),
    # first aid, the noun or the verb giving it
    ("Two off-duty nurses gave the cyclist first aid until the ambulance came.", "aid"),
    ("A shopkeeper tried to provide first aid to the wounded guard.", "provide"),
    # responders called out with no caller named
    ("Electricians were called to cut the power to the flooded basement.", "called"),
    ("called the county sheriff's office to report the break-in, a spokesman said.",
     "called"),
])
def test_rescue_work_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # rescuers acted upon, a strike, aid sent between parties, police called in
    ("Rioters attacked firefighters who tried to reach the burning bank.", "attacked"),
    ("The government sent medical teams to the flooded province on Monday.", "sent"),
    ("Riot police were called in to clear the occupied square.", "called"),
    ("The rebels freed twelve hostages after talks with the army.", "freed"),
    # a state's rescue unit is help between parties
    ("Turkish rescuers freed a girl from the rubble on Monday.", "freed"),
])
def test_other_acts_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)
