"""A person held in custody (eventwire/stages/events/custody_holds.py).
Every sentence here was written for these tests (none from a record set or
a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from eventwire.stages.events.custody_holds import custody_construction, headline_held


def held(nlp: Any, text: str) -> Token:
    return next(t for t in nlp(text) if t.lower_ == "held")


@pytest.mark.parametrize("text", [
    "The magistrate ordered the two men held without bail.",
    "A judge in Tunis ordered the blogger held for ten days.",
    "She was ordered held pending a psychiatric evaluation.",
])
def test_held_on_an_order(spacy_nlp: Any, text: str) -> None:
    assert custody_construction(held(spacy_nlp, text)) == "ordered"


@pytest.mark.parametrize("text", [
    "A regional court ordered Petrosyants held for two months.",
    "The magistrate ordered all five held in detention for thirty days.",
    "After the bail hearing, Delacroix, 37, was ordered held on three counts of fraud.",
])
def test_held_on_an_order_of_one_no_listed_person(spacy_nlp: Any, text: str) -> None:
    """real66: an untagged name, a bare count, and a name the parser hangs as
    the apposition of a fronted adjunct read as the passive subject."""
    assert custody_construction(held(spacy_nlp, text)) == "ordered"


@pytest.mark.parametrize("text", [
    "The council ordered the referendum held in June.",
    "The judge ordered the seized documents held until the trial.",
    "After the vote, the motion, a formality, was ordered held over to May.",
])
def test_a_thing_held_on_an_order_is_no_custody(spacy_nlp: Any, text: str) -> None:
    assert custody_construction(held(spacy_nlp, text)) is None


@pytest.mark.parametrize("text", [
    "The union demanded the release of three reporters held without charge.",
    "Lawyers for the five men held at the air base filed a new appeal.",
    "The embassy is seeking access to two citizens held in a desert camp.",
])
def test_held_after_a_person_noun(spacy_nlp: Any, text: str) -> None:
    assert custody_construction(held(spacy_nlp, text)) == "reduced-rel"


@pytest.mark.parametrize("text", [
    "The militia held the two officials at a farm for a week.",
    "Guards held him in a cell overnight before the hearing.",
    "The kidnappers held the tourists for three months in the hills.",
])
def test_held_as_the_object(spacy_nlp: Any, text: str) -> None:
    assert custody_construction(held(spacy_nlp, text)) == "active"


@pytest.mark.parametrize("text", [
    "Two students were detained on Monday and are being held at a police station.",
    "The mayor was arrested at dawn and has been held since then.",
    "The activist has been held without charge since March.",
])
def test_held_in_the_passive(spacy_nlp: Any, text: str) -> None:
    assert custody_construction(held(spacy_nlp, text)) == "passive"


@pytest.mark.parametrize("text", [
    "The ministers held talks in Nairobi on Friday.",
    "A rally was held outside the court after sunset.",
    "The court ordered the election held in two rounds.",
    "Rebels held the bridge for two days.",
    "The inquiry held the officers responsible for the deaths.",
    "A festival held every spring draws thousands of pilgrims.",
    "The convoy was held up by snow on the pass.",
])
def test_no_custody(spacy_nlp: Any, text: str) -> None:
    assert custody_construction(held(spacy_nlp, text)) is None


@pytest.mark.parametrize("text", [
    "Parliament held the minister in contempt for refusing to testify.",
    "Her colleagues held him in high esteem for decades.",
    "At the clinic the nurse held him in her arms for an hour.",
    "Voters held the mayor to his promise in November.",
    "The lawyer was held in contempt of court on Tuesday.",
])
def test_an_attitude_or_an_embrace_is_no_custody(spacy_nlp: Any, text: str) -> None:
    """review82: "held X in contempt / in high esteem / in her arms", "held
    X to a promise" have a person object and an "in"/"to" phrase but hold
    no one in custody."""
    assert custody_construction(held(spacy_nlp, text)) is None


@pytest.mark.parametrize("text", [
    "The soldiers were held off by the rebels for two days.",
    "Students were held back a year because of the strike.",
    "The candidate, held aloft by cheering supporters, waved to the crowd.",
    "The president held the minister at arm's length for months.",
    "The rebels were held at bay by the army near the river.",
])
def test_a_phrasal_or_figurative_hold_is_no_custody(spacy_nlp: Any, text: str) -> None:
    """review82: "held off / back" (any particle, not only "up"), "held
    aloft", "held at bay / at arm's length" keep no one in custody."""
    assert custody_construction(held(spacy_nlp, text)) is None


