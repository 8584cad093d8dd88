"""Class *a downed aircraft stands for the side that flew it*
(eventwire/stages/events/downed_aircraft.py, recips27). Every sentence here
was written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.downed_aircraft import downed_object
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,word", [
    ("Algeria said its air force destroyed a drone that had entered its airspace.",
     "destroyed", "drone"),
    ("The drone was shot down over Kharkiv late on Sunday, Ukrainian officials said.",
     "shot", "drone"),
    ("The insurgents said they had shot down a helicopter in the north of Mali.",
     "shot", "helicopter"),
])
def test_the_downed_aircraft_is_the_recipient(event_pipe: Pipeline, text: str, trigger: str,
                                              word: str) -> None:
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert ev.recipient.sectors == ["MIL"], ev.recipient


@pytest.mark.parametrize("text,word", [
    ("Air defences downed six of the drones before dawn.", "drones"),
    ("Gunners shot down an enemy jet near the coast.", "jet"),
    ("The frigate intercepted two planes over the strait.", "planes"),
])
def test_what_is_brought_down(spacy_nlp: Language, text: str, word: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    obj = downed_object(verb)
    assert obj is not None and obj.text == word


@pytest.mark.parametrize("text", [
    "The militia launched drones at the base in Erbil.",
    "Engineers shot footage of the new jet at the air show.",
    "Workers destroyed the old warehouse near the port.",
    "The rebels flew a drone over the barracks.",
])
def test_a_drone_launched_or_a_thing_destroyed_is_not_downed(spacy_nlp: Language,
                                                             text: str) -> None:
    assert all(downed_object(t) is None for t in spacy_nlp(text))


@pytest.mark.parametrize("words,lemmas,deps,heads", [
    (["Gunners", "shot", "the", "drone", "down"], ["gunner", "shoot", "the", "drone", "down"],
     ["nsubj", "ROOT", "det", "dobj", "advmod"], [1, 1, 3, 1, 1]),
    (["Marines", "shot", "two", "helicopters", "down"],
     ["marine", "shoot", "two", "helicopter", "down"],
     ["nsubj", "ROOT", "nummod", "dobj", "prep"], [1, 1, 3, 1, 1]),
    (["They", "shot", "a", "jet", "down"], ["they", "shoot", "a", "jet", "down"],
     ["nsubj", "ROOT", "det", "dobj", "advmod"], [1, 1, 3, 1, 1]),
])
def test_shot_down_whatever_the_particles_label(spacy_nlp: Language, words: list[str],
                                                lemmas: list[str], deps: list[str],
                                                heads: list[int]) -> None:
    """review42: "down" after the object is labelled prt, advmod or prep by
    the parser; the aircraft is brought down in each (the one test of
    shooting down, ``weapon_verbs.downs_aircraft``)."""
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP"]
    doc = Doc(spacy_nlp.vocab, words=words, lemmas=lemmas, deps=deps, heads=heads, pos=pos)
    obj = downed_object(doc[1])
    assert obj is not None and obj.i == 3
