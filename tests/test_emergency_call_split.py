"""tools/emergency_call_split.py: the class of a calling verb. Every text here
was written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.emergency_call_split import CALL, classify


def _trigger(text: str, word: str) -> dict[str, Any]:
    start = text.index(word)
    return {"start": start, "end": start + len(word), "text": word}


def test_call_words() -> None:
    assert CALL.match("called") and CALL.match("phoned") and CALL.match("Summoned")
    assert CALL.match("urged") is None


@pytest.mark.parametrize("text,want", [
    ("Title\nThe farmer called for help after his tractor overturned.",
     "bare help, private caller"),
    ("She called the police after finding the abandoned car.", "police, private caller"),
    ("The landlord called an ambulance for the tenant.", "rescue service"),
    ("The union called on the government to raise wages.", "other"),
])
def test_classify(spacy_nlp: Any, text: str, want: str) -> None:
    assert classify(spacy_nlp, text, _trigger(text, "called")) == want
