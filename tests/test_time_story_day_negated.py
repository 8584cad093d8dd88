"""Class *a negated act of the story* (eventwire/stages/time/story_day.py,
branch dates32): an undated material act the story says did not happen,
told in the past simple, takes the story's day; a negated future, perfect
or present does not. Every sentence was written for these tests (PUB:
Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.story_day import negated_past
from tests.test_time_story_day import Typed, _filled
from tests.test_time_undated import PUB

MONDAY = "2021-05-31"


@pytest.mark.parametrize("text,typed", [
    ("Dockers marched on the port authority on Monday.\nRiot police watched from the gates "
     "and did not intervene.",
     [("marched", "PROTEST", "asserted", MONDAY), ("intervene", "COERCE", "negated", None)]),
    ("Thousands rallied in Freedom Square on Monday against the new tax.\nThe organisers "
     "said no one was detained.",
     [("rallied", "PROTEST", "asserted", MONDAY), ("detained", "COERCE", "negated", None)]),
    ("Farmers blocked the northern highway with tractors on Monday.\nTroops guarding the "
     "toll gates did not stop them.",
     [("blocked", "PROTEST", "asserted", MONDAY), ("stop", "COERCE", "negated", None)]),
    ("Youths stoned a police station in the old town on Monday.\nNo arrests were reported "
     "in the district.",
     [("stoned", "ASSAULT", "asserted", MONDAY), ("arrests", "COERCE", "negated", None)]),
])
def test_a_negated_past_act_takes_the_story_day(timex_pipe: Pipeline, text: str,
                                                typed: list[Typed]) -> None:
    last = _filled(timex_pipe, text, typed)[-1].time
    assert (last.value, last.granularity, last.anchor) == (MONDAY, "day", "narrative")


@pytest.mark.parametrize("text,typed", [
    ("Miners occupied the pit head on Monday.\nThe minister said he would not send the army.",
     [("occupied", "PROTEST", "asserted", MONDAY), ("send", "MOBILIZE", "negated", None)]),
    ("Rebels shelled the airport on Monday.\nThe army has not withdrawn from the valley.",
     [("shelled", "ASSAULT", "asserted", MONDAY), ("withdrawn", "RETREAT", "negated", None)]),
    ("Police raided two newspapers on Monday.\n\"Nobody here is arrested for what he "
     "writes,\" the minister said.",
     [("raided", "COERCE", "asserted", MONDAY), ("arrested", "COERCE", "negated", None)]),
    ("Students seized the rector's office on Monday.\nThe police had not entered the campus "
     "since 1990.",
     [("seized", "PROTEST", "asserted", MONDAY), ("entered", "COERCE", "negated", None)]),
])
def test_other_negated_acts_stay_unknown(timex_pipe: Pipeline, text: str,
                                         typed: list[Typed]) -> None:
    assert _filled(timex_pipe, text, typed)[-1].time.value is None


@pytest.mark.parametrize("text,word,expected", [
    ("The guards did not open the gates.", "open", True),
    ("No shots were fired at the crowd.", "fired", True),
    ("The envoy will not attend the talks.", "attend", False),
    ("The army has not withdrawn its troops.", "withdrawn", False),
])
def test_negated_past(timex_pipe: Pipeline, text: str, word: str, expected: bool) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert negated_past(next(t for t in doc if t.text == word)) is expected


@pytest.mark.parametrize("text,typed", [
    # review55: a lasting or habitual negation is no step of the story's day
    ("Gunmen attacked a bus near Lomi on Monday.\nNobody was ever punished for the massacre "
     "at the mine.",
     [("attacked", "ASSAULT", "asserted", MONDAY), ("punished", "COERCE", "negated", None)]),
    ("Gunmen ambushed a convoy on Monday.\nFor months, soldiers did not patrol the road to "
     "the border.",
     [("ambushed", "ASSAULT", "asserted", MONDAY), ("patrol", "MOBILIZE", "negated", None)]),
    ("Rioters burned a police station on Monday.\nPolice did not arrest anyone over the "
     "arson for a decade.",
     [("burned", "ASSAULT", "asserted", MONDAY), ("arrest", "COERCE", "negated", None)]),
    ("Gunmen kidnapped six aid workers on Monday.\nKidnappers usually did not harm foreign "
     "hostages in the region.",
     [("kidnapped", "ASSAULT", "asserted", MONDAY), ("harm", "ASSAULT", "negated", None)]),
])
def test_a_lasting_negation_stays_unknown(timex_pipe: Pipeline, text: str,
                                          typed: list[Typed]) -> None:
    assert _filled(timex_pipe, text, typed)[-1].time.value is None


def test_a_negation_for_hours_is_the_story_day(timex_pipe: Pipeline) -> None:
    """A duration inside the day does not make the negation last."""
    text = ("Looters ransacked the market on Monday.\nFor hours, the police did not "
            "intervene.")
    typed = [("ransacked", "ASSAULT", "asserted", MONDAY), ("intervene", "COERCE", "negated", None)]
    assert _filled(timex_pipe, text, typed)[-1].time.value == MONDAY
