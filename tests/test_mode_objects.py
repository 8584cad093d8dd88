"""Modes decided by what the act is done to or accuses of
(eventwire/stages/events/mode_objects.py): a vessel held is property
seized; an accusation of not acting stays an allegation (relabel49); a
raid, a storming or a car pulled over takes nothing (modes32); a vessel driven out is no
deportation (types38); a mass killing is no
targeted killing (the ``targeted`` cues of modes.yaml). Sentences written
for these tests."""

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


def check(pipe: Pipeline, text: str, word: str, kind: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == (kind, mode), (event.trigger.text, event.rules)


HELD = [
    # a vessel held: seize
    ("Greek port police detained a Panama-flagged freighter off Crete on Friday.",
     "detained", "COERCE", "seize"),
    ("The navy seized two fishing trawlers near the disputed atoll.", "seized", "COERCE",
     "seize"),
    ("Lisbon protested over the detention of the tanker Aurora by Moroccan forces.",
     "detention", "COERCE", "seize"),
    # controls: people held, or a crew held beside its ship, stay arrests
    ("Coast guard officers detained the captain of the ferry in Piraeus.", "detained",
     "COERCE", "arrest"),
    ("Police detained eleven sailors and their boat at the harbour.", "detained", "COERCE",
     "arrest"),
    ("Border guards arrested three smugglers near the river crossing.", "arrested", "COERCE",
     "arrest"),
]

OMISSION = [
    # an accusation of not acting is an accusation too: allege (the guide's
    # "Mode decisions across the record sets", relabel49; disapprove until then)
    ("Farmers accused the water board of failing to repair the dykes before the storm.",
     "accused", "ACCUSE", "allege"),
    ("The union accused the ministry of neglecting rural clinics for a decade.", "accused",
     "ACCUSE", "allege"),
    ("Lawmakers accused the regulator of ignoring warnings about the bank.", "accused",
     "ACCUSE", "allege"),
    # and so is an accusation of a wrongful act
    ("Prosecutors accused the mayor of taking bribes from two builders.", "accused",
     "ACCUSE", "allege"),
    ("The ministry accused the neighbouring state of arming the rebels.", "accused", "ACCUSE",
     "allege"),
]

KILLINGS = [
    # the killing of a group: no mode
    ("Villagers said soldiers massacred dozens of herders near the well.", "massacred",
     "ASSAULT", None),
    ("Militiamen executed nine prisoners behind the school, witnesses said.", "executed",
     "ASSAULT", None),
    ("Insurgents beheaded four farmers in the hamlet on Sunday.", "beheaded", "ASSAULT", None),
    # control: an assassination stays targeted
    ("Gunmen assassinated the provincial governor outside his office.", "assassinated",
     "ASSAULT", "targeted"),
]


@pytest.mark.parametrize("text,word,kind,mode", HELD + OMISSION + KILLINGS)
def test_rules(pipe: Pipeline, text: str, word: str, kind: str, mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", HELD[:3] + OMISSION[:3] + KILLINGS[:3])
def test_the_chooser_keeps_the_classes(shipped: Pipeline, text: str, word: str, kind: str,
                                       mode: str | None) -> None:
    check(shipped, text, word, kind, mode)


HOSED = [
    # a water cannon on a vessel: no mode
    ("A Chinese coast guard cutter fired water cannon at a Vietnamese fishing boat.", "fired",
     "ASSAULT", None),
    ("The patrol ship used water cannon against the supply vessel near the reef.", "used",
     "ASSAULT", None),
    ("Two coast guard vessels fired water cannon at the trawler for an hour.", "fired",
     "ASSAULT", None),
    # controls: a water cannon on a crowd, or beside tear gas, stays crowd control
    ("Riot police fired water cannon at the marchers outside the ministry.", "fired",
     "ASSAULT", "crowd-control"),
    ("Police fired tear gas and water cannon at protesters near the port's ferry terminal.",
     "fired", "ASSAULT", "crowd-control"),
    # controls (review52): a craft only named in a place or an owner is not
    # the one hosing or hosed ("near the yacht club", "the carrier's offices")
    ("Police attacked protesters with water cannon near the yacht club.", "attacked",
     "ASSAULT", "crowd-control"),
    ("Officers fired water cannon at striking pilots outside the carrier's offices.",
     "fired", "ASSAULT", "crowd-control"),
    ("Riot police used water cannon on marchers by the ferry pier on Sunday.", "used",
     "ASSAULT", "crowd-control"),
]


@pytest.mark.parametrize("text,word,kind,mode", HOSED)
def test_water_cannon_on_vessels(pipe: Pipeline, text: str, word: str, kind: str,
                                 mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


# class *entering or searching is no taking* (modes32)
ENTERED = [
    ("Police raided the opposition leader's home before dawn on Tuesday.", "raided",
     "COERCE", None),
    ("Security forces stormed the vice-president's residence in the capital.", "stormed",
     "COERCE", None),
    ("A patrol officer pulled the driver over near the bridge.", "pulled", "COERCE", None),
    # a taking named in the raid's own clause, or the taking itself, stays seize
    ("Agents raided the warehouse to confiscate 300 rifles.", "raided", "COERCE", "seize"),
    ("Police raided the warehouse and confiscated 300 rifles.", "confiscated", "COERCE",
     "seize"),
]


@pytest.mark.parametrize("text,word,kind,mode", ENTERED)
def test_entering_is_no_taking(pipe: Pipeline, text: str, word: str, kind: str,
                               mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", ENTERED[:3])
def test_the_chooser_keeps_entering(shipped: Pipeline, text: str, word: str, kind: str,
                                    mode: str | None) -> None:
    check(shipped, text, word, kind, mode)


# class *a vessel driven out is no deportation* (types38)
EXPELLED = [
    ("The coast guard expelled two fishing boats from the shoal on Monday.", "expelled",
     "COERCE", None),
    ("Three trawlers were expelled from the bay by patrol ships.", "expelled", "COERCE", None),
    ("The navy said the expulsion of the vessels ended the standoff.", "expulsion", "COERCE",
     None),
    # people driven out of a country stay a deportation
    ("Tanzania expelled about 300 Burundian farmers from the border district.", "expelled",
     "COERCE", "deport"),
    ("Thailand expelled two foreign journalists on Friday.", "expelled", "COERCE", "deport"),
]


@pytest.mark.parametrize("text,word,kind,mode", EXPELLED)
def test_a_vessel_driven_out_is_no_deportation(pipe: Pipeline, text: str, word: str,
                                               kind: str, mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", EXPELLED[:2])
def test_the_chooser_keeps_vessels_driven_out(shipped: Pipeline, text: str, word: str,
                                              kind: str, mode: str | None) -> None:
    check(shipped, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # a vessel named by its name or a pronoun, or by its fishing gear, is a
    # vessel held (modes59)
    ("Port police detained the fishing vessel Captain Ivanov after an inspection.",
     "detained", "COERCE", "seize"),
    ("Inspectors boarded a Spanish trawler and detained it for fishing without a licence.",
     "detained", "COERCE", "seize"),
    ("The navy detained a Taiwanese longliner in the exclusive economic zone.", "detained",
     "COERCE", "seize"),
    # controls: a person named, a person pronoun, a crew beside the named vessel
    ("Police detained the activist Maria Lopez outside the court.", "detained", "COERCE",
     "arrest"),
    ("Officers stopped the lorry and detained him at the border.", "detained", "COERCE",
     "arrest"),
    ("Marines boarded the freighter Blue Dawn and detained its crew.", "detained", "COERCE",
     "arrest"),
])
def test_vessel_named_by_name_pronoun_or_gear(pipe: Pipeline, text: str, word: str,
                                              kind: str, mode: str | None) -> None:
    check(pipe, text, word, kind, mode)
