"""A visit to a place with no second actor (eventwire/stages/events/
place_visits.py). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("The president visited the flooded area on Sunday and promised to rebuild the houses.",
     "visited"),
    ("The health minister toured the damaged hospital together with the regional governor.",
     "toured"),
    ("She visited a walk-in clinic two days before she fell ill with a fever.", "visited"),
    ("Two reporters from the newspaper visited the factory where the dolls are made.",
     "visited"),
    ("The governor attended the church that was set on fire last week.", "attended"),
])
def test_visit_to_a_bare_place_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The prime minister visited Kenya last week to discuss trade.", "visited"),
    ("The foreign minister will visit Beijing on Monday.", "visit"),
    ("Police visited the Blue Lotus restaurant and the victim's flat.", "visited"),
    ("Detectives visited the school where the suspect had worked.", "visited"),
    ("Merkel visited Putin in Sochi on Friday.", "visited"),
    ("The envoy's visit to Minsk led to the release of 20 prisoners.", "visit"),
    # a place named by its owner's name: the visit is to that person
    ("The minister visited the home of opposition leader Raila Odinga on Sunday.",
     "visited"),
    ("The senator toured the office of Governor Andrew Cuomo in Albany.", "toured"),
    # a second actor named beside the visitor: the visit is a meeting
    ("The president visited the flooded area with Japanese Prime Minister Shinzo Abe.",
     "visited"),
    ("The king toured the devastated town alongside President Joe Biden.", "toured"),
])
def test_visit_to_a_country_person_or_by_police_stays(event_pipe: Pipeline, text: str,
                                                      word: str) -> None:
    assert word in triggers(event_pipe, text)
