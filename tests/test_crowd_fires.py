"""A crowd's fire in a protest or riot (``eventwire/stages/events/crowd_fires.py``,
events54; docs/annotation.md relabel62 (a)): PROTEST ``riot`` when the doer
is a crowd or the text tells a riot and names no armed doer; ASSAULT
``destroy`` for armed attackers and raiding groups. The sentences are written
for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def act(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2025, 9, 8))]))
    got = [e for e in doc._.events if e.trigger.text.split()[0] == trigger]
    assert got, [(e.trigger.text, e.type) for e in doc._.events]
    return got[0]


@pytest.mark.parametrize("text,trigger", [
    ("Protesters angry at the verdict set fire to the governor's office in the "
     "town on Tuesday, police said.", "set"),
    ("Students furious about the fee rise set the rector's car alight on Friday.", "set"),
    ("Thousands marched through the capital against the fuel price rise. "
     "Several shops were set ablaze and a bank was looted.", "set"),
    ("Young men threw stones and two police vehicles were set alight during the "
     "protest against the new tax, witnesses said.", "set"),
    ("Striking dockers blocked the port road, and hundreds of strikers torched "
     "a customs shed on Thursday.", "torched"),
])
def test_a_crowds_fire_in_a_protest_is_a_riot(pipe: Pipeline, text: str,
                                              trigger: str) -> None:
    got = act(pipe, text, trigger)
    assert (got.type, got.mode) == ("PROTEST", "riot"), got


@pytest.mark.parametrize("text,trigger", [
    ("Hooded gunmen torched three lorries on the highway during the unrest.", "torched"),
    ("Settlers set fire to houses and cars in the village on Wednesday evening "
     "during clashes, residents said.", "set"),
    ("Armed men set fire to the market during the protest.", "set"),
    ("Members of one clan burned their rivals' houses after the dispute, police said.",
     "burned"),
    ("Bandits torched grain stores in two villages overnight, the governor said.",
     "torched"),
])
def test_armed_or_raiding_doers_fire_stays_an_assault(pipe: Pipeline, text: str,
                                                      trigger: str) -> None:
    got = act(pipe, text, trigger)
    assert (got.type, got.mode) == ("ASSAULT", "destroy"), got
