"""Class *a denied act of the story* (eventwire/stages/time/denied_acts.py,
branch dates32): an undated material act in the past perfect that heads the
content clause of a denial takes the story's day; a denied claim held by a
noun, a denied statement, another tense, a shift cue and a text with no
story's day leave it unknown. Every sentence was written for these tests
(PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time import anchoring
from eventwire.stages.time.anchoring import anchor_events
from eventwire.stages.time.denied_acts import date_denied_acts
from tests.test_time_story_day import Typed, _event
from tests.test_time_undated import PUB

MONDAY = "2021-05-31"


def _dated(pipe: Pipeline, text: str, typed: list[Typed]) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    events = [_event(doc, *t) for t in typed]
    date_denied_acts(doc, events, PUB)
    return events


@pytest.mark.parametrize("text,typed", [
    ("Police fired tear gas at marchers in the capital on Monday.\nThe interior ministry "
     "denied that officers had beaten anyone in custody.",
     [("fired", "COERCE", "asserted", MONDAY), ("beaten", "ASSAULT", "denied", None)]),
    ("Rebels shelled the port of Kismu on Monday, the coast guard said.\nThe army denied "
     "that its gunners had hit the fish market.",
     [("shelled", "ASSAULT", "asserted", MONDAY), ("hit", "ASSAULT", "denied", None)]),
    ("Soldiers stormed the refugee camp near Gado on Monday.\nThe governor denied that any "
     "refugee had been shot during the search.",
     [("stormed", "COERCE", "asserted", MONDAY), ("shot", "ASSAULT", "denied", None)]),
    ("Militiamen burned two villages in the valley on Monday.\nThe provincial police chief "
     "denied that his men had not intervened and had fired on the raiders.",
     [("burned", "ASSAULT", "asserted", MONDAY), ("fired", "ASSAULT", "denied", None)]),
])
def test_a_denied_act_takes_the_story_day(timex_pipe: Pipeline, text: str,
                                          typed: list[Typed]) -> None:
    last = _dated(timex_pipe, text, typed)[-1].time
    assert (last.value, last.granularity, last.anchor) == (MONDAY, "day", "narrative")


@pytest.mark.parametrize("text,typed", [
    # a claim held by a noun: the claim's act
    ("Gunmen attacked a bus near Lomi on Monday.\nThe air force denied rebel claims that its "
     "jets had bombed the hill villages.",
     [("attacked", "ASSAULT", "asserted", MONDAY), ("bombed", "ASSAULT", "denied", None)]),
    # a denied statement (rule 1)
    ("Troops detained the opposition leader on Monday.\nHis party denied that he had called "
     "for an armed uprising.",
     [("detained", "COERCE", "asserted", MONDAY), ("called", "REQUEST", "denied", None)]),
    # the past simple
    ("Riot police cleared the square on Monday.\nThe ministry denied that officers used "
     "rubber bullets.",
     [("cleared", "COERCE", "asserted", MONDAY), ("used", "ASSAULT", "denied", None)]),
    # a shift cue
    ("Police raided the newspaper on Monday.\nThe minister denied that officers had ever "
     "beaten a reporter in the years before.",
     [("raided", "COERCE", "asserted", MONDAY), ("beaten", "ASSAULT", "denied", None)]),
    # review55: a habitual or lasting act
    ("Police dispersed a sit-in at the prison on Monday.\nThe ministry denied that guards "
     "had routinely beaten detainees.",
     [("dispersed", "COERCE", "asserted", MONDAY), ("beaten", "ASSAULT", "denied", None)]),
    ("Police raided a radio station on Monday.\nThe governor denied that his officers had "
     "ever arrested a reporter.",
     [("raided", "COERCE", "asserted", MONDAY), ("arrested", "COERCE", "denied", None)]),
    ("Soldiers searched a village near Gado on Monday.\nThe army denied that its troops had "
     "looted farms there for months.",
     [("searched", "COERCE", "asserted", MONDAY), ("looted", "ASSAULT", "denied", None)]),
    # not denied
    ("Police raided the union office on Monday.\nThe union said officers had beaten two "
     "clerks.",
     [("raided", "COERCE", "asserted", MONDAY), ("beaten", "ASSAULT", "reported", None)]),
])
def test_other_denials_stay_unknown(timex_pipe: Pipeline, text: str,
                                    typed: list[Typed]) -> None:
    last = _dated(timex_pipe, text, typed)[-1].time
    assert (last.value, last.anchor) == (None, "unknown")


def test_no_story_day_no_date(timex_pipe: Pipeline) -> None:
    """Two dated days, neither holding most of the dated acts: no story's day."""
    text = ("Police arrested a priest on Sunday. Soldiers burned a clinic on Monday.\nThe army "
            "denied that its soldiers had looted the market.")
    typed = [("arrested", "COERCE", "asserted", "2021-05-30"),
             ("burned", "ASSAULT", "asserted", MONDAY), ("looted", "ASSAULT", "denied", None)]
    assert _dated(timex_pipe, text, typed)[-1].time.value is None


