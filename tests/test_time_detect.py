"""The keyword windows of the time-expression scan
(eventwire/stages/time/detect.py): a scan inside the windows finds what the
scan of the whole text finds. The windows themselves are tested in
tests/test_time_windows.py."""

from __future__ import annotations

import re
from datetime import date

import pytest

from eventwire.stages.time import detect
from eventwire.stages.time.detect import find_timexes

# speed10: the month, weekday, "now"-word and clock rules scan keyword windows
# too; each text is scanned with and without them (written for this test)
SPACED_TEXTS = [
    "On Sept. 30, 2024 the council met; by mid-March it had not, and in late May 2023 "
    "nobody came. The 3rd of December, December 4 and 5th of june were quiet.",
    "Last Monday evening, this Friday and next  Sunday morning the talks resume at 5 p.m. "
    "or at 10:30am, the minister said on Tuesday.",
    "He is now in charge; currently, in the coming weeks and in the future soon enough.",
    "They met last" + " " * 45 + "Monday and on March" + "\n" * 50 + "4, 2021 at 9"
    + "\t" * 12 + "pm.",
    "İİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİ met on Monday, March 4 at 9 pm.",
    "Mayor Decker marched to the market in Octavia; nobody may Sep arate them on Monday.",
]


@pytest.mark.parametrize("text", SPACED_TEXTS)
def test_spaced_rules_find_what_the_whole_text_scan_finds(text: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    windowed = find_timexes(text, date(2024, 10, 1), lambda _: "past")
    monkeypatch.setattr(detect, "SPACED_NEEDLES", {})
    whole = find_timexes(text, date(2024, 10, 1), lambda _: "past")
    assert windowed == whole
    assert whole  # every text holds some expression


def test_long_whitespace_or_a_longer_lowered_text_turns_the_windows_off(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = SPACED_TEXTS[3]  # "last <45 spaces> Monday": longer than a window
    whole = find_timexes(text, date(2024, 10, 1), lambda _: "past")
    monkeypatch.setattr(detect, "MAX_SPACE", re.compile(r"(?!x)x"))  # the check off
    assert find_timexes(text, date(2024, 10, 1), lambda _: "past") != whole
    assert detect.MAX_SPACE.search(SPACED_TEXTS[1]) is None
    assert len(SPACED_TEXTS[4].lower()) != len(SPACED_TEXTS[4])


@pytest.mark.parametrize("text", SPACED_TEXTS[:3])
def test_rules_sharing_keywords_place_their_windows_once(text: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """speed12: the six month rules (and "every"/"each") share one set of
    windows per text; the expressions are those of placing them per rule."""
    calls: list[tuple[str, ...]] = []
    real = detect.keyword_windows

    def counted(lowered: str, needles: tuple[str, ...],
                seen: dict[str, list[int]] | None = None,
                after_space: bool = False) -> list[tuple[int, int]]:
        calls.append(needles)
        return real(lowered, needles, seen, after_space)

    real_months = detect.month_windows

    def counted_months(text: str, lowered: str,
                       seen: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
        calls.append(detect.MONTHS)
        return real_months(text, lowered, seen)

    monkeypatch.setattr(detect, "keyword_windows", counted)
    monkeypatch.setattr(detect, "month_windows", counted_months)
    shared = find_timexes(text, date(2024, 10, 1), lambda _: "past")
    assert len(calls) == len(set(calls))  # each keyword tuple placed once
    assert ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec") in calls
    monkeypatch.setattr(detect, "NEEDLES", {})  # no windows: every rule scans the text
    monkeypatch.setattr(detect, "SPACED_NEEDLES", {})
    monkeypatch.setattr(detect, "EXACT_NEEDLES", {})
    assert shared and shared == find_timexes(text, date(2024, 10, 1), lambda _: "past")


# dates15: class *season named from the reference date* — "last/next <season>"
# is the nearest such season before/after the one the text is written in,
# not the calendar year's neighbour (sentences written for this test)
@pytest.mark.parametrize("text,ref,expected", [
    ("The farm flooded last summer.", date(2011, 12, 2), "2011-SU"),
    ("The farm flooded last summer.", date(2012, 4, 20), "2011-SU"),
    ("The farm flooded last summer.", date(2012, 7, 9), "2011-SU"),
    ("Exports collapsed last autumn, the bank said.", date(2016, 12, 30), "2016-FA"),
    ("Schools shut early last winter.", date(2019, 5, 3), "2018-WI"),
    ("Schools shut early last winter.", date(2019, 1, 20), "2017-WI"),
    ("The bridge will reopen next spring.", date(2022, 11, 15), "2023-SP"),
    ("The bridge will reopen next spring.", date(2023, 4, 1), "2024-SP"),
    ("Talks resume next summer.", date(2022, 2, 10), "2022-SU"),
    ("The dam was finished in the summer of 2009.", date(2012, 1, 5), "2009-SU"),
])
def test_last_and_next_season_from_the_reference_date(text: str, ref: date,
                                                      expected: str) -> None:
    found = [f.value for f in find_timexes(text, ref, lambda _: "past")]
    assert found == [expected]


@pytest.mark.parametrize("text,rule,value,shift", [
    ("He served for twenty-five years in the army.", "duration", "P25Y", None),
    ("It lasted thirty one months.", "duration", "P31M", None),
    ("They were jailed for a hundred days.", "duration", "P100D", None),
    ("He got a twenty-five-year sentence.", "adj-duration", "P25Y", None),
    ("Forty-two days later the rebels struck again.", "narrative", None, (42, "day")),
    ("The talks had failed twenty-one years before.", "narrative", None, (-21, "year")),
])
def test_a_compound_count_is_read_whole(text: str, rule: str, value: str | None,
                                        shift: tuple[int, str] | None) -> None:
    """Class *a count in number words*: "twenty-five years", "forty-two days
    later" count 25 and 42 units, not the last word's 5 and 2 (the narrative
    and duration rules read the count as the "ago" rules do)."""
    found = find_timexes(text, date(2024, 5, 10), lambda i: "past")
    assert [(f.rule, f.value, f.shift) for f in found] == [(rule, value, shift)]


# speed35: the year, ISO-date, short-quarter and ordinal-day rules scan
# windows too; each text (written for this test) with and without them
DIGIT_TEXTS = [
    "The dam was built in 1958, breached on 2011-03-14 and rebuilt by 2019; Q4 2020 "
    "revenue and 3Q output rose.",
    "The rebels left on the 3rd, returned by the 25th. 1870s maps, 12,2019 "
    "and $2015 do not count, nor 1999%.",
    "Sales in q1  2023 and Q2 were flat; from the 30TH to the 2nd; since 1994 the shift ends.",
]


@pytest.mark.parametrize("text", DIGIT_TEXTS)
def test_digit_rules_find_what_the_whole_text_scan_finds(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    windowed = find_timexes(text, date(2024, 10, 1), lambda _: "past")
    assert {"year", "ordinal-day"} & {f.rule for f in windowed}
    monkeypatch.setattr(detect, "SPACED_NEEDLES", {})
    monkeypatch.setattr(detect, "SCREENS", {})
    assert windowed == find_timexes(text, date(2024, 10, 1), lambda _: "past")


# speed35: the month keywords place windows only where they stand as a month
# word; each text (written for this test) with and without that test
MONTH_TEXTS = [
    "The Mayor may visit the market in mid-March; the primary was decided on May 4, 2021.",
    "Innovation stalled: SEPTEMBER 3 came, then the 5th of Dec. and Sept. 30; in late "
    "Jun the junior staff left, and Octavia sold the Augustan vase on Aug 2.",
    "Separate talks in January, 2019 and on 12 February; the decade's doctors met in Oct.",
]


@pytest.mark.parametrize("text", MONTH_TEXTS)
def test_month_words_find_what_every_month_keyword_finds(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    worded = find_timexes(text, date(2024, 10, 1), lambda _: "past")
    assert {"month", "month-day", "full-date", "month-year", "day-month"} & {
        f.rule for f in worded}
    monkeypatch.setattr(detect, "SPACED_NEEDLES", {})
    assert worded == find_timexes(text, date(2024, 10, 1), lambda _: "past")


def test_a_folded_letter_is_read_as_its_plain_letter() -> None:
    """"Auguſt 5" is a month and day to the rules' expression (the long s
    folds to s) but not the word "august" to the month word test, which
    would place no window there; the text is matched with "ſ" and "ı"
    folded first, so the month word test and the name tables see "august"."""
    text = "the market reopened on Auguſt 5 and Aprıl 2."
    assert detect.month_windows(text, text.lower()) == []
    found = find_timexes(text, date(2024, 10, 1), lambda _: "past")
    assert [(text[f.start:f.end], f.value) for f in found] == [
        ("Auguſt 5", "2024-08-05"), ("Aprıl 2", "2024-04-02")]


@pytest.mark.parametrize("text, value", [
    ("It reopened on Auguſt 5.", "2019-08-05"),
    ("The talks began in Aprıl 2019.", "2019-04"),
    ("Polls closed on Tueſday.", "2019-12-31"),
])
def test_folded_letters_give_dates_not_errors(text: str, value: str) -> None:
    """A long s or a dotless i inside a month or weekday name matches the
    case-insensitive rules as "s"/"i"; the name tables must read it so too
    (it raised KeyError before)."""
    found = find_timexes(text, date(2020, 1, 1), lambda _offset: "past")
    assert [f.value for f in found] == [value]


# ---------------------------- dates in other scripts' digits (issue #12)
# Arabic-Indic, Devanagari, full-width, Bengali, mixed
@pytest.mark.parametrize("text, span, value", [
    ("Voters queued on ٢٠٢٤-٠٣-٠٥ outside the schools.", "٢٠٢٤-٠٣-٠٥", "2024-03-05"),
    ("The port reopened on १५ March 2024.", "१५ March 2024", "2024-03-15"),  # Devanagari
    ("The dam was finished in ２０２４.", "２０２４", "2024"),  # full-width
    ("A flood hit the delta in ১৯৯৮.", "১৯৯৮", "1998"),  # Bengali
    ("The summit set for 20٢٤-03-05 was called off.", "20٢٤-03-05", "2024-03-05"),  # mixed
])
def test_a_date_in_another_scripts_digits_is_read_as_that_date(text: str, span: str,
                                                                value: str) -> None:
    """Every Unicode decimal digit is folded to its ASCII digit before the
    rules match (one code point each): the span is the text's own, the
    value ASCII (the mixed date gave the value "20٢٤-03-05" before)."""
    found = find_timexes(text, date(2024, 3, 20), lambda _offset: "past")
    assert [(text[f.start:f.end], f.value) for f in found] == [(span, value)]


@pytest.mark.parametrize("text", [
    "Talks opened in Tokyo on ２０２４年３月５日.",  # CJK date: no English rule reads it
    "The board met in ٢٠٢٤年 again.",
    "Turnout was ５５ percent in ۱۴۰۲ polls.",  # Extended Arabic-Indic (Persian) digits
])
def test_other_digits_the_rules_cannot_read_leave_the_text_undated(text: str) -> None:
    """No crash and no half-read value: a date the English rules do not
    read stays undated; any value found is ASCII."""
    found = find_timexes(text, date(2024, 3, 20), lambda _offset: "past")
    assert all(f.value.isascii() for f in found)


# speed51: "adj-duration" places its windows at a hyphen glued to its unit
# ("-day", "-year"), "duration" at a unit right after whitespace; each text
# (written for this test) scanned with those windows and without any
NARROW_TEXTS = [
    "A 90-day truce began today, well-known mediators said on Monday; the long-term "
    "plan runs for three years after a two-week pause and a five-YEAR-old dispute.",
    "The holiday ended; for\ttwo\u00a0days the Three-Hour strike and a 24-hour curfew held, "
    "then the state-run radio said a ten-minute, half-hour and 100-year-old law changed.",
    "Birthday parties, today's talks and Sunday's vote: no duration here, but a six-decade "
    "reign, several weeks and a couple of months later the twenty-five-day siege ended.",
    # "\u0130" lowers to two characters: the narrow keywords are off, as the spaced ones
    "\u0130stanbul hosted a 3-day summit; for four years and two months talks went on.",
    "In the 1990s a three-day week-long run - - -day -year and x-day followed for 2 days.",
]


@pytest.mark.parametrize("text", NARROW_TEXTS)
def test_narrow_keywords_find_what_the_whole_text_scan_finds(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    windowed = find_timexes(text, date(2024, 10, 1), lambda _: "past")
    assert "adj-duration" in {f.rule for f in windowed}
    monkeypatch.setattr(detect, "EXACT_NEEDLES", {})
    monkeypatch.setattr(detect, "AFTER_SPACE", frozenset())
    assert windowed == find_timexes(text, date(2024, 10, 1), lambda _: "past")
    monkeypatch.setattr(detect, "NEEDLES", {})
    monkeypatch.setattr(detect, "SPACED_NEEDLES", {})
    monkeypatch.setattr(detect, "SCREENS", {})
    assert windowed == find_timexes(text, date(2024, 10, 1), lambda _: "past")


def test_narrow_keywords_place_fewer_windows() -> None:
    """The narrow keywords leave out the hyphens of compounds and the units
    inside words: what they save."""
    from eventwire.stages.time.windows import EXACT_NEEDLES, NEEDLES, keyword_windows

    text = NARROW_TEXTS[2].lower()
    assert keyword_windows(text, NEEDLES["duration"], after_space=True) != \
        keyword_windows(text, NEEDLES["duration"])
    wide = keyword_windows(NARROW_TEXTS[0].lower(), NEEDLES["adj-duration"])
    narrow = keyword_windows(NARROW_TEXTS[0].lower(), EXACT_NEEDLES["adj-duration"])
    assert sum(b - a for a, b in narrow) < sum(b - a for a, b in wide)


# dates62: a part of the month before a month and its year ("late November
# 2024") keeps the written year; the bare month rule, as long and earlier,
# used to win and resolve the month against the text's day (written for this test)
@pytest.mark.parametrize(("text", "value", "span"), [
    ("The sit-in began in late November 2024 and never ended.", "2024-11",
     "late November 2024"),
    ("Prices had doubled by mid-June, 2019, the survey found.", "2019-06", "mid-June, 2019"),
    ("In early Feb. 2011 the dockers walked out.", "2011-02", "early Feb. 2011"),
    ("Talks resume in late-August of 2027, officials said.", "2027-08",
     "late-August of 2027"),
])
def test_a_part_of_the_month_keeps_the_written_year(text: str, value: str, span: str) -> None:
    found = find_timexes(text, date(2026, 12, 6), lambda _: "past")
    assert [(text[f.start:f.end], f.value, f.rule) for f in found] == [
        (span, value, "month-year")]


def test_a_part_of_the_month_without_a_year_is_still_the_bare_month() -> None:
    text = "Teachers have been on strike since mid-November, the union said."
    found = find_timexes(text, date(2026, 12, 6), lambda _: "past")
    assert [(f.value, f.rule) for f in found] == [("2026-11", "month")]
