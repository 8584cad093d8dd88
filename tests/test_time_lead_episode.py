"""Class *the episode a lead's second day tells*
(eventwire/stages/time/lead_episode.py, dates65): a later undated act of a
PLOVER type the lead tells only on its other day takes that day. Called
directly on parsed texts with hand-made events; every text was written for
these tests (PUB: Tuesday 2021-06-01; MON the day before)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.lead_episode import date_lead_episodes
from tests.test_time_headline import _doc, _event

PUB_DAY, MON = "2021-06-01", "2021-05-31"


@pytest.mark.parametrize("text,main,main_type,sub,sub_type,later,later_type", [
    ("Curfew in Kara\nThe governor imposed a curfew on Tuesday after rioters burned the "
     "market on Monday. Two gendarmes were wounded by stones.",
     "imposed", "COERCE", "burned", "ASSAULT", "wounded", "ASSAULT"),
    ("Envoy called in\nThe ministry summoned the ambassador on Tuesday after militiamen "
     "shelled a border post on Monday. A customs officer was killed, officials said.",
     "summoned", "CONSULT", "shelled", "ASSAULT", "killed", "ASSAULT"),
    ("Dock dispute\nThe port authority sacked 40 dockers on Tuesday after they blocked "
     "the terminal gates on Monday. The strikers also occupied the harbour office.",
     "sacked", "SANCTION", "blocked", "PROTEST", "occupied", "PROTEST"),
])
def test_a_later_act_of_the_other_days_type(timex_pipe: Pipeline, text: str, main: str,
                                            main_type: str, sub: str, sub_type: str,
                                            later: str, later_type: str) -> None:
    doc = _doc(timex_pipe, text)
    act = _event(doc, later, later_type, PUB_DAY, anchor="narrative")
    date_lead_episodes(doc, [_event(doc, main, main_type, PUB_DAY),
                             _event(doc, sub, sub_type, MON), act], doc._.timexes)
    assert act.time.value == MON and act.time.anchor == "narrative"


LEAD = ("Curfew in Kara\nThe governor imposed a curfew on Tuesday after rioters burned the "
        "market on Monday. ")


def _later(pipe: Pipeline, text: str, later: str, later_type: str, anchor: str = "narrative",
           main_type: str = "COERCE") -> str | None:
    doc = _doc(pipe, text)
    act = _event(doc, later, later_type, PUB_DAY, anchor=anchor)
    date_lead_episodes(doc, [_event(doc, "imposed", main_type, PUB_DAY),
                             _event(doc, "burned", "ASSAULT", MON), act], doc._.timexes)
    return act.time.value


def test_an_act_with_a_date_in_its_sentence_keeps_it(timex_pipe: Pipeline) -> None:
    text = LEAD + "Two gendarmes were wounded on Tuesday night."
    assert _later(timex_pipe, text, "wounded", "ASSAULT") == PUB_DAY


def test_an_act_of_the_main_days_type_is_the_response(timex_pipe: Pipeline) -> None:
    text = LEAD + "Police also arrested 14 youths."
    assert _later(timex_pipe, text, "arrested", "COERCE") == PUB_DAY


def test_a_type_told_on_both_days_is_left(timex_pipe: Pipeline) -> None:
    text = LEAD + "Two gendarmes were wounded by stones."
    assert _later(timex_pipe, text, "wounded", "ASSAULT", main_type="ASSAULT") == PUB_DAY


def test_a_one_day_lead_changes_nothing(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Curfew in Kara\nThe governor imposed a curfew on Tuesday after "
               "riots. Two gendarmes were wounded by stones.")
    act = _event(doc, "wounded", "ASSAULT", PUB_DAY, anchor="narrative")
    date_lead_episodes(doc, [_event(doc, "imposed", "COERCE", PUB_DAY),
                             _event(doc, "riots", "ASSAULT", PUB_DAY), act], doc._.timexes)
    assert act.time.value == PUB_DAY
