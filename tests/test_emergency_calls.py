"""A call for emergency help is no request
(eventwire/stages/events/emergency_calls.py). Every sentence here was written
for these tests; each dropped one gave a REQUEST with the rule disabled."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # a private caller's call for help
    ("The farmer called for help after his tractor overturned.", "called"),
    # the police called by a private caller, to report something
    ("A neighbour called the sheriff's office to report the noise.", "called"),
    ("The cashier phoned the police to report a stolen van.", "phoned"),
    # rescue crews called in with no public caller
    ("Two fire crews were called in to help put out the flames at the mill.", "called"),
    # a participle the parser hangs on "were": the head's subject is the party called
    ("Fire engines from the next county were on Sunday called in to fight the moorland "
     "blaze.", "called"),
])
def test_emergency_call_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a public caller, or no rescue service, keeps the request
    ("The mayor called in the army to help clear the roads.", "called"),
    ("Troops from the capital were this morning called in to guard the polling stations.",
     "called"),
    ("The president called in the army to restore order in the capital.", "called"),
    ("The university called in police to clear the occupied hall.", "called"),
    ("The governor called for federal assistance after the riots.", "called"),
    ("Opposition leaders called for the release of the detained students.", "called"),
    ("The union called on the government to raise wages.", "called"),
    ("The regional bloc called an emergency session on the crisis.", "called"),
])
def test_public_request_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # help of a kind or from someone is a request, whoever asks
    ("She called for international help to rebuild the schools.", "called"),
    ("They called for help from the United Nations to feed the refugees.", "called"),
])
def test_help_of_a_kind_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # review84: a police official called (a chief, a commander, a minister)
    # is a person asked to act, not the police summoned to the scene
    ("The woman called the police chief to demand a new inquiry into the killing.",
     "called"),
    ("Residents phoned the district police commander to demand more patrols.", "phoned"),
    ("The mother called the police minister to demand the release of her son.",
     "called"),
])
def test_police_official_called_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # the police force, its station or an officer summoned stays no event
    ("A jogger called the police station after hearing shots in the park.", "called"),
    ("The shop owner phoned a police officer who was passing by.", "phoned"),
])
def test_police_force_called_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)
