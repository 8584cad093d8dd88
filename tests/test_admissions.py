"""Admissions of fault and pleas (``eventwire/stages/events/admissions.py`` and
the CONCEDE verbs of ``data/events/curated.yaml``, branch types27): sentences
written for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def events(pipe: Pipeline, text: str) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    return list(doc._.events)


def typed(pipe: Pipeline, text: str, trigger: str) -> str:
    got = [e for e in events(pipe, text) if e.trigger.text.split()[0] == trigger]
    assert got, [(e.trigger.text, e.type) for e in events(pipe, text)]
    return got[0].type


@pytest.mark.parametrize("text,trigger", [
    ("The former port director pleaded guilty to taking bribes from shipping firms.", "pleaded"),
    ("Two of the soldiers will plead guilty to the beating at a hearing next week.", "plead"),
    ("The militia commander pleads guilty to recruiting children, his lawyer said.", "pleads"),
])
def test_a_guilty_plea_concedes(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger) == "CONCEDE"


@pytest.mark.parametrize("text,trigger", [
    ("The opposition leader pleaded not guilty to charges of inciting a rebellion.", "pleaded"),
    ("All four officers pleaded innocent to the manslaughter counts on Tuesday.", "pleaded"),
    ("The journalist is expected to plead not guilty when the trial opens.", "plead"),
])
def test_a_plea_of_innocence_rejects(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger) == "REJECT"


def test_pleading_for_something_stays_a_request(pipe: Pipeline) -> None:
    assert typed(pipe, "The detainee's wife pleaded for his release from the jail.",
                 "pleaded") == "REQUEST"


@pytest.mark.parametrize("text,trigger", [
    ("The interior ministry apologised for the raid on the wrong house.", "apologised"),
    ("The officer confessed to beating the prisoner during the interrogation.", "confessed"),
    ("The coast guard admitted it had failed to send the storm warning in time.", "admitted"),
    ("Tokyo apologizes to the fishermen for the collision, the ministry said.", "apologizes"),
])
def test_an_admission_of_fault_concedes(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger) == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The injured governor was admitted to hospital in the capital on Sunday.",
    "Forty new cadets were admitted to the police academy this year.",
    "The wounded protester was admitted into intensive care overnight.",
])
def test_an_admission_to_a_place_is_no_event(pipe: Pipeline, text: str) -> None:
    assert not [e for e in events(pipe, text) if e.trigger.text == "admitted"]


def test_people_admitted_passively_is_no_event(pipe: Pipeline) -> None:
    text = "Only twelve new patients were admitted on Friday, the clinic said."
    assert not [e for e in events(pipe, text) if e.trigger.text == "admitted"]


@pytest.mark.parametrize("text", [
    "The blunder was admitted by the defence ministry on Friday.",
    "Serious mistakes were admitted by the electoral board in its final report.",
    "The failure to warn the villages was later admitted by the regional governor.",
])
def test_a_fault_admitted_by_its_author_concedes(pipe: Pipeline, text: str) -> None:
    """(review41) a passive "admitted" with its admitter named ("by the
    ministry") owns up to a fault; people let in are admitted with no "by"."""
    assert typed(pipe, text, "admitted") == "CONCEDE"
