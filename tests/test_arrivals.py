"""Private people arriving or travelling (eventwire/stages/events/
arrivals.py). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("A patrol officer arrived at the pharmacy shortly after the alarm went off.", "arrived"),
    ("The six students are reported to have arrived in Nairobi from London last week.",
     "arrived"),
    ("Thousands of pilgrims travelled from Pakistan to attend the festival.", "travelled"),
    ("The smugglers arrived by boat before dawn and unloaded the crates.", "arrived"),
])
def test_private_arrival_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Armed groups from the coast arrived in the capital in pickup trucks.", "arrived"),
    ("The president arrived in Tokyo for a two-day visit.", "arrived"),
    ("Italian doctors arrived in Lima to help treat the wounded.", "arrived"),
    # every armed group of curated.yaml ``armed_groups`` is a force, not private people
    ("Hundreds of Islamist militants arrived in the northern town on Sunday.", "arrived"),
    ("Separatist insurgents travelled across the border into the province.", "travelled"),
    ("Foreign mercenaries arrived in the capital last month, diplomats said.", "arrived"),
])
def test_force_help_or_leader_arriving_stays(event_pipe: Pipeline, text: str,
                                             word: str) -> None:
    assert word in triggers(event_pipe, text)
