"""The keyword windows of the time-expression scan
(eventwire/stages/time/detect.py): the plain substring search finds the
places ``re.finditer`` of the escaped keyword found (left to right, no
overlaps)."""

from __future__ import annotations

import re

import pytest

from eventwire.stages.time.detect import _occurrences, _windows

TEXTS = [
    "two days later, the day after the vote, and a day before that",
    "in the 1990s and 2000s; 80s music at the 0s",
    "well-known, long-term - - -- a --- b",
    "aaaa aaa aa a",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("needle", ["day", "0s", "-", "aa", "a", "later", "x"])
def test_occurrences_equal_finditer(text: str, needle: str) -> None:
    assert list(_occurrences(text, needle)) == [m.start() for m in
                                                re.finditer(re.escape(needle), text)]


def test_windows_merge_nearby_keywords() -> None:
    text = "x" * 100 + " later " + "y" * 10 + " earlier " + "z" * 200 + " after"
    spans = _windows(text, ("later", "earlier", "after"))
    assert len(spans) == 2 and spans[0][0] == 101 - 40 and spans[-1][1] == len(text)
