"""Class *a missile fired into the sea or as a test*
(``eventwire/stages/events/missile_tests.py``, branch types27): sentences
written for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def fired(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    got = [e for e in doc._.events if e.trigger.text == trigger]
    assert got, [(e.trigger.text, e.type) for e in doc._.events]
    return got[0]


@pytest.mark.parametrize("text,trigger", [
    # (review41) was a near-copy of a rec_ set sentence ("... fired some 18 short-range
    # ballistic missiles into the sea on May 30"): a passive into the ocean instead
    ("Two medium-range missiles were fired into the ocean east of the peninsula.", "fired"),
    ("The navy test-fired a new anti-ship missile from a frigate last week.", "fired"),
    ("Iran launched a cruise missile into the Gulf during the naval drill.", "launched"),
    ("The missile was launched into the Sea of Japan at dawn, Tokyo said.", "launched"),
])
def test_a_missile_fired_at_no_one_mobilizes(pipe: Pipeline, text: str, trigger: str) -> None:
    got = fired(pipe, text, trigger)
    assert (got.type, got.mode) == ("MOBILIZE", "weapons"), got


@pytest.mark.parametrize("text,trigger", [
    ("Russian forces fired missiles at the port city overnight.", "fired"),
    ("The rebels launched a missile against a tanker in the strait.", "launched"),
    ("Militants fired rockets into the town on Friday, killing two.", "fired"),
])
def test_a_missile_fired_at_a_target_stays_an_attack(pipe: Pipeline, text: str,
                                                       trigger: str) -> None:
    assert fired(pipe, text, trigger).type == "ASSAULT"
