"""The story's country from the places it names
(eventwire/stages/actors/place_home.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.place_home import places_country
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,agent,country", [
    ("Riot police fired tear gas at protesters in Marseille on Sunday. Shops were looted in "
     "Lyon overnight.", "Riot police", "FRA"),
    ("Officers arrested 40 people after a march in Chicago turned violent. The march had "
     "started in Milwaukee.", "Officers", "USA"),
    ("Hundreds of students marched through Osaka. In Nagoya, police blocked a bridge.",
     "police", "JPN"),
])
def test_a_story_that_names_only_its_towns(pipe: Pipeline, text: str, agent: str,
                                           country: str) -> None:
    """Class *a story that names its towns, not its state*."""
    _, mentions = mentions_of(pipe, text)
    found = next(m for m in mentions if m.text == agent)
    assert found.country == country, found


@pytest.mark.parametrize("text", [
    "Police in Lyon detained a man.",  # a single place is too little
    "Protesters gathered in Lyon and in Chicago.",  # a tie names no country
])
def test_too_few_places_name_no_country(pipe: Pipeline, text: str) -> None:
    doc, mentions = mentions_of(pipe, text)
    assert places_country(doc, mentions) is None