@pytest.mark.parametrize("text", [
    "The gang held the tourists hostage for a week.",
    "Gunmen held him at gunpoint in the shop for an hour.",
    "The kidnappers held the journalist hostage in a cave.",
])
def test_a_captive_is_left_to_the_abduction_class(spacy_nlp: Any, text: str) -> None:
    """review82: a person held hostage, captive or at gunpoint is the
    abduction of ``physical.holds_captive`` (ASSAULT abduct), which the
    active custody construction must not take as an arrest."""
    from eventwire.stages.events.detection import construction

    tok = held(spacy_nlp, text)
    assert custody_construction(tok) is None
    assert construction(tok) == ("ASSAULT", "abduct", "captive")


@pytest.mark.parametrize("text", [
    "We will not let the cartels hold the whole city hostage.",
    "The strikers held the port hostage for a week.",
    "Critics say the lobby has held the budget hostage since spring.",
])
def test_a_place_or_a_thing_held_hostage_is_no_abduction(spacy_nlp: Any, text: str) -> None:
    """review82: "hold a city hostage" is a figure of speech; only a person
    before the misparsed "hostage" is a captive."""
    from eventwire.stages.events.physical import holds_captive

    tok = next(t for t in spacy_nlp(text) if t.lemma_ == "hold")
    assert not holds_captive(tok)


@pytest.mark.parametrize("text,one", [
    ("Farmer held after neighbour's barn burned\nPolice in Cork said the fire began at night.",
     "Farmer"),
    ("Riot police clear square in Tbilisi, 14 held\nPolice moved in at dawn on Sunday.", "14"),
    ("Opposition defies ban on march in Minsk; dozens held\nThe march went ahead.", "dozens"),
    ("Nurse held over deaths at care home\nThe home was shut.", "Nurse"),
])
def test_a_headline_held_with_its_auxiliary_dropped(spacy_nlp: Any, text: str,
                                                    one: str) -> None:
    """headlines62: "Man held after ...", "..., 19 held", "...; dozens held":
    a headline's "held" with no auxiliary, a person or a count its subject."""
    tok = held(spacy_nlp, text)
    assert custody_construction(tok) == "headline"
    found = headline_held(tok)
    assert found is not None and found.text == one


@pytest.mark.parametrize("text", [
    "Peace talks held in Geneva as fighting rages\nThe talks ended without a deal.",
    "Election held after months of delay\nVoters queued from dawn.",
    "Minister held talks with rebels in Goma\nThe talks ended on Friday.",
    "Police raid farm near Cork\nThe farmer held that he was innocent.",  # not the headline
])
def test_no_headline_held(spacy_nlp: Any, text: str) -> None:
    assert headline_held(held(spacy_nlp, text)) is None


@pytest.mark.parametrize("text,one", [
    ("Farmer held after neighbour's barn burned\nPolice in Cork said the fire began at night.",
     "Farmer"),
    ("Riot police clear square in Tbilisi, 30 held\nPolice moved in at dawn on Sunday.", "30"),
    ("Opposition defies ban on march in Minsk; dozens held\nThe march went ahead.", "dozens"),
])
def test_a_headline_held_one_undergoes(event_pipe: Any, text: str, one: str) -> None:
    from tests.conftest import events_of

    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == "held")
    assert ev.type == "COERCE" and ev.recipient is not None and one in ev.recipient.text, \
        (ev.type, ev.recipient)
    assert ev.actor is None or one not in ev.actor.text
