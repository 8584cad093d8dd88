"""tools/timex_position_census.py: the position of a time expression an event
did not take, and the tables. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.time_support import parsed_at
from tools.timex_position_census import per_set, position, table, word_of


def _position(pipe: Pipeline, text: str, word: str) -> str:
    doc, tok = parsed_at(pipe, text, word)
    t = doc._.timexes[0]
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    assert span is not None
    return position(span, tok)


@pytest.mark.parametrize("text,word,expected", [
    ("On Monday, the guards closed the gate.", "closed", "fronted_comma"),
    ("On Monday the guards closed the gate.", "closed", "fronted_attached"),
    ("Troops shelled the town and residents fled on Monday.", "shelled", "post_verbal"),
    ("The minister criticised the 2019 law.", "criticised", "in_noun_phrase"),
    ('"We will not leave," the mayor said on Monday.', "leave", "after_quote"),
])
def test_position(timex_pipe: Pipeline, text: str, word: str, expected: str) -> None:
    assert _position(timex_pipe, text, word) == expected


def test_word_of(timex_pipe: Pipeline) -> None:
    text = "The navy carried out an air strike on Monday."
    doc, _ = parsed_at(timex_pipe, text, "navy")
    start = text.index("air strike")
    assert word_of(doc, {"start": start, "end": start + 10}) == "modifier"
    start = text.index("carried")
    assert word_of(doc, {"start": start, "end": start + 7}) == "single"


def test_tables_count_gold_takes() -> None:
    rows = [{"set": "rec_a", "real": False, "position": "post_verbal", "gold_takes": True,
             "word": "modifier"},
            {"set": "rec_b", "real": True, "position": "post_verbal", "gold_takes": False,
             "word": "single"}]
    line = next(x for x in table(rows) if x.startswith("post_verbal"))
    assert line == "post_verbal | 2 (1/1) | 1 (0/1) | 1: a1"
    assert per_set(rows)[1:] == ["rec_a | 0/1 | post1 | 1", "rec_b | 1/0 |  | 0"]
