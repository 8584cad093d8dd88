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


def _first_span(pipe: Pipeline, text: str, word: str):  # type: ignore[no-untyped-def]
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    i = [t.text for t in doc].index(word)
    return doc[i:i + 1]


@pytest.mark.parametrize("text,arson", [
    # modes57: the fire as the thing set -- a passive subject or the head of
    # the relative clause of "set"
    ("Investigators said the fire was set near the back door of the library.", True),
    ("The blaze, which was deliberately set in a storeroom, gutted the community hall.", True),
    ("Police believe the flames were set by someone who broke into the garage.", True),
    # an arsonist as the doer of "set"
    ("The old cinema may have been set by an arsonist, the fire brigade said.", True),
    # controls: a phrasal "set off", no fire at all
    ("Firefighters said the alarm was set off by a faulty heater.", False),
    ("The fire was set off by a faulty heater in the basement.", False),
    ("The table was set for twelve guests.", False),
])
def test_a_fire_told_as_the_thing_set(pipe: Pipeline, text: str, arson: bool) -> None:
    from eventwire.stages.events.arson import sets_property_on_fire
    from eventwire.stages.events.mode_words import person_nouns

    assert sets_property_on_fire(_first_span(pipe, text, "set"), person_nouns()) is arson


@pytest.mark.parametrize("text,word,mode", [
    # modes57: an arsonist as the doer of an attack on a thing
    ("A mosque in the northern suburb was attacked by arsonists early on Sunday.", "attacked",
     "destroy"),
    ("An arsonist attacked the timber yard on Tuesday night.", "attacked", "destroy"),
    ("The depot was attacked overnight by an arsonist, the council said.", "attacked",
     "destroy"),
])
def test_an_arsonist_doer_is_arson(pipe: Pipeline, text: str, word: str, mode: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), event.trigger.text


def test_an_arsonist_attacking_people_is_no_arson(pipe: Pipeline) -> None:
    event = event_at(pipe, "Two nuns were attacked by an arsonist outside the convent.",
                     "attacked")
    assert event.mode != "destroy", (event.type, event.trigger.text)
