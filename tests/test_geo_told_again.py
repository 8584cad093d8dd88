"""The class of ``eventwire/stages/geo/told_again.py`` (place38): an attack
named again by a singular definite or possessed incident noun, in a
sentence that gives it no place, happened at the scene the article gave the
attack. Articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, PlaceMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.place_scope import VARIANTS
from eventwire.stages.geo.told_again import kind_of_words
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


KUJE = ("Gunmen opened fire on a wedding party in the village of Kuje on Saturday, killing "
        "nine guests, police said.\n")
KADUNA = ("Gunmen kidnapped 20 students from a school in Kaduna on Thursday.\nThe state "
          "government condemned the abduction and deployed troops.\n")


@pytest.mark.parametrize("text,trigger,town", [
    (KUJE + "The governor condemned the attack and promised to find those responsible.\n",
     "attack", "Kuje"),
    ("A suicide bomber blew himself up at a checkpoint in Kirkuk on Monday, killing four "
     "soldiers.\nNo group has claimed the bombing so far, officials said.\n", "bombing",
     "Kirkuk"),
    ("Rebels ambushed an army convoy near Beni on Tuesday, killing 14 soldiers.\nThe army "
     "blamed the ADF militia for the ambush.\n", "ambush", "Beni"),
    ("Israeli aircraft struck a house in Khan Younis overnight, killing a family of five, "
     "medics said.\nThe military said it was looking into the strike.\n", "strike",
     "Khan Younis"),
    (KADUNA, "abduction", "Kaduna"),
    # review91: a dateline city is the focus; the scene named again is the attack's
    ("KABUL (Reuters) - A bomb exploded at a mosque in Kunduz during Friday prayers, "
     "killing dozens, officials said.\nThe Taliban said it was investigating the "
     "bombing.\n", "bombing", "Kunduz"),
])
def test_an_attack_named_again_takes_its_scene(pipe: Pipeline, text: str, trigger: str,
                                               town: str) -> None:
    got = place(pipe, text, trigger)
    assert name_of(got) == town and got is not None and got.basis == "scene"


@pytest.mark.parametrize("text,trigger", [
    # a plural names a series or a wider class, not the one incident
    (KUJE + "The governor condemned the attacks and promised to find those responsible.\n",
     "attacks"),
    # an indefinite noun is a new act ("an attack on a market" in March)
    (KUJE + "In March, militants launched an attack on a market, the governor said.\n",
     "attack"),
    # a noun dated to a month or a year of its own is another, earlier incident
    (KUJE + "The governor said the same gang had carried out the March 2021 attack, which "
     "killed 12 farmers.\n", "attack"),
    (KUJE + "Residents said the gang wanted revenge for the killing of its leader last "
     "month.\n", "killing"),
    # the earlier attack is placed only by its country: no scene to carry
    ("Gunmen opened fire on a wedding party in Nigeria on Saturday, killing nine guests, "
     "police said.\nThe governor condemned the attack and promised to find those "
     "responsible.\n", "attack"),
])
def test_no_scene_for_a_plural_an_indefinite_or_dated_noun_or_a_country(pipe: Pipeline, text: str,
                                                               trigger: str) -> None:
    got = place(pipe, text, trigger)
    assert got is None or got.basis != "scene"


def test_a_new_act_told_by_a_verb_is_not_the_incident_named_again(pipe: Pipeline) -> None:
    """"The gunmen also shot a policeman" is the story's next act, not the
    attack named again: the class leaves it to the other rules."""
    text = KUJE + "The gunmen also shot a policeman as they fled, police said.\n"
    got = place(pipe, text, "shot")
    assert got is None or got.basis != "scene"


def test_told_again_is_a_switchable_class(pipe: Pipeline,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(VARIANTS, "told_again", False)
    assert place(pipe, KADUNA, "abduction") is None


# place62: a shooting, killing or bombing told again by a verb or noun of the
# same kind, in a sentence that names no place (``told_again.same_kind_scenes``)
EALING = ("A gunman opened fire in a bar in Ealing on Friday night, wounding three men, police "
          "said.\n")


def last_place(pipe: Pipeline, text: str, trigger: str) -> PlaceMention | None:
    """The stated place of the last event ``trigger`` (a focus place is none)."""
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    assert isinstance(events, list)
    event = [e for e in events if e.mention.trigger.text == trigger][-1]
    got = event.mention.place
    return None if got is None or got.basis == "focus" else got


@pytest.mark.parametrize("text,trigger,town", [
    (EALING + "Witnesses said the man fired at least six shots before running away.\n", "fired",
     "Ealing"),
    ("A teenager was shot dead outside a nightclub in Leeds early on Sunday, police said.\n"
     "He was shot twice in the chest and died at the scene.\n", "shot", "Leeds"),
    ("Two farmers were killed in an ambush near Maiduguri on Sunday, officials said.\nThe "
     "gunmen killed them as they returned from their fields, a relative said.\n", "killed",
     "Maiduguri"),
    ("Police shot a man armed with a knife at a railway station in Lyon on Wednesday.\nThe "
     "officers fired four times after he refused to drop the weapon, prosecutors said.\n",
     "fired", "Lyon"),
])
def test_a_shooting_told_again_by_its_kind_takes_its_scene(pipe: Pipeline, text: str,
                                                           trigger: str, town: str) -> None:
    got = last_place(pipe, text, trigger)
    assert name_of(got) == town and got is not None and got.basis == "scene"


@pytest.mark.parametrize("text,trigger", [
    # a denied act happened nowhere
    (EALING + "Police denied that officers had fired at the man.\n", "fired"),
    # another kind of violence is another act of the story
    (EALING + "Hours later, youths beat a shopkeeper with sticks, witnesses said.\n", "beat"),
    # a threat to shoot again is no shooting
    (EALING + "The man would shoot again if released, his neighbour warned.\n", "shoot"),
])
def test_no_scene_for_a_denied_act_another_kind_or_a_threat(pipe: Pipeline, text: str,
                                                            trigger: str) -> None:
    got = last_place(pipe, text, trigger)
    assert got is None or got.basis != "scene"


@pytest.mark.parametrize("words,kind", [
    ("shot", "shooting"), ("opened fire", "shooting"), ("gunned down", "shooting"),
    ("murdered", "killing"), ("car bombing", "bombing"), ("explosion", "bombing"),
    ("attacked", None), ("firefighters", None), ("ceasefire", None),
])
def test_kind_of_words(words: str, kind: str | None) -> None:
    assert kind_of_words(words) == kind


def test_same_kind_is_a_switchable_class(pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    text = EALING + "Witnesses said the man fired at least six shots before running away.\n"
    monkeypatch.setitem(VARIANTS, "same_kind", False)
    got = last_place(pipe, text, "fired")
    assert got is None or got.basis != "scene"
