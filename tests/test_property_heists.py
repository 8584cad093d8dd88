"""A robbery's force on property that harms no person is no event
(``eventwire/stages/events/property_heists.py``, branch real64): sentences
written for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def triggers(pipe: Pipeline, text: str) -> list[str]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    assert doc is not None
    evs: list[EventMention] = list(doc._.events)
    return [e.trigger.text.split()[0] for e in evs]


@pytest.mark.parametrize("text,word", [
    # a car rammed into a shop by thieves
    ("Burglars rammed a stolen van into the front of a Lyon jeweller before dawn and "
     "escaped with rings worth 400,000 euros.", "rammed"),
    # the force told beside the goods taken, no thief word
    ("Three masked men drove a pickup truck into a watch shop in Milan on Tuesday, "
     "smashing the display cases and grabbing dozens of luxury watches.", "smashing"),
    # the getaway car burned, the theft told in the sentence before
    ("Two men crashed a van through the doors of a Ghent jeweller and took necklaces "
     "worth a million euros. The robbers later set fire to the van on a country lane.",
     "set"),
    # a place 'hit by' a heist (a headline)
    ("Madrid boutique hit by 1-million-euro jewellery heist", "hit"),
    # a place targeted by thieves
    ("Thieves targeted an auction house in Geneva last month, stealing two paintings.",
     "targeted"),
    # a shop stormed by robbers, a passive
    ("A Vienna watch boutique was stormed by three robbers who fled with 40 watches.",
     "stormed"),
])
def test_a_robbery_of_property_is_no_event(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(pipe, text)


@pytest.mark.parametrize("text,word", [
    # a person harmed in the robbery
    ("Two robbers stormed a bank branch in Porto and shot a security guard before "
     "escaping with cash.", "stormed"),
    ("The robbers beat the jeweller and stole his watches.", "beat"),
    # a crowd's smashing and looting is a riot
    ("Protesters smashed shop windows and looted stores in the capital overnight.",
     "smashed"),
    # an armed group's or a force's raid
    ("Bandits raided the village, stealing cattle and setting fire to homes.", "raided"),
    ("Police raided a warehouse in Naples and recovered stolen phones.", "raided"),
    # no theft: a car bomb rammed into a gate
    ("The attacker rammed a car loaded with explosives into the gate of the ministry.",
     "rammed"),
    ("Several hundred protesters rammed the gates of parliament with a truck.", "rammed"),
    # rioters' burning beside their looting (looting is no theft cue)
    ("Rioters looted a supermarket and set fire to two buses in the port city.", "set"),
    # the theft of an attack told in the sentence before
    ("Armed men attacked a herders' camp at dawn, killing four people. They also stole "
     "cattle and set fire to the huts.", "set"),
])
def test_force_on_people_crowds_and_forces_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(pipe, text)
