"""An act a standing rule requires is no event
(``eventwire/stages/events/required_acts.py``, branch false60): sentences
written for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def triggers(pipe: Pipeline, text: str) -> list[str]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    evs: list[EventMention] = list(doc._.events)
    return [e.trigger.text.split()[0] for e in evs]


@pytest.mark.parametrize("text,word", [
    ("Under the old rules, provincial ministries were required to consult with "
     "tribal councils before approving a mine.", "consult"),
    ("From next year regional governors will be required to meet with opposition "
     "leaders every quarter.", "meet"),
    ("The new law requires the army to negotiate with landowners before building "
     "a base.", "negotiate"),
    ("The new law obliges the navy to cooperate with the coast guard in the strait.",
     "cooperate"),
    ("The constitution requires the president to consult the senate before declaring "
     "war.", "consult"),
    ("Opposition parties demanded a return to the requirement that the army notify "
     "parliament before it deploys troops abroad.", "notify"),
])
def test_the_act_a_rule_requires_is_no_event(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The interior minister met with opposition leaders on Monday.", "met"),
    ("The army negotiated with landowners before building the base.", "negotiated"),
    ("Ministers consulted tribal councils before approving the mine.", "consulted"),
    # a person or a body that requires: a demand, not a rule's content
    ("The judge required him to surrender his passport.", "surrender"),
    ("The rebels were required by the mediators to withdraw from the town.", "withdraw"),
])
def test_acts_that_happened_stay(pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(pipe, text)
