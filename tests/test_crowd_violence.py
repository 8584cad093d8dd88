"""Crowd violence (``eventwire/stages/events/crowd_violence.py``, types39):
a crowd named by a reference or as young people riots (PROTEST ``riot``);
an act named as an attack, or a shooting, stays ASSAULT. The sentences are
written for these tests, none copied from an evaluation set."""

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
    ("Villagers gathered outside the mine on Monday to demand compensation. "
     "Some threw stones at police officers.", "threw"),
    ("Police fired tear gas at hundreds of demonstrators, who torched two buses "
     "near the depot.", "torched"),
    ("Masked youths set fire to a tax office in the port town overnight.", "set"),
    ("Demonstrators attacked the offices of the governing party in the town.", "attacked"),
    ("Hooded teenagers torched the mayor's car after the council vote.", "torched"),
])
def test_a_crowd_named_by_reference_or_as_youths_riots(pipe: Pipeline, text: str,
                                                       trigger: str) -> None:
    got = act(pipe, text, trigger)
    assert (got.type, got.mode) == ("PROTEST", "riot"), got


@pytest.mark.parametrize("text,trigger", [
    ("Rioters attacked two police officers with rocks in the old quarter.", "attacked"),
    ("A crowd of demonstrators attacked two journalists near the square.", "attacked"),
    ("Rioters fired shots at gendarmes in the northern suburbs on Sunday.", "fired"),
    ("Protesters opened fire on soldiers guarding the ministry, officials said.", "opened"),
])
def test_an_attack_on_people_or_a_shooting_by_a_crowd_stays_assault(pipe: Pipeline, text: str,
                                                          trigger: str) -> None:
    assert act(pipe, text, trigger).type == "ASSAULT"


@pytest.mark.parametrize("text,trigger", [
    ("Riot police beat the crowd back with batons outside parliament.", "beat"),
    ("A gunman opened fire at an opposition rally in the capital, killing two people.",
     "opened"),
    ("Two boxers' entourages fought in a hotel lobby in Las Vegas, and some threw chairs "
     "at security guards.", "threw"),
    ("Armed youths from a neighbouring district attacked a village at dawn.", "attacked"),
    ("Hooded youths hurled petrol bombs at two banks in the city centre.", "hurled"),
    ("Gang members raided the market on Sunday. They set fire to three stalls.", "set"),
])
def test_near_misses_are_no_riot(pipe: Pipeline, text: str, trigger: str) -> None:
    """A police charge, a gunman at a rally, a players' brawl, armed youths,
    youths' throwing (ASSAULT in the gold) and a gang referred to by "they"
    are no crowd in a protest."""
    assert act(pipe, text, trigger).type != "PROTEST"
