"""Class *a raid by security forces* (``eventwire/stages/events/raids.py``):
sentences written for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def typed(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 3, 1))]))
    got = [e for e in doc._.events if e.trigger.text == trigger]
    assert got, [(e.trigger.text, e.type) for e in doc._.events]
    return got[0]


@pytest.mark.parametrize("text,trigger", [
    ("Riot police stormed the university library and detained forty students.", "stormed"),
    ("Soldiers stormed the broadcaster's headquarters before dawn.", "stormed"),
    ("Police stormed and searched the newsroom of the daily on Monday.", "stormed"),
    ("Border guards stormed the smugglers' warehouse near the port.", "stormed"),
])
def test_security_forces_raiding_coerce(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger).type == "COERCE"


@pytest.mark.parametrize("text,trigger", [
    ("Gunmen stormed a hotel in the capital and took guests hostage.", "stormed"),
    ("Rebel fighters stormed the garrison town at dawn.", "stormed"),
    ("Bandits stormed a village and killed nine farmers.", "stormed"),
    # the force is the subject of the other clause, not of the storming (review38)
    ("Police closed the main road, and gunmen stormed the hotel an hour later.", "stormed"),
    ("Guards looked on from the towers and then militants stormed the depot.", "stormed"),
])
def test_armed_groups_storming_stay_attacks(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger).type in ("ASSAULT",)
