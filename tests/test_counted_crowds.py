"""Class *a bare count of people as the actor of a crowd's act* (actors24,
:mod:`eventwire.stages.events.counted_crowds`): sentences written for this
test, none from an evaluation set."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.counted_crowds import RULE, counted_crowd
from eventwire.stages.events.participants import actor_mention


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def parsed(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return doc


def subject(doc: Doc, verb: str) -> Token:
    return next(t for t in doc if t.dep_ == "nsubj" and t.head.text == verb)


@pytest.mark.parametrize("text,verb,span", [
    ("Chile's police said dozens gathered outside the court in Santiago.", "gathered",
     "dozens"),
    ("Tens of thousands marched through Santiago on Sunday, Chile's police said.",
     "marched", "Tens of thousands"),
    ("In Valparaiso, where 5,000 rallied against the pension law, Chile's police watched.",
     "rallied", "5,000"),
    ("Thousands protested outside Chile's parliament on Monday.", "protested", "Thousands"),
])
def test_a_bare_count_of_a_crowd_is_civilians(pipe: Pipeline, text: str, verb: str,
                                              span: str) -> None:
    doc = parsed(pipe, text)
    m = actor_mention(doc, subject(doc, verb))
    assert m is not None and m.rule == RULE and m.text == span
    assert m.sectors == ["CVL"] and m.country == "CHL"


@pytest.mark.parametrize("text,verb", [
    ("The militia fired 300 rockets at the town and dozens hit homes.", "hit"),
    ("Twelve marched to the governor's office.", "marched"),  # a number word, no count
    # review28: below a crowd's size ("Twelve" never reached the size test)
    ("Around 60 marched to the governor's office in Puno.", "marched"),
    ("Only 40 gathered outside the court on Monday.", "gathered"),
    ("Thousands died in the floods last year.", "died"),      # no crowd's act
])
def test_other_counts_are_no_crowd(pipe: Pipeline, text: str, verb: str) -> None:
    doc = parsed(pipe, text)
    assert counted_crowd(doc, subject(doc, verb)) is None


def test_a_count_of_named_people_is_those_people(pipe: Pipeline) -> None:
    doc = parsed(pipe, "Hundreds of nurses marched in Lima on Friday.")
    m = actor_mention(doc, subject(doc, "marched"))
    assert m is not None and m.rule != RULE and "nurses" in m.text
