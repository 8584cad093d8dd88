"""A government's act on its own domestic regulation is no event
(``eventwire/stages/events/regulation_acts.py``, branch real64): sentences
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
    assert doc is not None
    evs: list[EventMention] = list(doc._.events)
    return [e.trigger.text.split()[0] for e in evs]


@pytest.mark.parametrize("text,word", [
    ("The agriculture ministry overturned a 2019 regulation that let farmers drain "
     "wetlands.", "overturned"),
    ("Finance Minister Hana Kral rescinded the rules on foreign currency accounts on "
     "Monday.", "rescinded"),
    # a headline
    ("Governor Pell overturns predecessor's fishing rule", "overturns"),
    ("The transport department suspended the regulation pending a review.", "suspended"),
])
def test_a_regulation_made_or_unmade_is_no_event(pipe: Pipeline, text: str,
                                                 word: str) -> None:
    assert word not in triggers(pipe, text)


@pytest.mark.parametrize("text,word", [
    # a court's act on a rule or a ruling
    ("The constitutional court suspended the rule on Thursday, pending a final "
     "judgment.", "suspended"),
    ("An appeals court overturned the ruling and ordered a new trial.", "overturned"),
    # a constitution suspended: a state of emergency, not a regulation
    ("The government suspended the constitution and declared martial law.", "suspended"),
    # not a rule: troops withdrawn
    ("The army withdrew its troops from the border town.", "withdrew"),
])
def test_courts_and_other_patients_stay(pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(pipe, text)
