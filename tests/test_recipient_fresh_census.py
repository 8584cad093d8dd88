"""Recipient errors by form, position and cause
(tools/recipient_fresh_census.py). Own sentences and made-up records only."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from tools.recipient_fresh_census import form, position, why


def _m(start: int, end: int, text: str = "x", sector: str | None = "CVL") -> dict[str, Any]:
    return {"start": start, "end": end, "text": text, "country": "FRA", "sector": sector}


def _spans(pipe: Pipeline, text: str, trigger: str, mention: str) -> tuple[Any, Any, Any]:
    doc = pipe.nlp(text)
    t, m = text.index(trigger), text.index(mention)
    return (doc, doc.char_span(t, t + len(trigger), alignment_mode="expand"),
            doc.char_span(m, m + len(mention), alignment_mode="expand"))


@pytest.mark.parametrize("text,trigger,mention,want", [
    ("Police detained the protesters near the port.", "detained", "the protesters", "object"),
    ("The minister said the trawlers were seized at dawn.", "seized", "the trawlers",
     "passive subject"),
    ("Rebels opened fire on the convoy near the river.", "opened", "the convoy", "prep:on"),
    ("The army withdrew. Later, the villagers were attacked.", "withdrew", "the villagers",
     "another sentence"),
    ("Farmers blocked the Lyon ring road at dawn.", "blocked", "Lyon", "modifier of a noun"),
])
def test_position(event_pipe: Pipeline, text: str, trigger: str, mention: str,
                  want: str) -> None:
    _doc, t, m = _spans(event_pipe, text, trigger, mention)
    assert position(_doc, t, m) == want


@pytest.mark.parametrize("text,mention,sector,want", [
    ("The coast guard stopped the trawler and boarded it at dawn.", "it", "BUS", "pronoun"),
    ("Police detained 14 people near the port.", "14 people", "CVL", "collective noun"),
    ("Border guards fined the skipper on Friday.", "the skipper", "CVL", "role noun"),
    ("The court fined Paris and Lyon on Friday.", "Paris and Lyon", "GOV", "coordinated"),
])
def test_form(event_pipe: Pipeline, text: str, mention: str, sector: str, want: str) -> None:
    doc, _t, m = _spans(event_pipe, text, mention.split()[0], mention)
    assert form(doc, m, _m(0, 1, mention, sector)) == want


def test_why_reads_the_predictions() -> None:
    gold = _m(10, 15)
    as_place = {"place": _m(10, 15), "actor": None, "recipient": None}
    as_actor = {"place": None, "actor": _m(10, 15), "recipient": None}
    empty = {"place": None, "actor": None, "recipient": None}
    other = {"place": None, "actor": None, "recipient": _m(11, 14)}
    assert why("missing", gold, as_place, 0, [as_place]) == "taken as place"
    assert why("missing", gold, as_actor, 0, [as_actor]) == "taken as actor"
    assert why("missing", gold, empty, 0, [empty, other]) == "attached to another event"
    assert why("missing", gold, empty, 0, [empty]) == "no candidate"
    assert why("wrong sector", gold, empty, 0, [empty]) == "wrong sector"
