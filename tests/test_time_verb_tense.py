"""Weekday direction by the governing verb (eventwire/stages/time/verb_tense.py,
issue #12, branch weekday33): past and perfect acts take the last such day
on or before publication, future ones and timetables the next, a
progressive or a noun's weekday under a present simple the nearest.
Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.verb_tense import nearest_weekday

TUE = date(2021, 6, 1)  # a Tuesday
MON_MARCH = date(2021, 3, 1)  # a Monday: the Saturday before is in February
MON_YEAR = date(2024, 1, 1)  # a Monday: the Friday before is in 2023
THU_YEAR = date(2020, 12, 31)  # a Thursday: the Monday after is in 2021


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_timex",))


def _value(pipe: Pipeline, text: str, published: date, word: str) -> str:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=published)]))
    assert doc is not None
    return next(t.value for t in doc._.timexes if t.text.lower().startswith(word.lower()))


@pytest.mark.parametrize("text,published,word,value", [
    ("A rights group said on Monday that soldiers beat protesters during a march in the "
     "capital on Sunday.", TUE, "Sunday", "2021-05-30"),
    ("Militiamen hit a fuel convoy near the border on Saturday.", MON_MARCH, "Saturday",
     "2021-02-27"),
    ("The warden said guards shut the prison gates on Friday after the riot.", MON_YEAR,
     "Friday", "2023-12-29"),
    ("Rockets hit the airport on Thursday, officials said.", TUE, "Thursday", "2021-05-27"),
])
def test_past_reads_back(pipe: Pipeline, text: str, published: date, word: str,
                         value: str) -> None:
    assert _value(pipe, text, published, word) == value


@pytest.mark.parametrize("text,published,word,value", [
    ("The envoys will meet in Geneva on Monday.", THU_YEAR, "Monday", "2021-01-04"),
    ("The council plans to vote on the budget on Thursday.", MON_MARCH, "Thursday",
     "2021-03-04"),
    ("The minister is due to visit the flooded district on Sunday.", TUE, "Sunday",
     "2021-06-06"),
    ("If the strike goes ahead on Saturday, the army will respond.", TUE, "Saturday",
     "2021-06-05"),
    ("The trade fair opens in Lyon on Monday.", date(2021, 2, 25), "Monday", "2021-03-01"),
    ("The curfew ends on Tuesday.", MON_YEAR, "Tuesday", "2024-01-02"),
])
def test_future_reads_ahead(pipe: Pipeline, text: str, published: date, word: str,
                            value: str) -> None:
    assert _value(pipe, text, published, word) == value


@pytest.mark.parametrize("text,published,word,value", [
    ("Detectives are questioning two men over Sunday's shooting.", TUE, "Sunday",
     "2021-05-30"),
    ("The defendant is the only suspect in the Friday stabbing at the market.", MON_YEAR,
     "Friday", "2023-12-29"),
    ("Investigators say a gas leak caused Saturday's blast at the depot.", MON_MARCH,
     "Saturday", "2021-02-27"),
    ("The 40 arrests on Thursday are a record for the city.", date(2021, 3, 6), "Thursday",
     "2021-03-04"),
    ("Landslide buries 12 homes on Sunday near the pass.", TUE, "Sunday", "2021-05-30"),
    ("Gunmen storm village in Zamfara on Saturday\nGunmen stormed a village.", MON_MARCH,
     "Saturday", "2021-02-27"),
    ("Rebels seize border post on Friday\nRebels seized a border post.", MON_YEAR, "Friday",
     "2023-12-29"),
])
def test_present_reads_nearest(pipe: Pipeline, text: str, published: date, word: str,
                               value: str) -> None:
    assert _value(pipe, text, published, word) == value


@pytest.mark.parametrize("text,published,word,value", [
    # review64: a progressive the weekday hangs on itself is an arrangement,
    # on or after publication, also three days or fewer back
    ("Thousands of teachers are marching on Thursday.", TUE, "Thursday", "2021-06-03"),
    ("The foreign ministers are meeting in Oslo on Thursday.", date(2021, 6, 6), "Thursday",
     "2021-06-10"),
    ("Farmers are blocking the motorway on Monday in protest at the tax.", date(2021, 6, 3),
     "Monday", "2021-06-07"),
    ("The president is travelling to Nairobi on Saturday.", MON_MARCH, "Saturday",
     "2021-03-06"),
])
def test_progressive_arrangement_reads_ahead(pipe: Pipeline, text: str, published: date,
                                             word: str, value: str) -> None:
    assert _value(pipe, text, published, word) == value


@pytest.mark.parametrize("ref,target,expected", [
    (TUE, 6, date(2021, 5, 30)),  # Sunday: two days back
    (TUE, 4, date(2021, 6, 4)),  # Friday: three ahead, four back
    (TUE, 1, TUE),  # the same day
    (MON_YEAR, 4, date(2023, 12, 29)),  # Friday: three back, over the year
])
def test_nearest_weekday(ref: date, target: int, expected: date) -> None:
    assert nearest_weekday(ref, target) == expected
