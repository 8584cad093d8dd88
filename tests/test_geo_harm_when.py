"""The class of ``eventwire/stages/geo/harm_when.py`` (place27): a harm
told in the main clause is placed by the scene of its "when" clause.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.place_scope import VARIANTS
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


@pytest.mark.parametrize("text,trigger,city", [
    ("Two boys were killed when a shell hit a school in Kharkiv on Monday.", "killed",
     "Kharkiv"),
    ("A guard was shot dead when gunmen stormed a checkpoint near Jenin.", "shot", "Jenin"),
    ("Four soldiers were killed on Sunday when their convoy struck a mine outside Gao.",
     "killed", "Gao"),
    ("Nine civilians were killed when jets bombed a camp near the town of Bentiu.", "killed",
     "Bentiu"),
    ("A woman was killed when militants fired rockets at a market in Peshawar.", "killed",
     "Peshawar"),
])
def test_a_harm_is_placed_by_its_when_clause(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    """Class *a harm placed by its "when" clause*: the clause says how the
    harm came about, and its locative is the scene."""
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger,other", [
    ("Two boys were killed after a shell hit a school in Kharkiv.", "killed", "Kharkiv"),
    ("Police arrested the driver when he arrived in Lyon.", "arrested", "Lyon"),
    ("The suspect was detained when officers raided a flat in Leeds.", "detained", "Leeds"),
])
def test_not_another_time_nor_a_non_violent_act(
        pipe: Pipeline, text: str, trigger: str, other: str) -> None:
    """Not "after" (another time) and not an arrest (COERCE): the rule is
    for a harm and the attack that caused it, which are one event."""
    assert name_of(place(pipe, text, trigger)) != other


def test_the_flag_switches_the_class_off(pipe: Pipeline) -> None:
    text = "Two boys were killed when a shell hit a school in Kharkiv on Monday."
    VARIANTS["harm_when"] = False
    try:
        assert name_of(place(pipe, text, "killed")) != "Kharkiv"
    finally:
        VARIANTS["harm_when"] = True
