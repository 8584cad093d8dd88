"""Quotes, speakers, relays and event chains."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.pipeline import Pipeline

COMPONENTS = ("eventwire_actors", "eventwire_quotes", "eventwire_events",
              "eventwire_event_attribution")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=COMPONENTS)


def run(pipe: Pipeline, text: str, outlet: str = "Wire"):  # type: ignore[no-untyped-def]
    ((_, doc, _),) = list(pipe.docs([Article(text=text, outlet=outlet,
                                             published=date(2021, 3, 2))]))
    return doc


def test_indirect_speech(pipe: Pipeline) -> None:
    doc = run(pipe, "The interior minister warned that the rebels would attack the capital.")
    (q,) = doc._.quotes
    assert q.kind == "indirect" and q.cue.text == "warned"
    assert "minister" in q.speaker.text
    assert q.content.text.startswith("the rebels would attack")


def test_direct_quote_after_and_relay(pipe: Pipeline) -> None:
    text = "“Our fighters will attack the base,” Mohi explained, Press TV reported."
    doc = run(pipe, text, outlet="IQNA")
    q = next(q for q in doc._.quotes if q.kind == "direct")
    assert q.speaker.text == "Mohi" and q.cue.text == "explained"
    assert q.content.text == "Our fighters will attack the base"
    assert [r.text for r in q.relays] == ["Press TV"]
    attack = next(e for e in doc._.events if e.trigger.text == "attack")
    assert [(a.role, a.text) for a in attack.attribution] == [
        ("speaker", "Mohi"), ("relay", "Press TV"), ("outlet", "IQNA")]


def test_straight_quotes_and_according_to(pipe: Pipeline) -> None:
    doc = run(pipe, 'According to local officials, troops shelled the village on Monday.')
    q = next(q for q in doc._.quotes if q.kind == "according_to")
    assert "officials" in q.speaker.text
    shelled = next(e for e in doc._.events if e.trigger.text == "shelled")
    assert shelled.attribution[0].role == "speaker"


def test_pronoun_continuation_resolves(pipe: Pipeline) -> None:
    doc = run(pipe, "Kataib Hezbollah spokesman Muhammad Mohi spoke on Thursday. "
                    "He added that the group would attack US forces.")
    attack = next(e for e in doc._.events if e.trigger.text == "attack")
    speaker = attack.attribution[0]
    assert speaker.role == "speaker" and "Muhammad Mohi" in speaker.text
    assert ("on_behalf_of", "Kataib Hezbollah") in [(a.role, a.text) for a in
                                                    attack.attribution]


def test_statement_by_a_body(pipe: Pipeline) -> None:
    doc = run(pipe, "He referred to a statement by the Commission, which warned that the "
                    "fighters would attack soon.")
    q = next(q for q in doc._.quotes if q.cue and q.cue.text == "warned")
    assert "Commission" in q.speaker.text


def test_outlet_only_for_plain_report(pipe: Pipeline) -> None:
    doc = run(pipe, "Rebels attacked an army base near the border on Sunday.")
    (ev,) = [e for e in doc._.events if e.trigger.text == "attacked"]
    assert [(a.role, a.text) for a in ev.attribution] == [("outlet", "Wire")]


def test_passive_subject_is_no_speaker(pipe: Pipeline) -> None:
    doc = run(pipe, "The government will be accused of colluding with the enemy.")
    assert all(q.cue is None or q.cue.text != "accused" for q in doc._.quotes)
