"""Features of the time line's anchor (eventwire/stages/time/undated_anchor.py)."""

from __future__ import annotations

import pytest

from eventwire.models import Timex
from eventwire.stages.time.undated_anchor import (
    anchor_features,
    header_anchor,
    relative_day_anchor,
)


def _timex(text: str, words: str) -> Timex:
    start = text.index(words)
    return Timex(start=start, end=start + len(words), text=words, type="DATE",
                 value="2031-04-02")


def _title_stop(text: str) -> int:
    return text.find("\n")


@pytest.mark.parametrize("text, words", [
    # a date line before an agency's name and its dash
    ("Ferry strike halts island traffic\nPIRAEUS, April 2 (ANA) - Seamen walked off "
     "their ships on Wednesday.\nPorts stood empty.", "April 2"),
    # a stamp line under the title: the date and a clock time only
    ("Warehouse fire in Lyon\nPosted Tue 1 Apr 2031, 6:40pm\nFiremen fought the blaze "
     "for hours.", "Tue 1 Apr 2031"),
    # a date in the title itself
    ("Dockers block Antwerp port on Monday\nUnion members blocked the gates.", "Monday"),
    # a place and a date closed by a dash, no agency
    ("Miners march on capital\nLA PAZ, 2 April 2031 - Thousands of miners set out "
     "from Oruro.\nThey camped on the road.", "2 April 2031"),
])
def test_header_anchor(text: str, words: str) -> None:
    assert header_anchor(text, _title_stop(text), _timex(text, words))


@pytest.mark.parametrize("text, words", [
    # a told act's day in the lede, after the date line
    ("Ferry strike halts island traffic\nPIRAEUS, April 2 (ANA) - Seamen walked off "
     "their ships on Wednesday after talks failed in the night.\nPorts stood empty.",
     "Wednesday"),
    # a calendar date inside a body sentence of many words
    ("Court jails activist\nThe court sentenced the activist to two years in prison on "
     "March 30, 2031, after a trial that lasted a month.\nHe will appeal.", "March 30, 2031"),
    # one paragraph, no title: a date in a long sentence
    ("Police said the protesters had gathered outside the ministry since early on "
     "Tuesday morning and refused to leave the square.", "Tuesday"),
])
def test_not_header_anchor(text: str, words: str) -> None:
    assert not header_anchor(text, _title_stop(text), _timex(text, words))


@pytest.mark.parametrize("words", ["yesterday", "on Tuesday", "last night",
                                   "Saturday afternoon", "tonight"])
def test_relative_day_anchor(words: str) -> None:
    assert relative_day_anchor(Timex(start=0, end=len(words), text=words, type="DATE",
                                     value="2031-04-01"))


@pytest.mark.parametrize("words", ["April 1", "1 April 2031", "04/01/2031", "March"])
def test_written_date_is_not_relative(words: str) -> None:
    assert not relative_day_anchor(Timex(start=0, end=len(words), text=words, type="DATE",
                                         value="2031-04-01"))


def test_anchor_features() -> None:
    text = "Guards fire on marchers\nDAKAR, April 2 (APS) - Guards fired on Tuesday."
    assert anchor_features(text, _title_stop(text), None) == {}
    assert anchor_features(text, _title_stop(text), _timex(text, "April 2")) == {
        "anchor_header": 1.0}
    assert anchor_features(text, _title_stop(text), _timex(text, "Tuesday")) == {
        "anchor_relative_day": 1.0}
