"""Class *setting property on fire* (eventwire/stages/events/arson.py):
ASSAULT ``destroy``, with sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


@pytest.mark.parametrize("text,word", [
    # "set fire to", "set X on fire", "set X alight / ablaze"
    ("Militants set fire to a district office in the north on Monday.", "set"),
    ("Armed men stormed the village and set several houses on fire.", "set"),
    ("Attackers set the warehouse alight before fleeing into the hills.", "set"),
    ("A militia set dozens of tents ablaze in the camp.", "set"),
    # the noun names the act, or modifies it
    ("Police said the blaze at the mosque was arson.", "arson"),
    ("The group claimed an arson attack on two power stations.", "attack"),
])
def test_fire_set_to_property_is_destroy(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", "destroy"), event.trigger.text


@pytest.mark.parametrize("text,word,mode", [
    ("Rebels hurled stones at the convoy.", "hurled", "primitive"),
    # a weapon named in the clause keeps its mode
    ("Gunmen set him on fire in the market.", "set", "firearms"),
])
def test_other_fires_keep_their_mode(pipe: Pipeline, text: str, word: str, mode: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), event.trigger.text


def test_fire_set_to_a_person_is_no_arson(pipe: Pipeline) -> None:
    from eventwire.stages.events.arson import sets_property_on_fire
    from eventwire.stages.events.mode_words import person_nouns

    text = "Attackers set him on fire outside the station."
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    assert not sets_property_on_fire(doc[1:2], person_nouns())
    assert sets_property_on_fire(
        next(iter(pipe.docs([Article(text="Attackers set the bus on fire.",
                                     published=date(2021, 5, 4))])))[1][1:2], person_nouns())


@pytest.mark.parametrize("text", [
    # "set fire *to* a person": the person hangs from "to", not from the verb
    "Villagers set fire to two suspected thieves near the market.",
    "Attackers set fire to her before fleeing.",
])
def test_fire_set_to_people_through_to_is_no_arson(pipe: Pipeline, text: str) -> None:
    event = event_at(pipe, text, "set")
    assert event.type == "ASSAULT", event.type
    assert event.mode != "destroy", event.trigger.text


@pytest.mark.parametrize("text,word", [
    # relabel60 (a): the verbs that name the fire, on property, whoever burns
    ("Partisans torched three churches in the valley.", "torched"),
    ("Raiders burned the granary and twelve huts at dawn.", "burned"),
    ("The ferry office was torched overnight by masked men.", "torched"),
    ("Soldiers burned down the market stalls after the ambush.", "burned"),
    ("Bandits stormed the settlement, burning homes and a clinic.", "burning"),
])
def test_fire_verbs_on_property_are_destroy(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", "destroy"), event.trigger.text


@pytest.mark.parametrize("text,word", [
    # people burnt: no destruction of property
    ("The militia burned six villagers to death in their church.", "burned"),
    ("Witnesses said the attackers burned two captives alive.", "burned"),
])
def test_fire_verbs_on_people_are_no_arson(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert event.mode != "destroy", (event.type, event.trigger.text)


def test_incendiary_bomb_named_for_the_act_stays_explosives(pipe: Pipeline) -> None:
    """"torched ... with petrol bombs": the bomb named wins (relabel60 (a))."""
    event = event_at(pipe, "Militants torched the tax office with petrol bombs.", "torched")
    assert (event.type, event.mode) == ("ASSAULT", "explosives"), event.trigger.text
