"""The scene classes of ``eventwire/stages/geo/scene_places.py`` (split from
``place_scope.py``, refactor36): the scene of the people acted upon, a town
naming the scene, unrest spread over a place. Sentences written for these
tests."""

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
    ("Marines seized six gunmen who tried to board a ferry near Lamu.", "seized", "Lamu"),
    ("Rangers arrested four poachers who had raided a farm in the district of Kitui.",
     "arrested", "Kitui"),
    ("Police detained three men who attempted to rob a bank outside Nakuru.", "detained",
     "Nakuru"),
    ("The navy captured eleven smugglers who were sailing in the waters of the Gulf of "
     "Oman.", "captured", "Gulf of Oman"),
])
def test_the_scene_of_the_people_acted_upon_through_an_infinitive_or_of(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    """Class *scene of the people acted upon* (place60): the clause about
    them may name the scene through its infinitive ("who tried to board a
    ferry near X") or a scene noun with "of" ("in the district of X")."""
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger,city", [
    ("Coast guards arrested 12 smugglers who had hidden a boat near Lampedusa.", "arrested",
     "Lampedusa"),
    ("Soldiers shot villagers who had gathered outside a church in Bangui.", "shot",
     "Bangui"),
    ("Police detained dozens of students protesting in Khartoum.", "detained", "Khartoum"),
])
def test_a_physical_act_happens_where_the_people_acted_upon_are(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger,city", [
    ("The minister praised the volunteers who worked in Aleppo.", "praised", "Aleppo"),
    ("The council thanked the doctors who served in Gaza.", "thanked", "Gaza"),
])
def test_a_verbal_act_is_not_placed_by_a_clause_about_its_object(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) != city


@pytest.mark.parametrize("text,trigger,city", [
    ("Gunmen opened fire at a Tucson office party on Friday.", "opened", "Tucson"),
    ("Soldiers detained dozens of traders at Nairobi's main bus depot on Tuesday.",
     "detained", "Nairobi"),
    ("A woman was killed outside a Sacramento apartment complex on Monday.", "killed",
     "Sacramento"),
    ("Two people were killed when a bomb exploded at a Lagos toll gate.", "exploded",
     "Lagos"),
    ("A gunman killed two guards at a Mombasa container terminal on Sunday.", "killed",
     "Mombasa"),
])
def test_a_town_naming_the_scene_places_the_act_done_there(pipe: Pipeline, text: str,
                                                           trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger,other", [
    ("Thousands protested at the U.S. embassy on Sunday.", "protested", "U.S."),
    ("Three soldiers were killed in a U.S. drone strike on Monday.", "killed", "U.S."),
    ("A former Denver teacher was arrested on Monday.", "arrested", "Denver"),
    ("Aides met at Nixon's Florida holiday home on Sunday.", "met", "Nixon"),
])
def test_a_country_or_a_town_not_naming_a_scene_places_nothing(pipe: Pipeline, text: str,
                                                              trigger: str, other: str) -> None:
    assert name_of(place(pipe, text, trigger)) != other


def test_scene_owner_needs_the_scene_on_the_trigger(pipe: Pipeline) -> None:
    """The scene noun of another word is not the trigger's ("charged in a
    shooting at a Denver grocery store": the store is the shooting's)."""
    from eventwire.stages.geo.scene_places import scene_owner
    doc = pipe.nlp("Police charged a man in a shooting at a Denver grocery store.")
    denver = next(t for t in doc if t.text == "Denver")
    charged = next(t for t in doc if t.text == "charged")
    shooting = next(t for t in doc if t.text == "shooting")
    assert scene_owner(denver, charged, "city") is None
    assert scene_owner(denver, shooting, "city") is not None
    assert scene_owner(denver, shooting, "country") is None


@pytest.mark.parametrize("text,trigger,where", [
    ("A general strike paralysed Portugal on Thursday.", "strike", "Portugal"),
    ("Violent clashes rocked Nairobi overnight.", "clashes", "Nairobi"),
    ("Chile was rocked by more protests on Friday.", "protests", "Chile"),
    ("Kenya rocked by fresh clashes over fuel prices", "clashes", "Kenya"),
    ("The verdict came as a nationwide strike paralysed Portugal, with schools and shops "
     "closed.", "strike", "Portugal"),
])
def test_unrest_spread_over_a_place_happens_there(pipe: Pipeline, text: str, trigger: str,
                                                  where: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The class is off (unconfirmed leave-one-set-out); switched on it
    places these."""
    monkeypatch.setitem(VARIANTS, "spread_over", True)
    assert name_of(place(pipe, text, trigger)) == where


@pytest.mark.parametrize("text,trigger,other", [
    ("Western sanctions hit Iran hard last year.", "sanctions", "Iran"),
    ("New sanctions crippled Venezuela last year.", "sanctions", "Venezuela"),
])
def test_a_sanction_hitting_a_country_is_not_placed_there(pipe: Pipeline, text: str,
                                                         trigger: str, other: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(VARIANTS, "spread_over", True)
    assert name_of(place(pipe, text, trigger)) != other
