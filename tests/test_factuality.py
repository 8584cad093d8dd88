"""Polarity, certainty, modality and conditions."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.pipeline import Pipeline

COMPONENTS = ("eventwire_actors", "eventwire_quotes", "eventwire_events",
              "eventwire_factuality")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=COMPONENTS)


def event(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 3, 2))]))
    return next(e for e in doc._.events if e.trigger.text == trigger)


@pytest.mark.parametrize("text,trigger,modality,polarity", [
    ("Rebels attacked the base.", "attacked", "asserted", "positive"),
    ("Rebels did not attack the base.", "attack", "negated", "negative"),
    ("Rebels may attack the base.", "attack", "hypothetical", "positive"),
    ("The two ministers will meet in Geneva next week.", "meet", "future", "positive"),
    ("Rebels will attack the base next week.", "attack", "threatened", "positive"),
    ("The minister said rebels attacked the base.", "attacked", "reported", "positive"),
    ("The militia threatened to attack US forces.", "attack", "threatened", "positive"),
    ("The UN urged both sides to release prisoners.", "release", "demanded", "positive"),
    ("The army denied that it shelled the village.", "shelled", "denied", "negative"),
])
def test_modality(pipe: Pipeline, text: str, trigger: str, modality: str,
                  polarity: str) -> None:
    f = event(pipe, text, trigger).factuality
    assert (f.modality, f.polarity) == (modality, polarity)


def test_condition_span_kept(pipe: Pipeline) -> None:
    text = "The group will attack American forces if they refuse to pull out from Iraq."
    f = event(pipe, text, "attack").factuality
    assert f.condition is not None
    assert f.condition.text == "if they refuse to pull out from Iraq"
    assert text[f.condition.start:f.condition.end] == f.condition.text


def test_should_inversion_condition(pipe: Pipeline) -> None:
    text = "Washington has threatened sanctions should US troops be expelled from Iraq."
    f = event(pipe, text, "threatened").factuality
    assert f.modality == "threatened" and f.certainty == "possible"
    assert f.condition is not None and f.condition.text.startswith("should US troops")


def test_hedge_lowers_certainty(pipe: Pipeline) -> None:
    f = event(pipe, "Troops reportedly killed three civilians.", "killed").factuality
    assert f.certainty == "probable" and f.modality == "reported"
