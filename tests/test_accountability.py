"""Holding someone to account and taking a dispute before a body
(eventwire/stages/events/accountability.py, branch events34). Every
sentence here was written for these tests (none from an evaluation set or
a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.accountability import (
    accuses_by_holding,
    holds_responsible,
    takes_case_to_body,
    threatens_to_hold,
)
from tests.conftest import by_trigger


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text,form", [
    ("The government said it will hold the rebel commanders responsible for any bloodshed.",
     "hold"),
    ("Anyone who blocks the highway will be held accountable, the ministry said.", "held"),
    ("We will hold the neighbouring state liable if the shelling goes on.", "hold"),
])
def test_threat_to_hold(spacy_nlp: Any, text: str, form: str) -> None:
    assert threatens_to_hold(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("Kenya holds the militia leaders accountable for the raid on the border post.", "holds"),
    ("The council held the governor responsible for the collapse of the dam.", "held"),
    ("Niamey holds the separatists responsible for the pipeline blast.", "holds"),
])
def test_accusation_by_holding(spacy_nlp: Any, text: str, form: str) -> None:
    tok = word(spacy_nlp, text, form)
    assert accuses_by_holding(tok) and not threatens_to_hold(tok)


@pytest.mark.parametrize("text,form", [
    ("The coach held the ball in his hands and smiled.", "held"),
    ("The party will hold a congress in the spring.", "hold"),
    ("The ministry is responsible for holding elections.", "holding"),
])
def test_no_holding_responsible(spacy_nlp: Any, text: str, form: str) -> None:
    assert not holds_responsible(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("The opposition said it would take the matter to the African Union.", "take"),
    ("Ghana decided last week to take its maritime case to the regional court.", "take"),
    ("The fishermen will bring their complaints to the regional tribunal.", "bring"),
])
def test_case_taken_to_a_body(spacy_nlp: Any, text: str, form: str) -> None:
    assert takes_case_to_body(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("The residents took their grievance to the streets with a march.", "took"),
    ("Rescue teams took the injured to the district hospital.", "took"),
    ("Dockers took the cases of fruit to the warehouse.", "took"),
])
def test_no_case_taken(spacy_nlp: Any, text: str, form: str) -> None:
    assert not takes_case_to_body(word(spacy_nlp, text, form))


def test_in_the_pipeline(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe,
                       "Kenya holds the militia leaders accountable for the raid.")
    assert (found["holds"].type, found["holds"].mode) == ("ACCUSE", "allege")
    found = by_trigger(event_rules_pipe,
                       "A court in the capital issued an arrest warrant for the former minister.")
    assert found["arrest warrant"].type == "ACCUSE"


@pytest.mark.parametrize("text,form", [
    ("The envoy called for those behind the massacre to be held accountable.", "held"),
    ("We demand that the commanders be held to account for the raid.", "held"),
    ("The union urged the board to hold the managers responsible.", "hold"),
])
def test_no_accusation_in_a_demand(spacy_nlp: Any, text: str, form: str) -> None:
    assert not accuses_by_holding(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("The protesters would be dispersed and their leaders held accountable.", "held"),
    ("The gunmen will be found and held responsible for the ambush.", "held"),
    ("The looters are going to be caught and held liable.", "held"),
])
def test_threat_in_a_second_conjunct(spacy_nlp: Any, text: str, form: str) -> None:
    assert threatens_to_hold(word(spacy_nlp, text, form))


def test_threat_is_of_arrest(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe,
                       "The president said the gunmen will be found and held accountable.")
    assert (found["held"].type, found["held"].mode) == ("THREATEN", "arrest")


@pytest.mark.parametrize("text,form", [
    ("Parents should hold the clinic responsible for the mix-up, the column argued.", "hold"),
    ("The officers who fired on the crowd must be held to account, the bishop said.", "held"),
    ("The junta ought to be held liable for the famine, the report concluded.", "held"),
])
def test_obligation_is_no_threat_and_no_accusation(spacy_nlp: Any, text: str, form: str) -> None:
    tok = word(spacy_nlp, text, form)
    assert not threatens_to_hold(tok) and not accuses_by_holding(tok)


@pytest.mark.parametrize("text,form", [
    ("The chairman said he holds his managers accountable for every missed target.", "holds"),
    ("Our teachers will hold pupils responsible for lost library books.", "hold"),
    ("She still holds her sister responsible for selling the farm.", "holds"),
    ("The shipping firm will be held liable for the spoiled cargo.", "held"),
    ("Angry shareholders held the directors responsible for the slump.", "held"),
])
def test_private_holding_is_no_event(spacy_nlp: Any, text: str, form: str) -> None:
    tok = word(spacy_nlp, text, form)
    assert not threatens_to_hold(tok) and not accuses_by_holding(tok)


@pytest.mark.parametrize("text,form", [
    ("The men who set fire to the mosque will be held accountable, the governor said.", "held"),
    ("Ankara holds the separatist commanders responsible for the convoy ambush.", "holds"),
    ("We will hold the occupying forces liable for every death, the ministry warned.", "hold"),
])
def test_public_holding_stays(spacy_nlp: Any, text: str, form: str) -> None:
    tok = word(spacy_nlp, text, form)
    assert threatens_to_hold(tok) or accuses_by_holding(tok)


@pytest.mark.parametrize("text,form", [
    ("Ethiopia referred the dispute to the Security Council.", "referred"),
    ("Mali brought its complaint to the regional court.", "brought"),
    ("Belize will refer the fishing claim to the arbitration tribunal in May.", "refer"),
])
def test_case_taken_to_a_body_as_parsed(spacy_nlp: Any, text: str, form: str) -> None:
    assert takes_case_to_body(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("The nurses took their complaint to the union on Monday.", "took"),
    ("She brought the matter to the attention of the parish council.", "brought"),
    ("The cashier took the complaints to the shift supervisor of the union office.", "took"),
])
def test_no_body_in_a_deeper_word_or_a_trade_union(spacy_nlp: Any, text: str, form: str) -> None:
    assert not takes_case_to_body(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text", [
    "Soldiers detained the editor at dawn without an arrest warrant.",
    "The decree lets the army hold suspects for a month without detention warrants.",
    "Two activists were picked up without any arrest warrant, their lawyer said.",
])
def test_no_accusation_without_a_warrant(event_rules_pipe: Any, text: str) -> None:
    found = by_trigger(event_rules_pipe, text)
    assert not any(e.type == "ACCUSE" for e in found.values()), found


def test_a_warrant_issued_stays(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe,
                       "Prosecutors in Lima issued detention warrants for four army colonels.")
    assert found["detention warrants"].type == "ACCUSE"


@pytest.mark.parametrize("text,form", [
    ("A grieving family held the police responsible for their son's death.", "held"),
    ("The widow holds the army accountable for her husband's disappearance.", "holds"),
    ("Parents of the kidnapped pupils hold the government responsible.", "hold"),
])
def test_private_people_accusing_a_public_body(spacy_nlp: Any, text: str, form: str) -> None:
    assert accuses_by_holding(word(spacy_nlp, text, form))
