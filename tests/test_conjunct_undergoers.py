"""The coordinated target of an attack whose first conjunct is no party: a
later conjunct stands in (recip43). Every sentence is written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.conjunct_undergoers import stand_in_conjuncts
from tests.conftest import event_with_trigger as event

Parts = tuple[str | None, str | None, str | None]


def _recipient(pipe: Pipeline, text: str, trigger: str) -> Parts:
    r = event(pipe, text, trigger).recipient
    return (None, None, None) if r is None else (r.text, r.country, (r.sectors or [None])[0])


@pytest.mark.parametrize("text,trigger,expected", [
    # the head names no party: a later conjunct stands in for the group
    ("Youths torched cars and businesses in Bamako.", "torched", ("businesses", "MLI", "BUS")),
    ("Protesters burned vehicles and a police station in Kisumu.", "burned",
     ("police", "KEN", "COP")),
    ("The army shelled farmland and villagers near the border.", "shelled",
     ("villagers", None, "CVL")),
])
def test_a_later_conjunct_stands_in(event_pipe: Pipeline, text: str, trigger: str,
                                    expected: Parts) -> None:
    assert _recipient(event_pipe, text, trigger) == expected


@pytest.mark.parametrize("text,trigger,expected", [
    # no conjunct: nothing stands in (burned cars are their own recipient
    # since relabel67 (4), CVL; tyres never are)
    ("Youths torched cars in Bamako.", "torched", ("cars", "MLI", "CVL")),
    ("Youths burned tyres in Bamako.", "burned", (None, None, None)),
    # the head is a party itself: the first conjunct stays
    ("Soldiers beat the crowd and journalists outside the court.", "beat",
     ("crowd", None, "CVL")),
    ("Gunmen attacked a church and a police post in Kaduna.", "attacked",
     ("church", "NGA", "REL")),
    # another source filled the slot first: the stand-in never overrides it
    ("Drones hit fuel depots and a Sudanese army base near Port Sudan.", "hit",
     ("fuel depots", "SDN", "BUS")),
])
def test_a_party_head_or_no_conjunct_is_unchanged(event_pipe: Pipeline, text: str, trigger: str,
                                                   expected: Parts) -> None:
    assert _recipient(event_pipe, text, trigger) == expected


def test_coordinated_actors_stay_actors(event_pipe: Pipeline) -> None:
    ev = event(event_pipe, "Farmers and students were injured by riot police in Dhaka.", "injured")
    assert ev.actor is not None and ev.actor.text == "riot police"
    assert ev.recipient is not None and ev.recipient.text == "Farmers"


def test_only_a_cc_coordination_gives_stand_ins(spacy_nlp: Any) -> None:
    doc = spacy_nlp("Miners and farmers blocked roads and bridges near Oruro.")
    roads = next(t for t in doc if t.text == "roads")
    assert [t.text for t in stand_in_conjuncts([roads])] == ["bridges"]
    assert stand_in_conjuncts([next(t for t in doc if t.text == "bridges")]) == []
