"""Events over several days (eventwire/stages/time/multiday.py, branch
dates9): a day pair and a span of N days date as the ISO week that holds
them, or the month when the days cross a week's end; a single day, an
outbreak and the host of an "after N days" phrase keep their day. Every
sentence was written for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.multiday import stretch
from tests.test_time_episode import _dated


def test_stretch_is_the_week_then_the_month() -> None:
    assert stretch(date(2021, 5, 27), date(2021, 5, 29)) == ("2021-W21", "week")
    assert stretch(date(2021, 5, 22), date(2021, 5, 25)) == ("2021-05", "month")
    assert stretch(date(2021, 5, 30), date(2021, 6, 2)) is None
    assert stretch(date(2021, 5, 29), date(2021, 5, 27)) is None


@pytest.mark.parametrize("text,word,type_,value,granularity", [
    ("Gunmen raided two villages near the lake on Thursday and Friday, officials said.",
     "raided", "ASSAULT", "2021-W21", "week"),
    ("Strikers blocked the main highway from Wednesday to Saturday.",
     "blocked", "PROTEST", "2021-W21", "week"),
    ("Late Friday and early Saturday, rioters burned cars in the suburbs.",
     "burned", "ASSAULT", "2021-W21", "week"),
    ("Between 3rd and 6th May 2021, inspectors seized 40 trucks at the port.",
     "seized", "COERCE", "2021-W18", "week"),
    ("Soldiers shelled the market on Saturday and Monday, residents said.",
     "shelled", "ASSAULT", "2021-05", "month"),
])
def test_day_pair_dates_its_week(timex_pipe: Pipeline, text: str, word: str, type_: str,
                                 value: str, granularity: str) -> None:
    _doc, (event,) = _dated(timex_pipe, text, [(word, type_, "asserted")])
    assert (event.time.value, event.time.granularity) == (value, granularity)


@pytest.mark.parametrize("text,typed,expected", [
    ("Calm returned to the port city on Friday after two nights of looting.",
     [("returned", "RETREAT"), ("looting", "ASSAULT")],
     [("2021-05-28", "day"), ("2021-W21", "week")]),
    ("At least five people died on Saturday during three days of protests in the capital.",
     [("protests", "PROTEST")], [("2021-W21", "week")]),
    ("Police said on Sunday that 12 people were killed in three days of clashes.",
     [("clashes", "ASSAULT")], [("2021-W21", "week")]),
    ("The town was quiet on Sunday after eight days of riots and looting.",
     [("riots", "PROTEST"), ("looting", "ASSAULT")],
     [("2021-05", "month"), ("2021-05", "month")]),
])
def test_span_of_days_dates_its_week(timex_pipe: Pipeline, text: str,
                                     typed: list[tuple[str, str]],
                                     expected: list[tuple[str, str]]) -> None:
    _doc, events = _dated(timex_pipe, text, [(w, t, "asserted") for w, t in typed])
    assert [(e.time.value, e.time.granularity) for e in events] == expected


@pytest.mark.parametrize("text,word,type_,value", [
    ("The navy began three days of drills off the coast on Saturday.",
     "drills", "MOBILIZE", "2021-05-29"),
    ("Police arrested the organiser on Thursday and released him on Friday.",
     "arrested", "COERCE", "2021-05-27"),
    ("Troops withdrew on Friday after two days of talks.", "withdrew", "RETREAT",
     "2021-05-28"),
    ("Rebels attacked the convoy on Thursday, and on Saturday they ambushed a patrol.",
     "attacked", "ASSAULT", "2021-05-27"),
])
def test_single_days_and_outbreaks_keep_their_day(timex_pipe: Pipeline, text: str, word: str,
                                                  type_: str, value: str) -> None:
    _doc, (event,) = _dated(timex_pipe, text, [(word, type_, "asserted")])
    assert (event.time.value, event.time.granularity) == (value, "day")


@pytest.mark.parametrize("text,word,type_,value", [
    ("A drone crossed the border during the night of 27 May to 28 May, the army said.",
     "crossed", "ASSAULT", "2021-05-28"),
    ("Looters broke into shops overnight Friday to Saturday in the old town.",
     "broke", "ASSAULT", "2021-05-29"),
    ("In the night from Sunday to Monday, militants attacked a police post.",
     "attacked", "ASSAULT", "2021-05-31"),
])
def test_night_across_two_days_is_its_second_day(timex_pipe: Pipeline, text: str, word: str,
                                                 type_: str, value: str) -> None:
    _doc, (event,) = _dated(timex_pipe, text, [(word, type_, "asserted")])
    assert (event.time.value, event.time.granularity) == (value, "day")


@pytest.mark.parametrize("text,word,type_", [
    ("The governor imposed a curfew from 9 p.m. to 5 a.m. on Sunday.", "imposed", "COERCE"),
    ("Police sealed the square between 8 p.m. and midnight on Sunday.", "sealed", "COERCE"),
    ("Protesters marched from noon to 6 p.m. on Sunday.", "marched", "PROTEST"),
])
def test_clock_times_are_no_day_pair(timex_pipe: Pipeline, text: str, word: str,
                                     type_: str) -> None:
    _doc, (event,) = _dated(timex_pipe, text, [(word, type_, "asserted")])
    assert event.time.granularity == "day"
