"""TIMEX coverage by class (eventwire/stages/time/coverage.py and the junk
filters of component.py): fiscal years, halves, short quarters, the year's
end, 24-hour clock times, fractional durations, "recent years", hyphenated
compounds, and numbers that are not dates. Every sentence was written for
these tests; each class has several varied cases."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.detect import find_timexes
from eventwire.stages.time.ranges import timex_range

PUB = date(1998, 2, 13)  # a Friday


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_timex",))


def timexes(pipe: Pipeline, text: str, published: date | None = PUB) -> list[tuple[str, str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=published)]))
    return [(t.text, t.value) for t in doc._.timexes]


@pytest.mark.parametrize("text,expected", [
    ("Profit rose 10% in fiscal 1997.", [("fiscal 1997", "FY1997")]),
    ("The ministry's budget for fiscal year 2021 was cut.", [("fiscal year 2021", "FY2021")]),
    ("Spending in FY2019 fell, the audit office said.", [("FY2019", "FY2019")]),
    ("Revenue rose in the first half of 1997.", [("the first half of 1997", "1997-H1")]),
    ("Growth slowed in the second half of last year.",
     [("the second half of last year", "1997-H2")]),
    ("The Q3 results disappointed.", [("Q3", "1998-Q3")]),
    ("Its 4Q loss widened.", [("4Q", "1998-Q4")]),
    # a past report of a quarter not yet begun (Feb 1998) is last year's (branch timex2)
    ("Third-quarter profit fell.", [("Third-quarter", "1997-Q3")]),
    ("The plant will close by the end of the year.", [("the end of the year", "1998")]),
    ("Stocks rallied at year-end.", [("year-end", "1998")]),
])
def test_business_calendar(pipe: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(pipe, text) == expected


def test_fiscal_year_has_a_range_and_year_granularity() -> None:
    assert timex_range("FY1997") == ("1997-01-01", "1997-12-31")


@pytest.mark.parametrize("text,expected", [
    ("The jet took off at 08:30 UTC.", [("08:30 UTC", "1998-02-13T08:30Z")]),
    ("The blast was heard at 14:05 local time.", [("14:05", "1998-02-13T14:05")]),
    ("Polls closed at 21:00 GMT on Friday.", [("21:00 GMT", "1998-02-13T21:00Z"),
                                              ("Friday", "1998-02-13")]),
    ("The home side led 2:1 at half-time.", []),  # a score, not a time
])
def test_24_hour_clock(pipe: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(pipe, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The strike lasted a year and a half.", [("a year and a half", "P1.5Y")]),
    ("The project is two and a half years late.", [("two and a half years", "P2.5Y")]),
    ("Talks went on for three and a half hours.", [("three and a half hours", "PT3.5H")]),
    ("Prices have risen in recent years.", [("recent years", "PAST_REF")]),
    ("Clashes have grown in recent weeks.", [("recent weeks", "PAST_REF")]),
])
def test_fractions_and_vague_past(pipe: Pipeline, text: str,
                                  expected: list[tuple[str, str]]) -> None:
    assert timexes(pipe, text) == expected


@pytest.mark.parametrize("text", [
    "The deal was the now-defunct airline's last.",
    "Leaders met at the soon-to-open terminal.",
    "The group, now-banned, held a rally in the square.",
])
def test_time_words_in_hyphenated_compounds(pipe: Pipeline, text: str) -> None:
    assert timexes(pipe, text) == []


@pytest.mark.parametrize("text,expected", [
    ("For help call +1 202 555 2011 or write to the ministry.", []),
    ("The hotline, 0800-2010-11, was overwhelmed.", []),
    ("Residents can dial (020) 7946 2011 in 2019.", [("2019", "2019")]),
    ("Fifteen people, including 2011 survivors, testified.", []),
    ("The minister stayed in room 2012 of the hotel.", []),
    ("The 2019 elections were disputed.", [("2019", "2019")]),
    ("Version 2.1.2019 of the app shipped in 2020.", [("2020", "2020")]),
    ("The match ended 2-1 after extra time.", []),
    ("The court ruled on 2011-11-10.", [("2011-11-10", "2011-11-10")]),
])
def test_numbers_that_are_not_dates(pipe: Pipeline, text: str,
                                    expected: list[tuple[str, str]]) -> None:
    assert timexes(pipe, text) == expected


# --- class *to the day* (branch dates18): an anniversary names the same
# calendar day N units back; a plain "N years ago" stays a year
@pytest.mark.parametrize("text,expected", [
    ("Ten years ago today, the dam burst above the village.",
     [("Ten years ago today", "1988-02-13")]),
    ("The strike began exactly three months ago.",
     [("exactly three months ago", "1997-11-13")]),
    ("The envoy was kidnapped a week ago today in the port.",
     [("a week ago today", "1998-02-06")]),
    ("Exactly a year ago, the two leaders met in Geneva.",
     [("Exactly a year ago", "1997-02-13")]),
    ("The mine closed two years ago.", [("two years ago", "1996")]),
])
def test_to_the_day(pipe: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(pipe, text) == expected


def test_to_the_day_short_month() -> None:
    """The 31st a month back in a 30-day month is its last day."""
    found = find_timexes("Exactly a month ago the talks failed.", date(2021, 5, 31),
                         lambda _: "past")
    assert [(f.value, f.rule) for f in found] == [("2021-04-30", "to-the-day")]


# review18: a compound number ("twenty-five") is the whole amount, not its last word
@pytest.mark.parametrize("text,expected", [
    ("Twenty-five years ago today, the dam burst above the village.",
     [("Twenty-five years ago today", "1973-02-13")]),
    ("The siege was lifted exactly thirty two days ago.",
     [("exactly thirty two days ago", "1998-01-12")]),
])
def test_to_the_day_compound_number(pipe: Pipeline, text: str,
                                    expected: list[tuple[str, str]]) -> None:
    assert timexes(pipe, text) == expected


# fixes19: the plain "ago" rule reads a compound or hundreds number word whole
# ("twenty-five", "thirty one", "a hundred"), with the anniversary rule's reading
@pytest.mark.parametrize("text,expected", [
    ("The bridge was built twenty-five years ago.", [("twenty-five years ago", "1973")]),
    ("Thirty one years ago the border town was shelled.",
     [("Thirty one years ago", "1967")]),
    ("The treaty was signed a hundred years ago in this hall.",
     [("a hundred years ago", "1898")]),
    ("The clinic opened forty-two months ago.", [("forty-two months ago", "1994-08")]),
    ("A few years ago the mill closed.", [("A few years ago", "PAST_REF")]),
])
def test_plain_ago_compound_number(pipe: Pipeline, text: str,
                                   expected: list[tuple[str, str]]) -> None:
    assert timexes(pipe, text) == expected
