"""Which rule matches are time expressions (eventwire/stages/time/plausible.py,
split from detect.py in split18), called on the matches of detect's own rules.
Every text was written for these tests."""

from __future__ import annotations

import re

import pytest

from eventwire.stages.time.detect import COMPILED
from eventwire.stages.time.plausible import in_compound, plausible

RULE = {name: rx for name, rx, _ in COMPILED}


def _match(name: str, text: str) -> re.Match[str]:
    m = RULE[name].search(text)
    assert m is not None, (name, text)
    return m


@pytest.mark.parametrize("text,expected", [
    ("Elections will be held in May.", True),
    ("The rebels withdrew last March.", True),
    ("Prices rose in September.", True),
    ("Officials said May was the deadline.", False),  # "may" needs a cue
    ("The talks may resume soon.", False),  # no capital: the verb
    ("They will march on the capital.", False),
])
def test_month_names(text: str, expected: bool) -> None:
    assert plausible("month", _match("month", text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("The offensive began last summer.", True),
    ("Fighting resumed in the spring of 2019.", True),
    ("The rebels will withdraw next fall.", True),
    ("The fall of Mosul shocked the region.", False),
    ("Crops failed in the fall.", False),
    ("It was the winter of discontent.", False),
])
def test_seasons(text: str, expected: bool) -> None:
    assert plausible("season", _match("season", text)) is expected


@pytest.mark.parametrize("name,text,expected", [
    ("month-day", "The vote was set for March 3.", True),
    ("month-day", "Protesters plan to march 3 times a week.", False),
    ("day-month", "The vote was set for 3 March.", True),
    ("year", "The deal was signed in 2016.", True),  # other rules are not filtered
])
def test_month_day_needs_a_capital(name: str, text: str, expected: bool) -> None:
    assert plausible(name, _match(name, text)) is expected


@pytest.mark.parametrize("name,text,expected", [
    ("ref", "The now-defunct firm was sold.", True),
    ("ref", "Workers at the soon-to-open terminal went on strike.", True),
    ("ref", "A once-recently-built dam burst.", True),
    ("ref", "The firm is now closed.", False),
    ("ref", "Talks will resume soon.", False),
    ("year", "The 2016-era deal was dropped.", False),  # only the "ref" rule
])
def test_time_word_in_a_hyphenated_compound(name: str, text: str, expected: bool) -> None:
    assert in_compound(name, _match(name, text)) is expected
