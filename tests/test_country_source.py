"""tools/country_source.py: where a recipient's right country is named.
Every sentence here was written for these tests."""

from __future__ import annotations

from typing import Any

from eventwire.nlp.pipeline import Pipeline
from tools.country_source import country_source, gold_source


def _mention(text: str, words: str, country: str) -> dict[str, Any]:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "country": country}


def test_gold_source_nearest_first(event_pipe: Pipeline) -> None:
    text = ("Chile protested on Monday. Bolivian police arrested Chilean lorry driver Pedro "
            "Araya. They also held two men. A Peruvian consul later visited them.")
    doc = event_pipe.nlp(text)
    assert gold_source(doc, _mention(text, "Pedro Araya", "CHL")) == "own phrase"
    assert gold_source(doc, _mention(text, "two men", "CHL")) == "earlier sentence"
    assert gold_source(doc, _mention(text, "two men", "PER")) == "later only"
    assert gold_source(doc, _mention(text, "two men", "BOL")) == "earlier sentence"
    assert gold_source(doc, _mention(text, "two men", "FRA")) == "not named"


def test_country_source_marks_the_actors_country(event_pipe: Pipeline) -> None:
    text = "Kenyan police detained three traders from Kampala in Nairobi, saying Uganda knew."
    doc = event_pipe.nlp(text)
    gold = {"recipient": _mention(text, "three traders", "UGA")}
    pred = {"actor": {"country": "KEN"}, "recipient": {"country": "KEN"}}
    assert country_source(doc, gold, pred) == "same sentence / the actor's"
    pred = {"actor": {"country": "KEN"}, "recipient": {"country": None}}
    assert country_source(doc, gold, pred) == "same sentence / none"
