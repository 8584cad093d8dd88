"""tools/sector_errors.py: the evidence classes and the table. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import tools.sector_errors as se
from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def _span(text: str, words: str) -> dict[str, Any]:
    start = text.rindex(words)
    return {"start": start, "end": start + len(words), "text": words}


@pytest.mark.parametrize("text,words,expected", [
    ("General Ali Musa ordered the troops back.", "Ali Musa", "title"),
    ("Maria Lopez, a spokeswoman for the army, denied it.", "Maria Lopez", "apposition"),
    ("Police detained him. He said it was a mistake.", "He", "pronoun"),
    ("The ministry rejected the claim on Monday.", "The ministry", "not a person"),
    ("Yesterday Chief Justice Anna Berg spoke. Later Berg resigned.", "Berg",
     "title (other mention)"),
])
def test_evidence_classes(pipe: Pipeline, text: str, words: str, expected: str) -> None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    found = se.evidence(doc, _span(text, words))
    assert found == expected


def test_resolution_names_the_rule_at_the_predicted_span() -> None:
    mentions = [ActorMention(start=0, end=8, text="Ali Musa", rule="ner-PERSON+home+private")]
    assert se.resolution(mentions, {"start": 0, "end": 8}) == "ner-PERSON+home"
    assert se.resolution(mentions, {"start": 20, "end": 25}) == "none"


def test_table_counts_own_and_real() -> None:
    def row(real: bool) -> se.ResolutionError:
        return se.ResolutionError("rec_x", "a", real, "actor", "sector", "title", "kb", {}, {})
    lines = se.table([row(False), row(True), row(True)])
    assert lines[2] == "| sector | title | 1 | 2 | 3 | x |"
