"""A private person's everyday act -- meeting or talking to someone, helping
someone, complaining about or describing someone -- is no event
(``eventwire/stages/events/private_doers.py``, false55; docs/annotation.md
"What is an event"); a political party on either side keeps it. The
sentences are written for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def events(pipe: Pipeline, text: str) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2025, 9, 8))]))
    return list(doc._.events)


@pytest.mark.parametrize("text,trigger", [
    # ACCUSE: a complaint, a description, a blame between private persons
    ("Neighbours had complained for weeks about the smell coming from the flat.",
     "complained"),
    ("His sister accused him of taking money from her purse.", "accused"),
    ("The victim's mother accused the hospital of neglect.", "accused"),
    # CONSULT: person-to-person contact
    ("A woman met her old schoolfriend at the cafe on Tuesday.", "met"),
    ("Her cousin talked with the boy for an hour before the bus left.", "talked"),
    # AID: a private helping hand
    ("Two passengers helped the injured driver out of the wreck.", "helped"),
    ("A passer-by helped the elderly woman to her feet.", "helped"),
])
def test_a_private_persons_everyday_act_is_no_event(pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    got = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert not got, got


@pytest.mark.parametrize("text,trigger,etype", [
    # a political recipient keeps the act
    ("Relatives of the detainees accused the police of torture.", "accused", "ACCUSE"),
    ("The boy's father accused the army of shooting his son.", "accused", "ACCUSE"),
    # a private person's surrender or denial is left alone
    ("A 40-year-old man surrendered to police on Friday.", "surrendered", "RETREAT"),
    ("The man denied the charges in court.", "denied", "REJECT"),
    # a noun that stands for states, with a country named
    ("Grenada imposed a curfew as neighbours sent aid.", "sent", "AID"),
    # a title beside the private noun: a person in public life
    ("Her son, Senator Paulo Ramos, accused the judges of bias.", "accused", "ACCUSE"),
    # a gathering of relatives is a group acting together, not a contact verb;
    # outside a seat of authority it is a demonstration (types67, protests.py)
    ("Relatives of the miners gathered outside the ministry on Monday.", "gathered",
     "PROTEST"),
    # a private person's violence stays
    ("A man attacked two police officers with a knife.", "attacked", "ASSAULT"),
])
def test_a_public_side_or_another_kind_of_act_stays(pipe: Pipeline, text: str, trigger: str,
                                                     etype: str) -> None:
    got = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert got and got[0].type == etype, events(pipe, text)
