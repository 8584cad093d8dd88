"""The class of ``eventwire/stages/geo/fronted_scene.py`` (place36): a
locative phrase that opens the sentence and is set off by a comma ("In
Chile, the government asked ...") sets the scene of its clause, and the
learned chooser does not trade the rules' pick of it away. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language

from eventwire.models import PlaceMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.fronted_scene import fronted_scene
from eventwire.stages.geo.place_scope import VARIANTS
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(Settings().model)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


@pytest.fixture
def flag_off() -> Iterator[None]:
    VARIANTS["fronted_scene"] = False
    yield
    VARIANTS["fronted_scene"] = True


def rule_place(text: str, name: str, basis: str = "trigger") -> PlaceMention:
    start = text.index(name)
    return PlaceMention(start, start + len(name), name, geonameid=1, precision="city",
                        basis=basis)


FRONTED = [
    ("In Portugal, the health minister urged hospitals to stockpile vaccines.", "Portugal"),
    ("In Osh, about 50 people held a rally outside the mayor's office, and police did not "
     "intervene.", "Osh"),
    ("At the Rafah crossing, Egyptian officials turned back 30 trucks on Monday.", "Rafah"),
    ('"In Lviv, our volunteers handed out blankets," the charity said.', "Lviv"),
    ("Across Tunisia, teachers walked out of their classrooms on Tuesday.", "Tunisia"),
]


@pytest.mark.parametrize("text,name", FRONTED)
def test_a_fronted_locative_sets_the_scene(nlp: Language, text: str, name: str) -> None:
    assert fronted_scene(nlp(text), rule_place(text, name))


NOT_FRONTED = [
    # the locative closes the clause: the chooser may still weigh it
    ("Police arrested 12 protesters in Lagos on Monday.", "Lagos"),
    # an origin, not a scene
    ("From Paris, the envoy flew on to Tunis.", "Paris"),
    # fronted, but a place of the subject's phrase, no comma after the phrase
    ("Officials in Colombia said troops killed five rebels.", "Colombia"),
    # a time opens the sentence; the place comes later
    ("On Monday, riot police in Quito detained 40 students.", "Quito"),
]


@pytest.mark.parametrize("text,name", NOT_FRONTED)
def test_other_places_are_not_fronted_scenes(nlp: Language, text: str, name: str) -> None:
    assert not fronted_scene(nlp(text), rule_place(text, name))


def test_only_a_stated_pick_is_kept(nlp: Language) -> None:
    text = FRONTED[0][0]
    assert not fronted_scene(nlp(text), rule_place(text, "Portugal", basis="dateline"))
    assert not fronted_scene(nlp(text), None)


ARTICLE = ("LONDON (Reuters) - British farmers culled 4,000 sheep after an outbreak of "
           "foot-and-mouth disease in Surrey. In France, the government has asked for all "
           "imported sheep to be tested.")


def test_the_chooser_keeps_a_fronted_scene(pipe: Pipeline) -> None:
    """Without the class the chooser gives this act of another country, in a
    story told from London, no place."""
    assert name_of(place(pipe, ARTICLE, "asked")) == "France"


def test_the_chooser_decides_with_the_flag_off(pipe: Pipeline, flag_off: None) -> None:
    assert name_of(place(pipe, ARTICLE, "asked")) != "France"


def test_the_flag_off_stops_the_class(nlp: Language, flag_off: None) -> None:
    text, name = FRONTED[0]
    assert not fronted_scene(nlp(text), rule_place(text, name))
