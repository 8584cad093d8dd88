"""Property burned is the recipient also when no owner is told
(``eventwire/stages/events/burned_property.py``, recip64; docs/annotation.md
"Questions decided (relabel67, 2026-12-07)" (4)). The sentences are written
for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def act(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2025, 9, 8))]))
    got = [e for e in doc._.events if e.trigger.text.split()[0] == trigger]
    assert got, [(e.trigger.text, e.type) for e in doc._.events]
    return got[0]


@pytest.mark.parametrize("text,trigger,burnt,country,sectors", [
    ("Rioters burned a dozen cars in the suburb of Lyon on Sunday night.",
     "burned", "cars", "FRA", ["CVL"]),
    ("Masked men set two minibuses alight at the terminal in Durban.",
     "set", "minibuses", "ZAF", ["BUS"]),
    ("A mob set fire to at least 20 vehicles near the market in Meerut, police said.",
     "set", "20 vehicles", "IND", ["CVL"]),
    ("In Tangier, masked youths looted shops and torched cars late on Tuesday.",
     "torched", "cars", "MAR", ["CVL"]),
    ("Youths set fire to a lorry, two vans and a motorbike on the ring road in Antwerp.",
     "set", "lorry", "BEL", ["BUS"]),
])
def test_burned_property_with_no_owner_is_the_recipient(pipe: Pipeline, text: str,
                                                        trigger: str, burnt: str,
                                                        country: str,
                                                        sectors: list[str]) -> None:
    got = act(pipe, text, trigger)
    assert got.recipient is not None and burnt in got.recipient.text, got.recipient
    assert (got.recipient.country, got.recipient.sectors) == (country, sectors), got.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Protesters burned tyres on the main road into Kinshasa on Monday.", "burned"),
    ("Demonstrators burned barricades outside the town of Cap-Haitien.", "burned"),
])
def test_a_protests_means_is_no_recipient(pipe: Pipeline, text: str, trigger: str) -> None:
    got = act(pipe, text, trigger)
    assert got.recipient is None or "tyres" not in got.recipient.text \
        and "barricades" not in got.recipient.text, got.recipient


def test_an_owner_told_wins(pipe: Pipeline) -> None:
    got = act(pipe, "Rioters torched the mayor's house in Kumasi on Friday.", "torched")
    assert got.recipient is not None and "mayor" in got.recipient.text, got.recipient
