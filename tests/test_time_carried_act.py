"""Class *act of a past obligation, ability or attempt* (branch dates44,
eventwire/stages/time/clauses.py ``_carrier``): an episode told over
several sentences goes on with "officers had to use …", "guards were able
to …", "foiled an attempt to …", "…, trying to …" — the to-infinitive act
was done, so it takes the episode's date like a past simple act. Near
misses: a new day named, a background year, a future or present
obligation; "were unable to" and a planned attempt carry no act. Every sentence was written
for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_time_episode import _dated


@pytest.mark.parametrize("text,typed,value", [
    ("Riot police broke up a sit-in at the university on Friday. Officers had to use "
     "pepper spray on the students.",
     [("broke", "COERCE", "asserted"), ("use", "ASSAULT", "asserted")], "2021-05-28"),
    ("Bandits ambushed a bus on the coast road on Sunday. The driver was able to "
     "disarm one of the attackers.",
     [("ambushed", "ASSAULT", "asserted"), ("disarm", "COERCE", "asserted")],
     "2021-05-30"),
    ("Hundreds of farmers marched on the parliament on Monday. Guards thwarted an "
     "attempt to storm the gates.",
     [("marched", "PROTEST", "asserted"), ("storm", "PROTEST", "asserted")],
     "2021-05-31"),
    ("Fishermen blocked the harbour mouth with their boats on Saturday. The coast guard "
     "had to tow three trawlers away.",
     [("blocked", "PROTEST", "asserted"), ("tow", "COERCE", "asserted")], "2021-05-29"),
])
def test_a_carried_act_continues_the_episode(timex_pipe: Pipeline, text: str,
                                             typed: list[tuple[str, str, str]],
                                             value: str) -> None:
    _doc, events = _dated(timex_pipe, text, typed)
    assert events[0].time.value == value
    assert events[-1].time.value == value


@pytest.mark.parametrize("text,typed,value", [
    # a new day named: the act's own day
    ("Riot police broke up a sit-in at the university on Friday. On Monday, officers had "
     "to use pepper spray on a second crowd.",
     [("broke", "COERCE", "asserted"), ("use", "ASSAULT", "asserted")], "2021-05-31"),
    # a background paragraph: its own year, not the episode's day
    ("Riot police broke up a sit-in at the university on Friday. In 2019, officers had "
     "to use tear gas on the same campus.",
     [("broke", "COERCE", "asserted"), ("use", "ASSAULT", "asserted")], "2019"),
    # a quote about the future: not done, undated
    ("Riot police broke up a sit-in at the university on Friday. \"We will have to use "
     "force again,\" the commander said.",
     [("broke", "COERCE", "asserted"), ("use", "ASSAULT", "future")], None),
    # a present obligation: not a past act
    ("Bandits ambushed a bus on the coast road on Sunday. Drivers now have to carry "
     "armed guards.",
     [("ambushed", "ASSAULT", "asserted"), ("carry", "MOBILIZE", "asserted")], None),
])
def test_near_misses_keep_their_own_date(timex_pipe: Pipeline, text: str,
                                         typed: list[tuple[str, str, str]],
                                         value: str | None) -> None:
    _doc, events = _dated(timex_pipe, text, typed)
    assert events[-1].time.value == value


@pytest.mark.parametrize("text,word,host", [
    ("Officers had to use pepper spray.", "use", "had"),
    ("The driver was able to disarm one of the attackers.", "disarm", "was"),
    ("Guards thwarted an attempt to storm the gates.", "storm", "thwarted"),
    ("Troops clashed with smugglers, trying to seize their boats.", "seize", "trying"),
])
def test_the_carrier_of_an_infinitive(spacy_nlp, text: str, word: str,  # type: ignore[no-untyped-def]
                                      host: str) -> None:
    from eventwire.stages.time.clauses import attempt_host

    found = attempt_host(next(t for t in spacy_nlp(text) if t.text == word))
    assert found is not None and found.text == host


@pytest.mark.parametrize("text,word", [
    ("Officers will have to use force.", "use"),
    ("Drivers have to carry guards.", "carry"),
    ("The guards were unable to stop them.", "stop"),
    ("The army plans an attempt to retake the port next week.", "retake"),
    ("The mayor accused the gangs of trying to seize the market.", "seize"),
])
def test_no_carrier_for_plans_duties_and_failures(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                                  word: str) -> None:
    from eventwire.stages.time.clauses import attempt_host

    assert attempt_host(next(t for t in spacy_nlp(text) if t.text == word)) is None
