"""A doer named by the gun is no weapon of an assault on a place
(eventwire/stages/events/armed_doers.py, modes34). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


@pytest.fixture(scope="module")
def shipped() -> Pipeline:
    """The shipped pipeline: the learned mode chooser over the rules."""
    return Pipeline(Settings(), components=("eventwire_actors", "eventwire_events"))


CASES = [
    # the doers' name alone: firearms (relabel52 q3, modes41; modes34 gave none)
    ("Masked gunmen stormed a radio station in Kasese on Sunday.", "stormed", "firearms"),
    ("Gunmen attacked a customs post near the northern border overnight.", "attacked",
     "firearms"),
    ("Armed gunmen clashed with forest rangers inside the reserve on Tuesday.", "clashed",
     "firearms"),
    # controls: a gun named in the clause, a harm to people, another weapon
    ("Gunmen armed with rifles stormed the depot before dawn.", "stormed", "firearms"),
    ("Gunmen killed four farmers in the village of Dogo on Friday.", "killed", "firearms"),
    ("Gunmen attacked the police station with grenades on Monday.", "attacked",
     "explosives"),
]


@pytest.mark.parametrize("text,word,mode", CASES)
def test_rules(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), (event.trigger.text, event.rules)


@pytest.mark.parametrize("text,word,mode", CASES[:3])
def test_shipped(shipped: Pipeline, text: str, word: str, mode: str | None) -> None:
    event = event_at(shipped, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), (event.trigger.text, event.rules)


# review77: the doers' other acts told with the trigger (a coordinated verb or
# a participle clause without a subject of its own) count as the clause
OTHER_ACTS = [
    ("Gunmen stormed the bank and shot two guards.", "stormed", "firearms"),
    ("Gunmen stormed a church in Ondo and opened fire on worshippers.", "stormed",
     "firearms"),
    ("Masked gunmen attacked the convoy and sprayed the lorries with bullets.", "attacked",
     "firearms"),
    # a conjunct with doers of its own, another act naming no gun: still the gunmen's
    ("Gunmen stormed the courthouse, and the guards opened fire on them.", "stormed",
     "firearms"),
    ("Gunmen stormed the school and abducted forty pupils.", "stormed", "firearms"),
]


@pytest.mark.parametrize("text,word,mode", OTHER_ACTS)
def test_doers_other_acts(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), (event.trigger.text, event.rules)


# relabel52 q3 (modes41): gunmen as the doers are firearms; the act's own weapon,
# an abduction and "armed men" are not
GUNMEN = [
    ("A gunman burst into the clinic at Wamba and attacked the night nurse.", "attacked",
     "ASSAULT", "firearms"),
    ("Unknown gunmen stormed a mining camp outside Lokoja late on Thursday.", "stormed",
     "ASSAULT", "firearms"),
    ("Gunmen on motorcycles assaulted a village checkpoint near the lake.", "assaulted",
     "ASSAULT", "firearms"),
    # near misses: another weapon for the same act, a shelling, armed men, an abduction
    ("Gunmen attacked the barracks with rocket-propelled grenades at dawn.", "attacked",
     "ASSAULT", "explosives"),
    ("Gunmen shelled the market town from the hills on Saturday.", "shelled",
     "ASSAULT", "heavy-weapons"),
    ("Armed men attacked a herders' camp near the river on Monday.", "attacked",
     "ASSAULT", None),
]


@pytest.mark.parametrize("text,word,kind,mode", GUNMEN)
def test_gunmen_are_firearms(pipe: Pipeline, text: str, word: str, kind: str,
                             mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == (kind, mode), (event.trigger.text, event.rules)


def test_gunmen_abduction_keeps_abduct(pipe: Pipeline) -> None:
    event = event_at(pipe, "Gunmen abducted six travellers on the Kaduna road.", "abducted")
    assert event.mode != "firearms", (event.type, event.mode, event.rules)
