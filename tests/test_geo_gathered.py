"""The classes of ``eventwire/stages/geo/gathered.py`` (place30): a crowd's
act, and what is done to the crowd, placed by the relative clause that says
where it marched or gathered; a harm placed by the participle that says what
its victim was doing there. Sentences written for these tests."""

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
    ("Police beat and detained scores of teachers protesting against the new law in Kisumu.",
     "beat", "Kisumu"),
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


@pytest.mark.parametrize("text,trigger,city", [
    ("The activist was abducted while attending a book launch in Kampala on Saturday.",
     "abducted", "Kampala"),
    ("A deputy questioning two men outside a house in Fresno was shot on Friday.", "shot",
     "Fresno"),
    ("A nurse working at a clinic near Beni was kidnapped on Monday.", "kidnapped", "Beni"),
])
def test_a_victim_is_placed_by_what_they_were_doing_there(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    """Class *a victim or doer placed by what they were doing there*."""
    assert name_of(place(pipe, text, trigger)) == city


def test_not_someone_else_s_whereabouts(pipe: Pipeline) -> None:
    """A participle with a subject of its own tells where someone else was."""
    text = ("The general said the president had been removed from office while the "
            "president was attending a summit in Arusha.")
    assert name_of(place(pipe, text, "removed")) != "Arusha"


def test_the_flag_switches_the_class_off(pipe: Pipeline) -> None:
    text = ("Police fired tear gas to disperse supporters who had gathered outside the court "
            "in Lusaka.")
    VARIANTS["crowd_scene"] = False
    try:
        assert name_of(place(pipe, text, "fired")) != "Lusaka"
    finally:
        VARIANTS["crowd_scene"] = True


def test_the_second_flag_switches_its_class_off(pipe: Pipeline) -> None:
    text = "A nurse working at a clinic near Beni was kidnapped on Monday."
    VARIANTS["present_scene"] = False
    try:
        assert name_of(place(pipe, text, "kidnapped")) != "Beni"
    finally:
        VARIANTS["present_scene"] = True


@pytest.mark.parametrize("text,trigger,home", [
    ("A Briton living in Spain was arrested at the airport on Sunday.", "arrested", "Spain"),
    ("Two students residing in Moscow were detained during a visit home.", "detained",
     "Moscow"),
    ("A teacher living in Accra was abducted during a trip to the north.", "abducted",
     "Accra"),
])
def test_where_a_victim_lives_is_no_scene(
        pipe: Pipeline, text: str, trigger: str, home: str) -> None:
    """review50: a verb of dwelling tells the victim's home, not what they
    were doing where the harm was done."""
    assert name_of(place(pipe, text, trigger)) != home


@pytest.mark.parametrize("text,trigger,matter", [
    ("The activist was arrested while campaigning against the war in Ukraine.", "arrested",
     "Ukraine"),
    ("A lawyer was detained while protesting against the crackdown in Tibet.", "detained",
     "Tibet"),
    ("A monk was beaten while protesting over the crackdown in Xinjiang.", "beaten",
     "Xinjiang"),
    ("A student was shot while rallying against the war in Yemen.", "shot", "Yemen"),
])
def test_the_place_of_a_grievance_is_no_scene(
        pipe: Pipeline, text: str, trigger: str, matter: str) -> None:
    """review50: a country or province inside what a crowd or victim acts
    against is that matter's place, not where the harm was done (a town
    there stays the scene: the Kisumu case above)."""
    assert name_of(place(pipe, text, trigger)) != matter
