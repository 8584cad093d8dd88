"""Class *a headline's town label* (``eventwire/stages/geo/headline_label.py``,
place65). Headlines and bodies written for these tests, not from any set."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.headline_label import headline_label


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


def extracted(pipe: Pipeline, text: str) -> tuple[Any, list[Any]]:
    art = Article(text=text, id="t", published=date(2025, 3, 4), outlet="Wire")
    ((_, doc, events),) = list(pipe.extract([art]))
    assert doc is not None and isinstance(events, list)
    return doc, events


def label_of(pipe: Pipeline, text: str, trigger: str) -> str | None:
    """The label ``headline_label`` gives the event ``trigger`` (its first mention)."""
    doc, events = extracted(pipe, text)
    event = next(e for e in events if e.mention.trigger.text == trigger)
    got = headline_label(doc, event.mention, doc._.place_mentions)
    return None if got is None else got.text


@pytest.mark.parametrize("text,trigger,town", [
    ("Kisangani: soldiers fire on students protesting power cuts\n"
     "KISANGANI, Congo, March 3 (Wire) - Soldiers fired on students on Monday.",
     "fire", "Kisangani"),
    ("Arequipa: riot police arrest 30 at farmers' roadblock\n"
     "AREQUIPA, Peru (Wire) - Police detained 30 farmers on Monday.", "arrest", "Arequipa"),
    ("Gulu: LRA veterans protest over unpaid pensions\n"
     "GULU, Uganda, March 3 (Wire) - Hundreds of veterans protested on Monday.",
     "protest", "Gulu"),
])
def test_a_town_label_places_the_headline_events(pipe: Pipeline, text: str, trigger: str,
                                                town: str) -> None:
    assert label_of(pipe, text, trigger) == town
    doc, events = extracted(pipe, text)
    place = next(e for e in events if e.mention.trigger.text == trigger).mention.place
    assert place is not None and place.basis != "focus" and place.text.lower() == town.lower()


@pytest.mark.parametrize("text,trigger", [
    # a country label names the story's country, not a scene
    ("Peru: riot police arrest 30 at a farmers' roadblock\n"
     "LIMA (Wire) - Police detained 30 farmers on Monday.", "arrest"),
    # a person's name before the colon is a quote's speaker, not a place
    ("Lavrov: Moscow will expel four diplomats\n"
     "MOSCOW (Wire) - Russia will expel four diplomats, Sergei Lavrov said.", "expel"),
    # more words than the town before the colon: the topic, not a label
    ("Mombasa port strike: union leaders arrested\n"
     "MOMBASA, Kenya (Wire) - Police arrested three union leaders on Monday.", "arrested"),
])
def test_no_town_label_is_no_label(pipe: Pipeline, text: str, trigger: str) -> None:
    assert label_of(pipe, text, trigger) is None


def test_a_label_does_not_reach_the_body(pipe: Pipeline) -> None:
    text = ("Kisangani: students march over power cuts\n"
            "KISANGANI, Congo, March 3 (Wire) - Separately, the army said rebels had "
            "attacked a convoy.")
    assert label_of(pipe, text, "attacked") is None
