"""Looking into a possible wrong is ACCUSE ``investigate``
(``eventwire/stages/events/looked_into.py``, events54; docs/annotation.md
relabel62 (e)); looking into eyes, a camera or options is not. The sentences
are written for these tests, none copied from an evaluation set."""

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
    ("The navy said it was looking into the footage of the sinking of the trawler.",
     "looking"),
    ("Police are looking into claims that the guards were bribed by the gang.", "looking"),
    ("The school board said it was looking into whether the permits were forged.",
     "looking"),
    ("The ministry said it had looked into the incident and found no wrongdoing.",
     "looked"),
    ("Inspectors are looking into how the fire at the depot started.", "looking"),
])
def test_looking_into_a_possible_wrong_is_an_inquiry(pipe: Pipeline, text: str,
                                                     trigger: str) -> None:
    got = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert got and (got[0].type, got[0].mode) == ("ACCUSE", "investigate"), events(pipe, text)


@pytest.mark.parametrize("text", [
    "She looked into his eyes and smiled.",
    "The club is looking into options for a new stadium.",
    "The minister looked into the camera and read the statement.",
    "It is an odd result, and the virologists are looking into it.",
    "The strain puzzled the researchers, and they are looking into it.",
    "The couple looked into buying a house near the coast.",
])
def test_looking_into_anything_else_is_no_inquiry(pipe: Pipeline, text: str) -> None:
    assert not [e for e in events(pipe, text) if e.trigger.text.startswith("look")]
