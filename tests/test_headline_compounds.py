"""Class *a headline verb parsed as the compound of its object*
(eventwire/stages/events/headline_compounds.py): sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings

BODY = "\nThe ministry said so on Monday."


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(), components=("eventwire_actors", "eventwire_events"))


def headline_events(pipe: Pipeline, text: str) -> list[tuple[str, str | None]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    first_break = text.index("\n")
    return [(e.trigger.text, e.type) for e in doc._.events if e.trigger.start < first_break]


@pytest.mark.parametrize("text,word", [
    ("EU imposes sanctions on officials; Tbilisi vows response" + BODY, "vows"),
    ("Jets bomb hideouts in Afghanistan, Taliban vow response" + BODY, "vow"),
    ("Rebels vow revenge after raid on camp" + BODY, "vow"),
])
def test_compound_verb_takes_its_pattern(pipe: Pipeline, text: str, word: str) -> None:
    assert (word, "THREATEN") in headline_events(pipe, text), headline_events(pipe, text)


@pytest.mark.parametrize("body", [
    # the same parse in the body (a noun, then the word as a compound of the
    # pattern's object) is not asked: only the headline drops the article.
    # review24: the old example ("the rebels' vow revenge story") had no
    # noun before "vow", so it passed without the headline guard
    "Taliban vow response.",
    "Rebels vow revenge after raid on camp.",
])
def test_body_compound_is_not_asked(pipe: Pipeline, body: str) -> None:
    text = "Talks resume in Geneva\n" + body
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    vow = next(t for t in doc if t.lower_ == "vow")
    assert vow.dep_ == "compound" and doc[vow.i - 1].pos_ in ("NOUN", "PROPN")
    assert not [e for e in doc._.events if e.rules == ["headline-compound-pattern"]]
