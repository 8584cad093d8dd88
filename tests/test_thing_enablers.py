"""A thing, a piece of information or an event as the doer of helping or
enabling is no event (eventwire/stages/events/thing_enablers.py). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.thing_enablers import is_thing_enabler, thing_nouns
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # information helping
    ("The findings of the inquiry will help us decide on the ban.", "help"),
    ("Wiretapped conversations between the two men helped lead to the raids.", "helped"),
    ("A leaked memo helped the opposition win the vote.", "helped"),
    # a show, a product or money enabling; a relative read as its antecedent
    ("The band booked a concert series that would help launch its world tour.", "help"),
    ("The new software enables police to trace stolen phones.", "enables"),
    ("Cheap loans helped the families rebuild their houses.", "helped"),
    # a clause as the doer
    ("Making the song free to download will help the charity reach more donors.", "help"),
    # a demonstrative as the doer
    ("The council cut the bus fares, and this will help pupils reach school.", "help"),
    # review88: probes in other words (means, conditions, a gerund clause)
    ("Satellite images helped investigators locate the wreck of the ferry.", "helped"),
    ("The new vaccine will enable doctors to treat thousands more patients.", "enable"),
    ("DNA samples let detectives identify the suspect within days.", "let"),
    ("Knowing the local language helped her win the contract.", "helped"),
    ("Better weather helped the rescuers reach the stranded village.", "helped"),
])
def test_thing_enabling_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a party as the doer: a state, a relative standing for a party, a force
    ("Turkey will help rebuild the navy of its neighbour.", "help"),
    ("The president thanked the countries that had helped.", "helped"),
    ("Donors helped the ministry pay the teachers' salaries.", "helped"),
    # a thing owned by a party is the owner's act
    ("Washington's money helped the rebels regroup.", "helped"),
    # review88: a thing owned through a nationality, a named compound or "from"
    ("Pakistani intelligence helped the militants escape across the border.", "helped"),
    ("Iranian money enabled the militia to rearm.", "enabled"),
    ("U.S. funding helped the rebels hold the town.", "helped"),
    ("American intelligence allowed the army to find the commander.", "allowed"),
])
def test_party_helping_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


def test_only_enabling_verbs_are_read(event_pipe: Pipeline) -> None:
    # a verb of harm with a thing as its subject is left to the other rules
    doc = event_pipe.nlp("The new software crashed the hospital's servers.")
    assert not any(is_thing_enabler(t) for t in doc)


def test_documents_are_not_things() -> None:
    # a document or a statement is its authors' act (events42)
    assert not {"rule", "decree", "law", "resolution", "announcement"} & thing_nouns()
