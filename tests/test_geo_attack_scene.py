"""The class of ``eventwire/stages/geo/attack_scene.py`` (place24): an attack
told again under a dateline happened at the scene the article gave it, not
where the copy was filed. Articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.place_scope import VARIANTS
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


MANDERA = ("NAIROBI, May 9 (Reuters) - Gunmen killed 12 people in an attack on a bus near "
           "Mandera on Sunday, police said.\nThe attackers opened fire on the passengers on "
           "Sunday before fleeing towards the border, a police officer said.\n")


@pytest.mark.parametrize("text,trigger,town", [
    (MANDERA, "opened", "Mandera"),
    ("ADDIS ABABA, May 9 (AFP) - Militiamen attacked an army camp outside Gondar on Monday, "
     "officials said.\nThe fighters killed at least 11 soldiers on Monday, a local official "
     "told AFP.\n", "killed", "Gondar"),
    ("BOGOTA, May 9 (AP) - Rebels bombed a police station in Cucuta on Sunday, the army "
     "said.\nThe rebels also shot two officers on Sunday as they fled, the army said.\n",
     "shot", "Cucuta"),
])
def test_an_attack_told_again_under_a_dateline_happens_at_its_scene(
        pipe: Pipeline, text: str, trigger: str, town: str) -> None:
    got = place(pipe, text, trigger)
    assert name_of(got) == town and got is not None and got.basis == "scene"


@pytest.mark.parametrize("text,trigger,other", [
    ("NAIROBI, May 9 (Reuters) - Gunmen attacked a bus near Thika on Sunday, police "
     "said.\nThe gunmen shot two passengers on Sunday, a police officer said.\n", "shot",
     "Thika"),
    ("LAGOS, May 9 (Reuters) - Gunmen attacked a convoy in Niger on Sunday, officials "
     "said.\nThe gunmen killed five soldiers on Sunday, an army officer said.\n", "killed",
     "Niger"),
    ("NAIROBI, May 9 (Reuters) - Gunmen killed 12 people near Mandera on Sunday, police "
     "said.\nPolice arrested three suspects on Monday, a police officer said.\n", "arrested",
     "Mandera"),
])
def test_no_scene_beside_the_dateline_no_country_and_only_attacks(
        pipe: Pipeline, text: str, trigger: str, other: str) -> None:
    """A scene within 161 km is the dateline's own; a country names no
    scene; an arrest after the attack is the police's own act."""
    assert name_of(place(pipe, text, trigger)) != other


def test_the_attack_scene_is_a_switchable_class(pipe: Pipeline,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(VARIANTS, "attack_scene", False)
    assert name_of(place(pipe, MANDERA, "opened")) != "Mandera"


def test_a_later_attack_placed_in_a_country_ends_the_earlier_scene(pipe: Pipeline) -> None:
    """The scene is the *last* earlier attack's: when that one is placed only
    by its country ("stormed a base in Somalia") the attack told again after
    it is that one's, whose town the text does not give — not the earlier
    attack's scene (Mandera)."""
    text = ("NAIROBI, May 9 (Reuters) - Gunmen killed 12 people in an attack on a bus near "
            "Mandera on Sunday, police said.\nIn a separate attack, militants stormed a base "
            "in Somalia on Sunday, officials said.\nThe attackers killed three soldiers on "
            "Sunday, an officer said.\n")
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    last = [e for e in events if e.mention.trigger.text == "killed"][-1]
    assert last.mention.place is None or last.mention.place.basis != "scene"
