"""A private person's talk with another private person, or trip, is no
CONSULT (``eventwire/stages/events/private_contacts.py``, false57;
docs/annotation.md "What is an event"); a doer with political standing, a
political other side, a thing as the subject, a walkout or a meeting noun
keeps it. The sentences are written for these tests, none copied from an
evaluation set."""

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
    # talk: a pronoun or a name with a private other side, in or out of a quote
    ('"I talked with him on Sunday and he is calm now," the chaplain said.', "talked"),
    ("At the hearing he chatted with his daughter and waved to friends.", "chatted"),
    ("Marta Ilves said she had spoken with the boy's grandmother twice.", "spoken"),
    # trip: a pronoun, a relative clause's noun, a group of private people
    ("She said he travelled to Peru for a year, where he learned Spanish.", "travelled"),
    ("Her uncle, who arrived from Lagos last month, was staying at the house.", "arrived"),
    ("All of the infected children had recently travelled to Kenya.", "travelled"),
    ("People from inside could later be seen walking out through a side door.", "walking"),
])
def test_a_private_persons_talk_or_trip_is_no_event(pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    got = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert not got, got


@pytest.mark.parametrize("text,trigger", [
    # a doer with political standing, named or through a pronoun
    ("German Chancellor Olaf Scholz said he would travel to Kyiv on Monday.", "travel"),
    ("The foreign minister talked with his Chinese counterpart by phone.", "talked"),
    # a political other side for a talk verb
    ("He talked to the interior ministry about the permit.", "talked"),
    # an armed group arriving
    ("Rebel fighters arrived in the capital in dozens of trucks.", "arrived"),
    # a thing as the subject is not a private person's trip
    ("A second aircraft carrying tents will arrive on Thursday, the ministry said.", "arrive"),
    # a walkout is a strike, not a trip
    ("Nurses at three clinics walked out on Tuesday over unpaid wages.", "walked"),
])
def test_a_public_side_a_thing_or_a_walkout_stays(pipe: Pipeline, text: str,
                                                  trigger: str) -> None:
    got = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert got, events(pipe, text)
