"""The time line's anchor feature (eventwire/stages/time/undated_anchor.py)."""

from __future__ import annotations

import pytest

from eventwire.models import Timex
from eventwire.stages.time.undated_anchor import anchor_features, relative_day_anchor


def _timex(words: str) -> Timex:
    return Timex(start=0, end=len(words), text=words, type="DATE", value="2031-04-01")


@pytest.mark.parametrize("words", ["yesterday", "on Tuesday", "last night",
                                   "Saturday afternoon", "tonight"])
def test_relative_day_anchor(words: str) -> None:
    assert relative_day_anchor(_timex(words))


@pytest.mark.parametrize("words", ["April 1", "1 April 2031", "04/01/2031", "March",
                                   "the first week of April"])
def test_written_date_is_not_relative(words: str) -> None:
    assert not relative_day_anchor(_timex(words))


@pytest.mark.parametrize("words, gap", [("on Wednesday", 3), ("yesterday", 5),
                                        ("late on Sunday", 9)])
def test_relative_day_far_back(words: str, gap: int) -> None:
    assert anchor_features(_timex(words), gap) == {"anchor_relative_far": 1.0}


@pytest.mark.parametrize("words, gap", [
    ("on Wednesday", 1),  # right after the told day: the narrative goes on
    ("yesterday", 2),
    ("March 3, 2031", 6),  # a written date, however far
    ("in 2029", 4),
])
def test_not_relative_day_far_back(words: str, gap: int) -> None:
    assert anchor_features(_timex(words), gap) == {}
