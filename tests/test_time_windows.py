"""The keyword windows of the time-expression scan
(eventwire/stages/time/windows.py), called directly. The first two tests
moved here from tests/test_time_detect.py (split18); the scan with and
without windows is compared there. Every text was written for these tests."""

from __future__ import annotations

import re

import pytest

from eventwire.stages.time.detect import COMPILED
from eventwire.stages.time.windows import (
    MAX_SPACE,
    MONTHS,
    NEEDLES,
    SCREENS,
    SPACED_NEEDLES,
    WINDOW,
    _occurrences,
    keyword_windows,
    month_windows,
    screen_windows,
)

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
    spans = keyword_windows(text, ("later", "earlier", "after"))
    assert len(spans) == 2 and spans[0][0] == 101 - 40 and spans[-1][1] == len(text)


@pytest.mark.parametrize("text,expected", [
    ("nothing here", []),
    ("later", [(0, 5)]),  # clamped to the text
    ("a" * 100 + "later" + "b" * 100 + "later", [(60, 140), (165, 210)]),  # far apart
    ("x later y earlier", [(0, 17)]),
])
def test_windows(text: str, expected: list[tuple[int, int]]) -> None:
    assert keyword_windows(text, ("later", "earlier")) == expected


@pytest.mark.parametrize("text", [
    "The talks ran past midnight; a week later the past year's deal held.",
    "Next month, the yearly audit of the monthly figures starts; a decade of weeks.",
    "",
])
def test_windows_sharing_the_found_keywords_equal_fresh_ones(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """speed34: rules whose keyword lists share words ("past", "year",
    "month") pass one ``seen`` per text; the windows are those found
    afresh, and each word is searched once."""
    from eventwire.stages.time import windows

    lists = [("past", "last"), ("year", "month", "week"), ("past", "future"),
             ("month", "year", "decade"), ("later", "earlier")]
    searched: list[str] = []
    real = windows._occurrences

    def counted(lowered: str, needle: str) -> list[int]:
        searched.append(needle)
        return real(lowered, needle)

    monkeypatch.setattr(windows, "_occurrences", counted)
    seen: dict[str, list[int]] = {}
    shared = [keyword_windows(text.lower(), needles, seen) for needles in lists]
    assert len(searched) == len(set(searched)) == len({n for ns in lists for n in ns})
    assert shared == [keyword_windows(text.lower(), needles) for needles in lists]


def test_max_space_marks_long_runs_of_whitespace() -> None:
    assert MAX_SPACE.search("a" + " " * 9 + "b") is not None
    assert MAX_SPACE.search("a" + "\n" * 12 + "b") is not None
    assert MAX_SPACE.search("a" + " " * 8 + "b") is None


SAMPLES = (
    "Two days later, on Monday morning, the council met again; three weeks ago it had "
    "voted for a 90-day truce. Every Friday since Christmas Eve, and each week this "
    "summer, protesters marched at noon. Last quarter, in the 1990s and the coming "
    "months, the minister said on Sept. 30, 2024 that talks resume at 5 p.m. now and "
    "then, the following week, this weekend and tomorrow; the first quarter of 2021 "
    "too, for several years, earlier this month and the day before the vote."
)


@pytest.mark.parametrize("name", sorted({**NEEDLES, **SPACED_NEEDLES}))
def test_every_match_holds_a_keyword_within_the_window(name: str) -> None:
    """The windows are sound only if each match of a keyword rule holds one of
    its keywords and is shorter than ``WINDOW``."""
    rx = next(rx for n, rx, _ in COMPILED if n == name)
    needles = NEEDLES.get(name) or SPACED_NEEDLES[name]
    for m in rx.finditer(SAMPLES):
        assert any(n in m.group(0).lower() for n in needles), (name, m.group(0))
        assert len(m.group(0)) < WINDOW, (name, m.group(0))


# speed35: the digit rules' keywords and screens, on sentences written for
# these tests
DIGIT_SAMPLES = (
    "The mill shut in 1887, reopened in 1931 and was sold on 2009-11-04; its Q3 2015 "
    "and 4Q sales fell, q2  2016 less so. They met on the 21st, by the 2nd, then "
    "on the  13TH; 2020 and 1999 and 1812 were dry years."
)


@pytest.mark.parametrize("name", ["year", "iso-date", "short-quarter"])
def test_every_digit_rule_match_starts_at_a_keyword(name: str) -> None:
    """A digit rule's match starts with one of its keywords (lower-cased),
    so its window, ``WINDOW`` either side, holds the match and the
    expression's lookahead."""
    rx = next(rx for n, rx, _ in COMPILED if n == name)
    matches = list(rx.finditer(DIGIT_SAMPLES))
    assert matches
    for m in matches:
        assert m.group(0).lower().startswith(SPACED_NEEDLES[name]), (name, m.group(0))
        assert len(m.group(0)) + 2 < WINDOW


def test_every_ordinal_day_holds_a_screen_match() -> None:
    rx = next(rx for n, rx, _ in COMPILED if n == "ordinal-day")
    matches = list(rx.finditer(DIGIT_SAMPLES))
    assert len(matches) == 3
    for m in matches:
        assert SCREENS["ordinal-day"].search(m.group(0)) is not None
        assert len(m.group(0)) < WINDOW


@pytest.mark.parametrize("text,spots", [
    ("the 4th and the 22nd", [4, 17]),
    ("a 1ſt of a kind", [2]),  # the long s folds to "s" as in the rule
    ("no ordinals here, 44 of them", []),
])
def test_screen_windows_sit_around_the_screen_matches(text: str, spots: list[int]) -> None:
    expected: list[tuple[int, int]] = []
    for spot in spots:
        lo, hi = max(0, spot - WINDOW), min(len(text), spot + WINDOW)
        if expected and lo <= expected[-1][1]:
            expected[-1] = (expected[-1][0], hi)
        else:
            expected.append((lo, hi))
    assert screen_windows(text, SCREENS["ordinal-day"]) == expected


@pytest.mark.parametrize("text,months", [
    ("Mayor Ruiz may come in May; the market opened in mid-March.", ["May", "March"]),
    ("Innovation, doctors and a decided primary: Dec. 3 and SEPT 4.", ["Dec", "SEPT"]),
    ("June_x or junior or JUNE, then jan_ and Jan", ["JUNE", "Jan"]),
])
def test_month_windows_sit_around_the_month_words(text: str, months: list[str]) -> None:
    """The windows of the month keywords that stand as a month word alone:
    those of the keyword windows of the months' own places."""
    lowered = text.lower()
    spots = [text.index(m) if m != "Jan" else text.rindex(m) for m in months]
    expected: list[tuple[int, int]] = []
    for spot in sorted(spots):
        lo, hi = max(0, spot - WINDOW), min(len(text), spot + WINDOW)
        if expected and lo <= expected[-1][1]:
            expected[-1] = (expected[-1][0], hi)
        else:
            expected.append((lo, hi))
    assert month_windows(text, lowered) == expected
    assert len(keyword_windows(lowered, MONTHS)) >= len(expected)


@pytest.mark.parametrize("text, folded", [
    ("on ٢٠٢٤-٠٣-٠٥", "on 2024-03-05"),
    ("१५ March", "15 March"),
    ("in ２０２４年", "in 2024年"),
    ("Auguſt ১৯৯৮ “quoted”", "August 1998 “quoted”"),
    ("plain 2024 text", "plain 2024 text"),
])
def test_fold_for_matching_keeps_every_offset(text: str, folded: str) -> None:
    from eventwire.stages.time.windows import fold_for_matching

    assert fold_for_matching(text) == folded and len(folded) == len(text)
