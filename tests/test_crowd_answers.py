"""A crowd-control act answers the crowd its sentence names
(``eventwire/stages/events/crowd_answers.py``, recip64; docs/annotation.md
"Questions decided (relabel67, 2026-12-07)" (3)). The sentences are written
for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def act(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2025, 9, 8))]))
    got = [e for e in doc._.events if e.trigger.text.split()[0] == trigger]
    assert got, [(e.trigger.text, e.type) for e in doc._.events]
    return got[0]


@pytest.mark.parametrize("text,trigger,crowd", [
    ("Police in Peru fired tear gas as dock workers marched on the port authority in "
     "Callao.", "fired", "workers"),
    ("Youths in Senegal threw rocks at the gendarmes, who responded with stun grenades.",
     "responded", "Youths"),
    ("Kenyan officers used pepper spray after farmers tried to cross the cordon in Nakuru.",
     "used", "farmers"),
])
def test_crowd_control_takes_the_crowd_it_answers(pipe: Pipeline, text: str, trigger: str,
                                                  crowd: str) -> None:
    got = act(pipe, text, trigger)
    assert got.recipient is not None and crowd in got.recipient.text, got.recipient


def test_a_force_watching_is_no_crowd(pipe: Pipeline) -> None:
    got = act(pipe, "Police fired tear gas as soldiers watched in Kenya.", "fired")
    assert got.recipient is None, got.recipient
