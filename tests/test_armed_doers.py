"""A doer named by the gun is no weapon of an assault on a place
(eventwire/stages/events/armed_doers.py, modes34). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The rule cascade alone."""
    return Pipeline(Settings(mode_model="rules"),
                    components=("eventwire_actors", "eventwire_events"))


@pytest.fixture(scope="module")
def shipped() -> Pipeline:
    """The shipped pipeline: the learned mode chooser over the rules."""
    return Pipeline(Settings(), components=("eventwire_actors", "eventwire_events"))


CASES = [
    # the doers' name alone: no mode
    ("Masked gunmen stormed a radio station in Kasese on Sunday.", "stormed", None),
    ("Gunmen attacked a customs post near the northern border overnight.", "attacked", None),
    ("Armed gunmen clashed with forest rangers inside the reserve on Tuesday.", "clashed",
     None),
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
    # control: a conjunct with doers of its own
    ("Gunmen stormed the courthouse, and the guards opened fire on them.", "stormed", None),
    # control: another act of the doers that names no gun
    ("Gunmen stormed the school and abducted forty pupils.", "stormed", None),
]


@pytest.mark.parametrize("text,word,mode", OTHER_ACTS)
def test_doers_other_acts(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), (event.trigger.text, event.rules)
