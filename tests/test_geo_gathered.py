"""The class of ``eventwire/stages/geo/gathered.py`` (place30): a crowd's
act, and what is done to the crowd, placed by the relative clause that says
where it marched or gathered. Sentences written for these tests."""

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
    ("Two people were injured during demonstrations by thousands who marched through "
     "Lisbon on Friday.", "demonstrations", "Lisbon"),
    ("Police fired tear gas to disperse supporters who had gathered outside the court in "
     "Lusaka.", "fired", "Lusaka"),
    ("Officers arrested dozens of farmers who marched on the centre of Nairobi.", "arrested",
     "Nairobi"),
])
def test_a_crowd_is_placed_where_it_gathered(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    """Class *a crowd placed by where it gathered*: the relative clause on
    the participants says where the crowd was."""
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger,other", [
    ("The minister condemned protesters who gathered in Quito.", "condemned", "Quito"),
    ("Soldiers attacked villagers who had fled from Goma.", "attacked", "Goma"),
    ("Police questioned a man whose brother had marched in Lima.", "questioned", "Lima"),
])
def test_not_a_verbal_act_nor_another_clause(
        pipe: Pipeline, text: str, trigger: str, other: str) -> None:
    """Not a statement about the crowd (ACCUSE), not a verb of leaving
    (origin, not assembly), not a clause about someone else's relative."""
    assert name_of(place(pipe, text, trigger)) != other


def test_the_flag_switches_the_class_off(pipe: Pipeline) -> None:
    text = ("Police fired tear gas to disperse supporters who had gathered outside the court "
            "in Lusaka.")
    VARIANTS["crowd_scene"] = False
    try:
        assert name_of(place(pipe, text, "fired")) != "Lusaka"
    finally:
        VARIANTS["crowd_scene"] = True
