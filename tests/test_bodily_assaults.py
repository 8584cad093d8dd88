"""Bodily assault on a person by a blow, a grip, spittle, a stun gun or a
sprayed discharge (eventwire/stages/events/bodily_assaults.py, branch
events52). Every sentence here was written for these tests (none from an
evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.bodily_assaults import bodily_assault
from tests.conftest import events_of


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize(("text", "form", "mode"), [
    ("A prison guard punched the inmate twice in the stomach.", "punched", "beat"),
    ("The suspect began to choke the officer during the struggle.", "choke", "beat"),
    ("Two deputies were punched by the prisoner in the holding cell.", "punched", "beat"),
    ("The protester spat on two deputies at the gate.", "spat", None),
    ("Deputies had to Taser him twice before he dropped the knife.", "Taser", None),
    ("Troopers pepper-sprayed the marchers outside the statehouse.", "pepper-sprayed",
     "crowd-control"),
    ("The gunman sprayed bullets at the crowd outside the club.", "sprayed", "firearms"),
    ("Police sprayed tear gas at the students blocking the avenue.", "sprayed",
     "crowd-control"),
    ("Guards sprayed pepper spray at the inmates in the yard.", "sprayed", "crowd-control"),
])
def test_a_bodily_assault_is_assault(event_pipe: Pipeline, text: str, form: str,
                                     mode: str | None) -> None:
    found = [e for e in events_of(event_pipe, text) if e.trigger.text == form]
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", mode)]


@pytest.mark.parametrize(("text", "form"), [
    ("The boxer punched a hole in the dressing-room door.", "punched"),
    ("She punched the air when the result came in.", "punched"),
    ("The minister choked back tears as she read the names.", "choked"),
    ("The toddler choked on a grape and was rushed to hospital.", "choked"),
    ("High interest rates are choking the housing market.", "choking"),
    ("He spat out the chewing gum before the interview.", "spat"),
    ("Farmers sprayed the orchards against blight.", "sprayed"),
    ("Vandals sprayed graffiti on the town hall.", "sprayed"),
    ("The firefighters sprayed water on the burning barn.", "sprayed"),
    ("The drunk threatened to punch the bouncer.", "punch"),
    ("The cleaners sprayed the workers' lockers with disinfectant.", "sprayed"),
    ("The gardener sprayed a weed-killer spray along the fence.", "sprayed"),
])
def test_things_harmed_and_threats_are_no_assault(spacy_nlp: Any, text: str,
                                                  form: str) -> None:
    assert bodily_assault(word(spacy_nlp, text, form)) is None


@pytest.mark.parametrize(("text", "form"), [
    ("Witnesses said the landlord tried to choke his tenant during the row.", "choke"),
    ("A fan spat at the linesman as he left the pitch.", "spat"),
    ("Police said they had to Taser him to get him out of the truck.", "Taser"),
])
def test_bodily_assault_reads(spacy_nlp: Any, text: str, form: str) -> None:
    assert bodily_assault(word(spacy_nlp, text, form)) is not None


def test_a_near_miss_gives_no_assault_event(event_pipe: Pipeline) -> None:
    text = "Farmers sprayed the orchards against blight on Monday."
    assert not [e for e in events_of(event_pipe, text) if e.trigger.text == "sprayed"]
