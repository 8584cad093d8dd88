"""Class *a title act in the historical present* (eventwire/stages/time/headline.py
``date_headline_acts``, branch dates32): an undated material act of the
title line told in the simple present takes the story's day; a noun, a
participle, an infinitive, a statement, a body act and a text with no
story's day are left as they were. Every sentence was written for these
tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.headline import date_headline_acts, historical_present, title_present
from tests.test_time_story_day import Typed, _event
from tests.test_time_undated import PUB

MONDAY = "2021-05-31"


def _dated(pipe: Pipeline, text: str, typed: list[Typed]) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    events = [_event(doc, *t) for t in typed]
    date_headline_acts(doc, events, PUB)
    return events


@pytest.mark.parametrize("text,typed", [
    ("Zambia expels two Chinese miners after mine protest\nPolice broke up a protest at the "
     "Kasenga copper mine on Monday, and officers arrested six workers.",
     [("expels", "COERCE", "asserted", None), ("broke", "COERCE", "asserted", MONDAY),
      ("arrested", "COERCE", "asserted", MONDAY)]),
    ("Students occupy university senate as fees row deepens\nHundreds of students marched "
     "on the senate building in Lusaka on Monday, the university said.",
     [("occupy", "PROTEST", "asserted", None), ("marched", "PROTEST", "reported", MONDAY)]),
    ("Coast guard seizes trawler, crew held in port\nThe coast guard boarded a Thai trawler "
     "off the northern islands on Monday and towed it to the harbour.",
     [("seizes", "COERCE", "asserted", None), ("boarded", "COERCE", "asserted", MONDAY)]),
])
def test_a_title_act_takes_the_story_day(timex_pipe: Pipeline, text: str,
                                         typed: list[Typed]) -> None:
    first = _dated(timex_pipe, text, typed)[0].time
    assert (first.value, first.granularity, first.anchor) == (MONDAY, "day", "narrative")


@pytest.mark.parametrize("text,typed", [
    # a participle
    ("Union leader detained as strike spreads\nPolice fired tear gas at striking dockers "
     "on Monday.",
     [("detained", "COERCE", "asserted", None), ("fired", "COERCE", "asserted", MONDAY)]),
    # a noun
    ("Army on alert after border clashes\nSoldiers exchanged fire with smugglers on Monday.",
     [("clashes", "FIGHT", "asserted", None), ("exchanged", "FIGHT", "asserted", MONDAY)]),
    # a statement
    ("Ministry condemns attack on convoy\nGunmen ambushed an aid convoy on Monday.",
     [("condemns", "DISAPPROVE", "asserted", None), ("ambushed", "ASSAULT", "asserted",
                                                      MONDAY)]),
    # an infinitive
    ("Migrants try to storm border fence\nBorder guards pushed back hundreds of migrants on "
     "Monday.",
     [("storm", "ASSAULT", "asserted", None), ("pushed", "COERCE", "asserted", MONDAY)]),
])
def test_other_title_forms_stay_unknown(timex_pipe: Pipeline, text: str,
                                        typed: list[Typed]) -> None:
    assert _dated(timex_pipe, text, typed)[0].time.value is None


def test_a_body_act_is_not_a_title_act(timex_pipe: Pipeline) -> None:
    text = ("Riots in the capital\nPolice fired tear gas at looters on Monday. Troops guard "
            "the banks.")
    typed = [("fired", "COERCE", "asserted", MONDAY), ("guard", "MOBILIZE", "asserted", None)]
    assert _dated(timex_pipe, text, typed)[1].time.value is None


def test_no_story_day_no_date(timex_pipe: Pipeline) -> None:
    """Dated acts split over two days: no story's day."""
    text = ("Navy arrests ten fishermen\nA patrol boat stopped a trawler on Sunday. Officers "
            "searched a second boat on Monday.")
    typed = [("arrests", "COERCE", "asserted", None),
             ("stopped", "COERCE", "asserted", "2021-05-30"),
             ("searched", "COERCE", "asserted", MONDAY)]
    assert _dated(timex_pipe, text, typed)[0].time.value is None


@pytest.mark.parametrize("text,word,expected", [
    ("Kenya bans night flights over game parks", "bans", True),
    ("Farmers block highways in fuel protest", "block", True),
    ("Mayor detained in graft probe", "detained", False),
    ("Rebels are shelling the port", "shelling", False),
])
def test_historical_present(timex_pipe: Pipeline, text: str, word: str, expected: bool) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert historical_present(next(t for t in doc if t.text == word)) is expected


@pytest.mark.parametrize("text,typed", [
    # review55: a habitual present tells acts of any day, not the story's
    ("Police beat journalists every week, union says\nPolice detained three reporters "
     "outside parliament on Monday, the union said.",
     [("beat", "ASSAULT", "reported", None), ("detained", "COERCE", "reported", MONDAY)]),
    ("Rebels shell villages daily as offensive stalls\nGovernment troops arrested a rebel "
     "commander near Lomi on Monday.",
     [("shell", "ASSAULT", "asserted", None), ("arrested", "COERCE", "asserted", MONDAY)]),
    ("Militias regularly loot farms in the north, villagers say\nPolice detained "
     "a militia leader in Gado on Monday.",
     [("loot", "ASSAULT", "reported", None), ("detained", "COERCE", "asserted", MONDAY)]),
])
def test_a_habitual_title_act_stays_unknown(timex_pipe: Pipeline, text: str,
                                            typed: list[Typed]) -> None:
    assert _dated(timex_pipe, text, typed)[0].time.value is None


@pytest.mark.parametrize("text,word,expected", [
    # the tagger reads a title's plural present as a bare verb with its subject
    ("Gunmen seize two engineers near the mine", "seize", True),
    ("Police remove activists from the ministry", "remove", True),
    ("Farmers block highways in fuel protest", "block", True),
    # a bare verb after an auxiliary "to" is no present
    ("Police to remove activists from the ministry", "remove", False),
    ("Migrants try to storm the fence", "storm", False),
    ("Mayor detained in graft probe", "detained", False),
])
def test_title_present(timex_pipe: Pipeline, text: str, word: str, expected: bool) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert title_present(next(t for t in doc if t.text == word)) is expected


def test_a_bare_verb_title_act_takes_the_story_day(timex_pipe: Pipeline) -> None:
    """dates39: the title's present read as ``VB`` is the same historical present."""
    text = ("Gunmen seize two engineers near the mine\nArmed men stormed the Tamou mine camp "
            "on Monday and drove off with two engineers, the army said.")
    typed = [("seize", "COERCE", "asserted", None), ("stormed", "ASSAULT", "reported", MONDAY)]
    first = _dated(timex_pipe, text, typed)[0].time
    assert (first.value, first.anchor) == (MONDAY, "narrative")
