"""Recipient errors by outcome and mention form
(tools/recipient_mention_split.py). Own sentences and made-up records only."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from tools.recipient_mention_split import mention_form, outcome_class


def _m(start: int, end: int, country: str | None, sector: str | None = "CVL") -> dict[str, Any]:
    return {"start": start, "end": end, "text": "x", "country": country, "sector": sector,
            "sectors": [sector] if sector else []}


@pytest.mark.parametrize("gold,pred,want", [
    (_m(0, 5, "FRA"), None, "missing"),
    (None, _m(0, 5, "FRA"), "spurious"),
    (_m(0, 5, "FRA"), _m(10, 15, "DEU"), "wrong entity"),
    (_m(0, 5, "FRA"), _m(0, 5, "DEU"), "right entity, wrong country"),
    (_m(0, 5, "FRA"), _m(0, 5, None), "right entity, wrong country"),
    (_m(0, 5, "FRA", "GOV"), _m(0, 5, "FRA", "CVL"), "wrong sector"),
])
def test_outcome_class(gold: dict[str, Any] | None, pred: dict[str, Any] | None,
                       want: str) -> None:
    assert outcome_class(gold, pred) == want


@pytest.mark.parametrize("text,mention,form", [
    ("The coast guard stopped the trawler and boarded it at dawn.", "it", "pronoun"),
    ("Lisbon recalled its ambassador after the vote.", "its ambassador",
     "possessive pronoun + noun"),
    ("Police detained 14 people near the port.", "14 people", "people count"),
    ("The army shelled the ministry on Monday.", "the ministry", "the institution"),
    ("Warsaw warned its neighbour over the dam.", "its neighbour", "its neighbour"),
    ("Border guards fined the skipper on Friday.", "the skipper", "office noun"),
    ("Guards stopped Peter Holm at the border.", "Peter Holm", "name"),
])
def test_mention_form(event_pipe: Pipeline, text: str, mention: str, form: str) -> None:
    doc = event_pipe.nlp(text)
    start = text.index(mention)
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    assert span is not None
    assert mention_form(doc, span) == form
