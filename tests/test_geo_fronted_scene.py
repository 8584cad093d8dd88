"""The class of ``eventwire/stages/geo/fronted_scene.py`` (place36): a
locative phrase that opens the sentence and is set off by a comma ("In
Chile, the minister urged ...") sets the scene of its clause, and the
learned chooser does not trade the rules' pick of it away. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

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


def token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def scene(nlp: Language, text: str, name: str, trigger: str, basis: str = "trigger") -> bool:
    doc = nlp(text)
    return fronted_scene(doc, rule_place(text, name, basis), token(doc, trigger))


FRONTED = [
    ("In Portugal, the health minister urged hospitals to stockpile vaccines.", "Portugal",
     "urged"),
    ("In Osh, students marched to the mayor's office and riot police looked on.", "Osh",
     "looked"),
    ("At the Rafah crossing, Egyptian officials turned back 30 trucks on Monday.", "Rafah",
     "turned"),
    ('"In Lviv, our volunteers handed out blankets," the charity said.', "Lviv", "handed"),
    ("Across Tunisia, teachers walked out of their classrooms on Tuesday.", "Tunisia", "walked"),
    # review87: a noun trigger the clause's verb governs
    ("In Portugal, fishermen staged a strike over new fuel taxes.", "Portugal", "strike"),
]


@pytest.mark.parametrize("text,name,trigger", FRONTED)
def test_a_fronted_locative_sets_the_scene(nlp: Language, text: str, name: str,
                                           trigger: str) -> None:
    assert scene(nlp, text, name, trigger)


NOT_FRONTED = [
    # the locative closes the clause: the chooser may still weigh it
    ("Police arrested 12 protesters in Lagos on Monday.", "Lagos", "arrested"),
    # an origin, not a scene
    ("From Paris, the envoy flew on to Tunis.", "Paris", "flew"),
    # fronted, but a place of the subject's phrase, no comma after the phrase
    ("Officials in Colombia said troops killed five rebels.", "Colombia", "said"),
    # a time opens the sentence; the place comes later
    ("On Monday, riot police in Quito detained 40 students.", "Quito", "detained"),
    # review87: an act reported in the fronted clause happened elsewhere
    ("In Washington, officials said Russian forces had shelled civilians overnight.",
     "Washington", "shelled"),
    ("In Geneva, UN investigators said Syrian forces had tortured hundreds of detainees.",
     "Geneva", "tortured"),
]


@pytest.mark.parametrize("text,name,trigger", NOT_FRONTED)
def test_other_places_are_not_fronted_scenes(nlp: Language, text: str, name: str,
                                             trigger: str) -> None:
    assert not scene(nlp, text, name, trigger)


def test_the_reporting_verb_keeps_its_scene(nlp: Language) -> None:
    text = "In Geneva, UN investigators said Syrian forces had tortured hundreds of detainees."
    assert scene(nlp, text, "Geneva", "said")


def test_only_a_stated_pick_is_kept(nlp: Language) -> None:
    text, name, trigger = FRONTED[0]
    assert not scene(nlp, text, name, trigger, basis="dateline")
    doc = nlp(text)
    assert not fronted_scene(doc, None, token(doc, trigger))
    assert not fronted_scene(doc, rule_place(text, name), None)


ARTICLE = ("MADRID (Reuters) - Spanish farmers blocked motorways near Seville on Monday over "
           "cheap imports. In Portugal, fishermen staged a strike over new fuel taxes.")


def test_the_chooser_keeps_a_fronted_scene(pipe: Pipeline) -> None:
    """Without the class the chooser moves this act of another country, in a
    story told from Madrid, onto the dateline (review87's probe)."""
    assert name_of(place(pipe, ARTICLE, "strike")) == "Portugal"


def test_the_chooser_decides_with_the_flag_off(pipe: Pipeline, flag_off: None) -> None:
    assert name_of(place(pipe, ARTICLE, "strike")) != "Portugal"


def test_the_flag_off_stops_the_class(nlp: Language, flag_off: None) -> None:
    text, name, trigger = FRONTED[0]
    assert not scene(nlp, text, name, trigger)
