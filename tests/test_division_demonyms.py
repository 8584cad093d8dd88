"""Class *a division's or a breakaway region's people named by their
adjective* (eventwire/stages/actors/division_demonyms.py, actors47).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.division_demonyms import derive, division_demonyms
from eventwire.stages.actors.town_agents import TOWN_RULE
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def test_derivations() -> None:
    assert derive("bavaria") == "bavarian"
    assert derive("balochistan") == "balochistani"
    assert derive("cabinda") == "cabindan"
    assert derive("assam") is None and derive("roma") is None
    assert derive("gunma") is None  # "Gunman" is an English agent word


def test_the_table_keeps_one_country_forms_only() -> None:
    table = division_demonyms()
    assert table["bavarian"] == "DEU" and table["transnistrian"] == "MDA"
    assert table["south ossetian"] == "GEO"
    # a state's demonym (the US state Georgia) and a given name stay out
    assert "georgian" not in table and "gunman" not in table


@pytest.mark.parametrize("text,agent,country", [
    ("Bavarian police raided three flats in Munich's suburbs.", "police", "DEU"),
    ("Transnistrian troops blocked the bridge over the river.", "troops", "MDA"),
    ("A Tasmanian official rejected the logging permit.", "official", "AUS"),
    ("Cabindan separatists claimed the ambush.", "separatists", "AGO"),
    ("Andalusian farmers blocked the motorway with tractors.", "farmers", "ESP"),
])
def test_a_divisions_people(pipe: Pipeline, text: str, agent: str, country: str) -> None:
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if agent in m.text)
    assert m.country == country and TOWN_RULE in m.rule, m


@pytest.mark.parametrize("text,agent", [
    ("Roman Catholic priests marched to the cathedral.", "priests"),
    ("Pomeranian breeders protested outside the court.", "breeders"),
    ("Gothic rock fans blocked the street.", "fans"),
])
def test_no_division_people(pipe: Pipeline, text: str, agent: str) -> None:
    """Near misses: an adjective of a faith, a breed or a style."""
    _, ms = mentions_of(pipe, text)
    m = next((m for m in ms if agent in m.text), None)
    assert m is None or TOWN_RULE not in m.rule, m
