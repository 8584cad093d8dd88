"""Appealing a court's decision (``eventwire/stages/events/court_appeals.py``,
branch types40): sentences written for these tests, none copied from an
evaluation set."""

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


def typed(pipe: Pipeline, text: str, trigger: str) -> tuple[str, str | None]:
    got = [e for e in events(pipe, text) if e.trigger.text.split()[0] == trigger]
    assert got, [(e.trigger.text, e.type) for e in events(pipe, text)]
    return got[0].type, got[0].mode


@pytest.mark.parametrize("text,trigger", [
    ("The mining company said it would appeal the tribunal's ruling.", "appeal"),
    ("Lawyers for the three activists said they would appeal.", "appeal"),
    ("The former governor will appeal to the Constitutional Court, his spokesman said.",
     "appeal"),
    ("The union appealed against the fines imposed on its leaders.", "appealed"),
    ("The sentence was appealed by the prosecution on Monday.", "appealed"),
    ("The party's lawyers said they would appeal the verdict, describing the trial as a farce.",
     "appeal"),
])
def test_taking_a_decision_to_a_higher_court_accuses(pipe: Pipeline, text: str,
                                                     trigger: str) -> None:
    assert typed(pipe, text, trigger) == ("ACCUSE", "allege")


@pytest.mark.parametrize("text,trigger", [
    ("The bishop appealed for calm after the riots in the capital.", "appealed"),
    ("The minister appealed to residents to stay indoors until the storm passed.",
     "appealed"),
    ("Her family said they would appeal to the king for a pardon.", "appeal"),
    ("The opposition leader appealed to voters on the eve of the election.", "appealed"),
    ("The governor appealed to the strikers, urging them to return to work.", "appealed"),
])
def test_a_plea_to_someone_stays_a_request(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger)[0] == "REQUEST"


def test_the_noun_keeps_its_reading(pipe: Pipeline) -> None:
    assert typed(pipe, "The charity launched an appeal for blankets and tents.",
                 "appeal")[0] == "REQUEST"
