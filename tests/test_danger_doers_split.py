"""tools/danger_doers_split.py: the doer class of a verb of danger. Every
text here was written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.danger_doers_split import DANGER, doer_class
from tools.trigger_census import line_of


def _trigger(text: str, word: str) -> dict[str, Any]:
    start = text.index(word)
    return {"start": start, "end": start + len(word), "text": word}


def test_line_of_reads_the_trigger_line() -> None:
    text = "Headline here\nThe feud threatens the fair.\nLast line."
    assert line_of(text, text.index("threatens")) == (14, "The feud threatens the fair.")


def test_danger_words() -> None:
    assert DANGER.match("threatened") and DANGER.match("Jeopardising")
    assert DANGER.match("warned") is None


@pytest.mark.parametrize("text,word,want", [
    ("Notes\nA rift in the coalition threatens the budget deal.", "threatens",
     "event or condition"),
    ("The rebels threatened to shell the town.", "threatened", "party"),
    ("The quarrel, a dispute that could endanger the harvest, goes on.", "endanger",
     "event or condition"),
])
def test_doer_class(spacy_nlp: Any, text: str, word: str, want: str) -> None:
    assert doer_class(spacy_nlp, text, _trigger(text, word)) == want
