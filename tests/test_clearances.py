"""Police or troops clearing a blockade, a camp or a square
(``eventwire/stages/events/clearances.py``, branch types42): sentences
written for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def events(pipe: Pipeline, text: str) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    return list(doc._.events)


def types_at(pipe: Pipeline, text: str, trigger: str) -> list[str]:
    return [e.type for e in events(pipe, text) if e.trigger.text.split()[0] == trigger]


@pytest.mark.parametrize("text,trigger", [
    ("Riot police cleared a barricade of burning tyres from the main highway on Thursday.",
     "cleared"),
    ("Soldiers dismantled the protest camp outside the presidential palace before dawn.",
     "dismantled"),
    ("Gendarmes cleared the bridge of protesters on Monday morning.", "cleared"),
    ("Police cleared the road after a four-day standoff with striking truckers.", "cleared"),
    ("The interior ministry denied that police had used force to clear the depot.", "clear"),
])
def test_a_force_clearing_protesters_coerces(pipe: Pipeline, text: str, trigger: str) -> None:
    assert types_at(pipe, text, trigger) == ["COERCE"]


@pytest.mark.parametrize("text,trigger", [
    ("The former minister was cleared of corruption charges by the supreme court.", "cleared"),
    ("The ceasefire cleared the way for talks in Geneva next month.", "cleared"),
    ("The protesters cleared the road themselves after the mayor agreed to meet them.",
     "cleared"),
    ("Soldiers cleared roads blocked by snow in the mountain villages.", "cleared"),
    ("Customs officers stopped clearing shipments from Lithuania.", "clearing"),
])
def test_other_clearings_are_no_coercion(pipe: Pipeline, text: str, trigger: str) -> None:
    assert "COERCE" not in types_at(pipe, text, trigger)


def test_a_militants_camp_dismantled_is_not_this_class(pipe: Pipeline) -> None:
    assert "COERCE" not in types_at(
        pipe, "Troops dismantled a militant training camp near the border.", "dismantled")


@pytest.mark.parametrize("text,trigger", [
    ('"If the pickets are not lifted by Friday, we will clear them," the minister said.',
     "clear"),
    ('The governor said police would clear the highway "if necessary".', "clear"),
])
def test_an_announced_clearing_keeps_its_type(pipe: Pipeline, text: str, trigger: str) -> None:
    assert types_at(pipe, text, trigger) == ["COERCE"]


@pytest.mark.parametrize("text,trigger", [
    ("Soldiers cleared roads blocked by fallen trees.", "cleared"),
    ("The decree allows the army to support police in clearing the blockade.", "clearing"),
    ("Police fired tear gas to clear the protesters from the bridge.", "clear"),
])
def test_relief_and_purposes_are_not_this_class(pipe: Pipeline, text: str,
                                                trigger: str) -> None:
    assert "COERCE" not in types_at(pipe, text, trigger)
