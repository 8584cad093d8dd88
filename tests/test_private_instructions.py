"""An everyday instruction between private persons is no REQUEST
(``eventwire/stages/events/private_instructions.py``, events54;
docs/annotation.md relabel62 (d)); a public requester keeps it. The
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
    ("She told her son to leave the house before the soldiers came, neighbours said.",
     "told"),
    ("A man outside the shop told the driver to stop, but he kept going.", "told"),
    ("He asked his brother to drive him to the station.", "asked"),
    ("A neighbour told the boys to stay indoors.", "told"),
    ("Bystanders pleaded with the motorist to wait for the ambulance.", "pleaded"),
])
def test_a_private_persons_instruction_is_no_event(pipe: Pipeline, text: str,
                                                   trigger: str) -> None:
    got = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert not got, got


@pytest.mark.parametrize("text,trigger", [
    ("The mayor asked residents to stay indoors during the storm.", "asked"),
    ("Police told the marchers to turn back at the bridge.", "told"),
    ("The dispatcher told the woman to put the gun down.", "told"),
    ("The opposition leader told her supporters to stay off the streets.", "told"),
    # the condition of an offer is asked of the one who offers
    ("The charity was willing to repaint the clinic if neighbours asked for brighter walls.",
     "asked"),
    ("The ministry stood ready to reopen the school if parents requested a new term date.",
     "requested"),
])
def test_a_public_requester_keeps_the_request(pipe: Pipeline, text: str,
                                              trigger: str) -> None:
    got = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert got and got[0].type == "REQUEST", events(pipe, text)
