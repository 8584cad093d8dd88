"""tools/hosted_split.py: what a predicted "host" event hosts. Every text
here was written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.hosted_split import HOST, guest_class


def _trigger(text: str, word: str) -> dict[str, Any]:
    start = text.index(word)
    return {"start": start, "end": start + len(word), "text": word}


def test_host_words() -> None:
    assert HOST.match("hosted") and HOST.match("Hosts")
    assert HOST.match("hostage") is None


@pytest.mark.parametrize("text,word,want", [
    ("Title\nThe island hosts a large naval base.", "hosts", "thing, event or presence"),
    ("The president hosted a delegation from the north.", "hosted",
     "visitor, name or pronoun"),
    ("The town has hosted since May.", "hosted", "no guest"),
])
def test_guest_class(spacy_nlp: Any, text: str, word: str, want: str) -> None:
    assert guest_class(spacy_nlp, text, _trigger(text, word)) == want