def test_anchor_events_dates_the_denied_act(timex_pipe: Pipeline,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end: the episode rule and the undated chooser are stubbed to
    leave the denied act undated, so only this class can date it, and only
    under the learned policy."""
    monkeypatch.setattr(anchoring, "episode_time", lambda *args: None)
    monkeypatch.setattr(anchoring, "undated_time",
                        lambda *args: anchoring.TimeValue(anchor="unknown"))
    text = ("Police fired tear gas at striking dockers in the port on Monday.\n\nThe "
            "ministry denied that officers had beaten the union leader.")
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    events = [_event(doc, "fired", "COERCE", "asserted", None),
              _event(doc, "beaten", "ASSAULT", "denied", None)]
    doc._.events = events
    anchor_events(doc, "learned")
    assert events[0].time.value == MONDAY
    assert (events[1].time.value, events[1].time.anchor) == (MONDAY, "narrative")
    anchor_events(doc, "unknown")
    assert events[1].time.value is None


@pytest.mark.parametrize("text,typed", [
    ("Police broke up a sit-in at the Mombasa docks on Monday.\nThe ministry denied that "
     "officers had used live rounds, saying they had fired only rubber bullets.",
     [("broke", "COERCE", "asserted", MONDAY), ("fired", "ASSAULT", "reported", None)]),
    ("Troops surrounded the opposition leader's house in Juba on Monday.\nThe ministry "
     "denied that Okello had been detained and said soldiers had only been posted around "
     "his home.",
     [("surrounded", "COERCE", "asserted", MONDAY), ("posted", "MOBILIZE", "reported", None)]),
    ("Guards cleared a picket at the Thika quarry on Monday.\nThe company denied that the "
     "guards had beaten the strikers, saying they had only handcuffed two of them.",
     [("cleared", "COERCE", "asserted", MONDAY), ("handcuffed", "COERCE", "reported", None)]),
])
def test_a_rebuttals_own_act_takes_the_story_day(timex_pipe: Pipeline, text: str,
                                                 typed: list[Typed]) -> None:
    """Branch dates34: what the denier says it did instead, with "only"."""
    last = _dated(timex_pipe, text, typed)[-1].time
    assert (last.value, last.anchor) == (MONDAY, "narrative")


@pytest.mark.parametrize("text,typed", [
    # a rebutting request (rule 1)
    ("Observers criticised the count in Bouake on Monday.\nThe ministry denied that it had "
     "interfered, saying it had only called for a recount.",
     [("criticised", "ACCUSE", "asserted", MONDAY), ("called", "REQUEST", "demanded", None)]),
    # no denial in the sentence
    ("Police broke up a sit-in at the Mombasa docks on Monday.\nThe ministry said officers "
     "had fired only rubber bullets.",
     [("broke", "COERCE", "asserted", MONDAY), ("fired", "ASSAULT", "reported", None)]),
    # no "only"
    ("Police broke up a sit-in at the Mombasa docks on Monday.\nThe ministry denied that "
     "officers had used live rounds, saying they had fired rubber bullets.",
     [("broke", "COERCE", "asserted", MONDAY), ("fired", "ASSAULT", "reported", None)]),
])
def test_other_rebuttals_stay_unknown(timex_pipe: Pipeline, text: str,
                                      typed: list[Typed]) -> None:
    last = _dated(timex_pipe, text, typed)[-1].time
    assert (last.value, last.anchor) == (None, "unknown")
