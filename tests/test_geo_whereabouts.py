"""The class of ``eventwire/stages/geo/whereabouts.py`` (place32): a
participle phrase on the doer says where it is, and its act is done there.
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


@pytest.mark.parametrize("text,trigger,where", [
    ("The foreign ministers of the region, meeting in Nairobi on Monday, condemned the coup.",
     "condemned", "Nairobi"),
    ("A Dutch frigate, deployed on patrol in the Red Sea, seized a smuggling boat on Tuesday.",
     "seized", "Red Sea"),
    ("The president, visiting Warsaw, pledged more weapons to Ukraine.", "pledged", "Warsaw"),
    ("Patrolling the waters off Somalia, the warship intercepted two skiffs.", "intercepted",
     "Somalia"),
])
def test_the_doer_acts_where_its_participle_puts_it(
        pipe: Pipeline, text: str, trigger: str, where: str) -> None:
    """Class *the actor's whereabouts*: a participle on the subject, or on
    the clause with no subject of its own, places the act."""
    assert name_of(place(pipe, text, trigger)) == where


@pytest.mark.parametrize("text,trigger,other", [
    ("The activist, arrested in Minsk last year, accused the guards of torture.", "accused",
     "Minsk"),
    ("Fleeing Mosul, the families accused the militia of looting.", "accused", "Mosul"),
    ("The group, based in London, condemned the raid.", "condemned", "London"),
    ("Pirates trying to board a ship in the Gulf of Aden were captured by the navy.",
     "captured", "Gulf of Aden"),
])
def test_not_an_origin_a_status_nor_the_object(
        pipe: Pipeline, text: str, trigger: str, other: str) -> None:
    """Not a place left, a past event or a seat ("arrested in", "based
    in"), nor a participle on someone the act is done to."""
    assert name_of(place(pipe, text, trigger)) != other


def test_the_flag_switches_the_class_off(pipe: Pipeline,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text = "A Dutch frigate, deployed on patrol in the Red Sea, seized a smuggling boat."
    monkeypatch.setitem(VARIANTS, "actor_whereabouts", False)
    assert name_of(place(pipe, text, "seized")) != "Red Sea"


@pytest.mark.parametrize("text,trigger,topic", [
    ("Condemning the bombing in Kabul, the UN chief called for restraint.", "called", "Kabul"),
    ("Commenting on the shelling in Donetsk, the minister accused Moscow of war crimes.",
     "accused", "Donetsk"),
    ("Praising the protests in Tehran, the senator urged new sanctions.", "urged", "Tehran"),
    ("Describing the raid in Mogadishu, the witness blamed the militia.", "blamed",
     "Mogadishu"),
])
def test_not_the_topic_of_a_participle_of_saying(
        pipe: Pipeline, text: str, trigger: str, topic: str) -> None:
    """review58: a participle of saying or judging whose object (or "on" /
    "of" phrase) carries the place talks about that place; the doer is not
    there ("condemning the bombing in Kabul")."""
    assert name_of(place(pipe, text, trigger)) != topic


@pytest.mark.parametrize("text,trigger,where", [
    ("Striking a pirate skiff in the Gulf of Aden, the destroyer rescued a tanker.", "rescued",
     "Gulf of Aden"),
    ("Attending a summit in Samarkand, the leaders agreed to boost trade.", "agreed",
     "Samarkand"),
])
def test_an_object_at_hand_still_places_the_doer(
        pipe: Pipeline, text: str, trigger: str, where: str) -> None:
    """The object of a participle of doing or attending is where the doer is."""
    assert name_of(place(pipe, text, trigger)) == where



@pytest.mark.parametrize("text,trigger,where", [
    ("The ministers, meeting in Nairobi, signed the accord in Geneva on Monday.", "signed",
     "Geneva"),
    ("The envoys, gathered in Doha, signed the truce at a ceremony in Cairo.", "signed",
     "Cairo"),
    ("Soldiers stationed near Kandahar opened fire on a wedding party in Herat province.",
     "opened", "Herat"),
    ("Touring a camp near Goma, the envoy met the governor in Kinshasa.", "met",
     "Kinshasa"),
])
def test_a_clause_that_names_its_own_place_wins(
        pipe: Pipeline, text: str, trigger: str, where: str) -> None:
    """review58: the doer's whereabouts yield to a place the trigger's own
    clause names (the place chooser preferred the participle's place)."""
    assert name_of(place(pipe, text, trigger)) == where


@pytest.mark.parametrize("text,trigger,before", [
    ("Having been stationed in Iraq in 2004, the veteran condemned the war.", "condemned",
     "Iraq"),
    ("Having been trapped in Mariupol for weeks, the soldiers surrendered to Russian forces.",
     "surrendered", "Mariupol"),
    ("Having camped near Kassala for a month, the refugees accused the guards of abuse.",
     "accused", "Kassala"),
])
def test_not_a_perfect_participle_of_an_earlier_state(
        pipe: Pipeline, text: str, trigger: str, before: str) -> None:
    """review58: "having been stationed in Iraq" tells where the doer was
    before the act, not where it acts."""
    assert name_of(place(pipe, text, trigger)) != before


@pytest.mark.parametrize("text,trigger,where", [
    ("Migrants stuck near Tijuana stormed the border fence.", "stormed", "Tijuana"),
    ("The pilgrims, stuck at a checkpoint near Rafah, clashed with the guards.", "clashed",
     "Rafah"),
    ("Travellers stuck in the airport at Dubai attacked the airline staff.", "attacked",
     "Dubai"),
])
def test_stuck_is_a_participle_of_being_there(
        pipe: Pipeline, text: str, trigger: str, where: str) -> None:
    """review58: the lemma of "stuck" is "stick"; the list held "stuck",
    which no lemma matches."""
    assert name_of(place(pipe, text, trigger)) == where
