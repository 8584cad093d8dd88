"""Weapon verb classes (eventwire/stages/events/weapon_verbs.py) on parsed
sentences written for these tests: who fires, downed aircraft, state bombing."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.weapon_verbs import (
    downs_aircraft,
    fires_a_person,
    people_fire,
    state_bombing,
)


def _verb(nlp: Any, text: str, word: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,expected", [
    ("Officers fired at the suspect as he ran.", True),
    ("Witnesses said Martinez fired twice into the crowd.", True),
    ("The two deputies, who fired at the car, were placed on leave.", True),
    ("The warship fired at the trawler.", True),  # relabel52 q4 (modes41)
    ("He criticised the general, whom Mugabe fired in November.", False),
    ("The president fired the finance minister on Monday.", False),
])
def test_people_fire(spacy_nlp: Any, text: str, expected: bool) -> None:
    assert people_fire(_verb(spacy_nlp, text, "fired")) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("Poland shot down two drones over its territory.", "shot", True),
    ("Air defences downed four drones overnight.", "downed", True),
    ("Police shot a man near the station.", "shot", False),
])
def test_downs_aircraft(spacy_nlp: Any, text: str, word: str, expected: bool) -> None:
    assert downs_aircraft(_verb(spacy_nlp, text, word)) is expected


@pytest.mark.parametrize("text,expected", [
    ("The army bombed three villages in the north.", True),
    ("Thailand bombed two positions across the border.", True),
    ("Militants bombed a bus station in the capital.", False),
])
def test_state_bombing(spacy_nlp: Any, text: str, expected: bool) -> None:
    assert state_bombing(_verb(spacy_nlp, text, "bombed")) is expected


@pytest.mark.parametrize("text,expected", [
    ("The board said two officials were fired on Friday after the audit.", True),
    ("The president fired the interior minister on Friday.", True),
    ("The officer was fired upon as he left the car.", False),
    ("Troops fired shells at the town.", False),
])
def test_fires_a_person(spacy_nlp: Any, text: str, expected: bool) -> None:
    assert fires_a_person(_verb(spacy_nlp, text, "fired")) is expected


@pytest.mark.parametrize("text,word,expected", [
    # class *armed men firing* (modes36): troops, a patrol, personnel, "they"
    ("Witnesses said the rangers fired several times into the air.", "fired", True),
    ("A patrol of gendarmes fired on a pickup that failed to stop.", "fired", True),
    ("The colonel admitted that his servicemen had fired at the protesters.", "fired", True),
    ("Residents said they fired at the bus until it stopped.", "fired", True),
    ("They fired without warning, a farmer said.", "fired", True),
    ("Two marines fired at a speeding car near the checkpoint.", "fired", True),
    ("Villagers accused the soldiers of firing at a wedding party.", "firing", True),
    ("The teenager was accused of firing at a rival from a balcony.", "firing", True),
    # the target of a passive participle is no shooter; a state or a ship is (modes41)
    ("The boat fired upon by the coast guard sank near the reef.", "fired", False),
    ("Seoul denied that the North had fired first during the drill.", "fired", True),
    ("The frigate fired at the skiff before dawn.", "fired", True),
    # review90: firing words or an engine shoots no gun, whoever fires
    ("The troops fired up their engines and drove north at dawn.", "fired", False),
    ("They fired off a complaint to the regulator within hours.", "fired", False),
    ("They fired back at critics in a statement on Tuesday.", "fired", False),
    ("Protesters said troops fired up the crowd with insults.", "fired", False),
])
def test_people_fire_armed_men(spacy_nlp: Any, text: str, word: str, expected: bool) -> None:
    assert people_fire(_verb(spacy_nlp, text, word)) is expected


@pytest.mark.parametrize("text,word,expected", [
    # relabel52 q4 (modes41): a force's bare "fire" is a shot, whoever the force
    ("The patrol boat fired on a fishing dhow that ignored the order to stop.", "fired", True),
    ("The ministry insisted its army had fired only in self-defence.", "fired", True),
    ("Rwanda said Congolese forces fired first across the lake.", "fired", True),
    ("Shots rang out as the militia fired into the market.", "fired", True),
    # what a shooter fires is no dismissal ("fired their weapons", "fired it")
    ("The guards fired their weapons as the lorry sped towards the gate.", "fired", True),
    ("She grabbed the pistol from the drawer and fired it twice.", "fired", True),
    # near misses: a dismissal, an engine, words
    ("The club fired the coach after a fourth straight defeat.", "fired", False),
    ("The navy fired up the engines of its new corvette.", "fired", False),
    ("The ministry fired off a letter to the embassy.", "fired", False),
])
def test_force_fire(spacy_nlp: Any, text: str, word: str, expected: bool) -> None:
    assert people_fire(_verb(spacy_nlp, text, word)) is expected
