"""Class *episode continuation* (eventwire/stages/time/episode.py, branch
dates4): an undated past material act in the sentence after a dated act
takes that act's date; shifts, statements, plans, perfects and old
background do not. Every sentence was written for these tests (PUB:
Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.models import Article, EventMention, Factuality, Span
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.anchoring import anchor_events
from eventwire.stages.time.episode import episode_time
from eventwire.stages.time.governing import token_at
from tests.test_time_undated import PUB


def _dated(pipe: Pipeline, text: str, typed: list[tuple[str, str, str]]
           ) -> tuple[Doc, list[EventMention]]:
    """Anchor the given (word, PLOVER type, modality) events on ``text``."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    events = []
    for word, type_, modality in typed:
        tok = next(t for t in doc if t.text == word)
        events.append(EventMention(
            trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)), type=type_,
            sentence=Span(tok.sent.text, tok.sent.start_char, tok.sent.end_char),
            factuality=Factuality(modality=modality)))
    doc._.events = events
    anchor_events(doc, "learned")
    return doc, events


@pytest.mark.parametrize("text,typed,value,granularity", [
    ("On Monday, militiamen raided a village near the border. They burned forty homes.",
     [("raided", "ASSAULT", "asserted"), ("burned", "ASSAULT", "asserted")],
     "2021-05-31", "day"),
    ("Dock workers blockaded the port on Friday. Riot police dispersed the crowd with "
     "water cannon.",
     [("blockaded", "PROTEST", "asserted"), ("dispersed", "COERCE", "asserted")],
     "2021-05-28", "day"),
    ("Last week the army shelled the rebel-held town. Two clinics were destroyed.",
     [("shelled", "ASSAULT", "asserted"), ("destroyed", "ASSAULT", "reported")],
     "2021-W21", "week"),
    ("Customs officers seized a truck of rifles on Sunday. They detained the driver, "
     "officials said.",
     [("seized", "COERCE", "asserted"), ("detained", "COERCE", "reported")],
     "2021-05-30", "day"),
])
def test_next_act_of_the_episode_takes_its_date(timex_pipe: Pipeline, text: str,
                                                typed: list[tuple[str, str, str]],
                                                value: str, granularity: str) -> None:
    _doc, events = _dated(timex_pipe, text, typed)
    assert (events[0].time.value, events[0].time.granularity) == (value, granularity)
    last = events[-1].time
    assert (last.value, last.granularity, last.anchor) == (value, granularity, "narrative")


@pytest.mark.parametrize("text,typed", [
    # a shift cue: the act looks back
    ("Rebels attacked the garrison on Monday. They previously seized two towns.",
     [("attacked", "ASSAULT", "asserted"), ("seized", "ASSAULT", "asserted")]),
    # a statement, not a material act: the guide leaves reactions undated
    ("Gunmen ambushed a convoy on Saturday. The governor condemned the violence.",
     [("ambushed", "ASSAULT", "asserted"), ("condemned", "ACCUSE", "asserted")]),
    # the dated act lies ahead: a plan is no episode
    ("The president will tour the province on Friday. Police closed the main roads.",
     [("tour", "CONSULT", "future"), ("closed", "COERCE", "asserted")]),
    # a perfect: not the narrative's past simple
    ("Bandits looted the market on Monday. Troops have arrested ten suspects.",
     [("looted", "ASSAULT", "asserted"), ("arrested", "COERCE", "asserted")]),
    # an old date of the background does not open today's episode
    ("Students occupied the embassy in 1979. Guards fired into the air.",
     [("occupied", "PROTEST", "asserted"), ("fired", "ASSAULT", "asserted")]),
    # two sentences away: beyond the episode's reach
    ("Police raided the newspaper on Friday. Its editor is a novelist. Officers "
     "arrested four reporters.",
     [("raided", "COERCE", "asserted"), ("arrested", "COERCE", "asserted")]),
])
def test_no_episode_no_inherited_date(timex_pipe: Pipeline, text: str,
                                      typed: list[tuple[str, str, str]]) -> None:
    doc, events = _dated(timex_pipe, text, typed)
    last = events[-1]
    trigger = token_at(doc, last.trigger.start)
    assert trigger is not None
    assert episode_time(doc, last, trigger, list(doc._.timexes or []), events[:-1], PUB) is None


# Branch dates6: classes seen in real reports. Sentences written for these
# tests (PUB: Tuesday 2021-06-01).
@pytest.mark.parametrize("text,typed,value", [
    # dating clause: an event subject with "happen / occur / take place"
    ("A spokesman said the incident happened yesterday near the port. Pirates fired on "
     "the tanker.", [("fired", "ASSAULT", "reported")], "2021-05-31"),
    ("The ambush took place on Sunday, officials said. Gunmen killed four soldiers.",
     [("killed", "ASSAULT", "asserted")], "2021-05-30"),
    ("The raid occurred on Friday in the old quarter. Agents detained two brothers.",
     [("detained", "COERCE", "asserted")], "2021-05-28"),
    # sequence adverb: reaches back across a flashback in the past perfect
    ("Rioters torched a bank on Saturday. The protests had begun peacefully. Later, "
     "police fired tear gas.",
     [("torched", "ASSAULT", "asserted"), ("fired", "COERCE", "asserted")], "2021-05-29"),
    ("Villagers blocked the highway on Monday. Traders had complained for weeks. Then "
     "troops cleared the road.",
     [("blocked", "PROTEST", "asserted"), ("cleared", "COERCE", "asserted")], "2021-05-31"),
    ("Fighters shelled the airport on Friday. Flights had been suspended. Afterwards, "
     "the army bombed their positions.",
     [("shelled", "ASSAULT", "asserted"), ("bombed", "ASSAULT", "asserted")], "2021-05-28"),
    # "then" on the main verb
    ("Gunmen stormed the hotel on Sunday. Guests hid upstairs. The attackers then "
     "killed two guards.",
     [("stormed", "ASSAULT", "asserted"), ("killed", "ASSAULT", "asserted")], "2021-05-30"),
    # participle of a past act
    ("Mobs looted shops on Friday. They marched to the square, hurling stones at "
     "police.", [("looted", "ASSAULT", "asserted"), ("hurling", "ASSAULT", "asserted")],
     "2021-05-28"),
    ("Strikers blockaded the refinery on Monday. Guards responded by firing rubber "
     "bullets.", [("blockaded", "PROTEST", "asserted"), ("firing", "ASSAULT", "asserted")],
     "2021-05-31"),
    # an attempt continues the episode like its host
    ("A dating clause: the clash took place on Saturday. Smugglers tried to ram the "
     "patrol boat.", [("ram", "ASSAULT", "asserted")], "2021-05-29"),
    # a reported past perfect is a backshifted past simple, not a flashback
    ("Militants claimed the bombing, saying their fighters had struck the base on "
     "Thursday. Soldiers killed two attackers.",
     [("struck", "ASSAULT", "reported"), ("killed", "ASSAULT", "asserted")], "2021-05-27"),
    # possession "had" is no past perfect
    ("Troops stormed the compound on Monday. The boats had six crew. Soldiers seized "
     "rifles.", [("stormed", "ASSAULT", "asserted"), ("seized", "COERCE", "asserted")],
     "2021-05-31"),
])
def test_real_report_episode_classes(timex_pipe: Pipeline, text: str,
                                     typed: list[tuple[str, str, str]], value: str) -> None:
    _doc, events = _dated(timex_pipe, text, typed)
    last = events[-1].time
    assert (last.value, last.granularity, last.anchor) == (value, "day", "narrative")


@pytest.mark.parametrize("text,typed", [
    # a dating clause about a plan dates no past act
    ("The handover will take place on Friday. Soldiers arrested a courier.",
     [("arrested", "COERCE", "asserted")]),
    # a free relative "what had occurred" has no subject: no dating clause
    ("Nobody knew yesterday what had occurred. Police sealed the street.",
     [("sealed", "COERCE", "asserted")]),
    # without a sequence adverb a past perfect between still breaks the episode
    ("Rioters torched a bank on Saturday. The protests had begun peacefully. Police "
     "fired tear gas.", [("torched", "ASSAULT", "asserted"), ("fired", "COERCE", "asserted")]),
    # a past-perfect act is a flashback: it opens no episode
    ("The army had shelled the valley on Sunday. Rebels responded by ambushing a "
     "convoy.", [("shelled", "ASSAULT", "asserted"), ("ambushing", "ASSAULT", "asserted")]),
    ("Police had raided the office on Friday. Protesters blocked the avenue.",
     [("raided", "COERCE", "asserted"), ("blocked", "PROTEST", "asserted")]),
    # "later that year" is a date of its own, not a sequence adverb
    ("Rebels took the town in 2015. Later that year troops retook it.",
     [("took", "ASSAULT", "asserted"), ("retook", "ASSAULT", "asserted")]),
])
def test_real_report_classes_do_not_overreach(timex_pipe: Pipeline, text: str,
                                              typed: list[tuple[str, str, str]]) -> None:
    doc, events = _dated(timex_pipe, text, typed)
    last = events[-1]
    trigger = token_at(doc, last.trigger.start)
    assert trigger is not None
    assert episode_time(doc, last, trigger, list(doc._.timexes or []), events[:-1], PUB) is None


# dates15: class *sequence phrase on a told event* — "After the raid,",
# "Following the battle,", "In the wake of the clashes," open a sentence whose
# acts follow the event told before; like a sequence adverb the phrase reaches
# back across a flashback (sentences written for this test)
@pytest.mark.parametrize("text,typed,value", [
    ("Troops stormed the rebel camp on Sunday. Two officers had planned the assault for "
     "weeks. Following the battle, the army seized forty rifles.",
     [("stormed", "ASSAULT", "asserted"), ("seized", "COERCE", "asserted")], "2021-05-30"),
    ("Police raided a warehouse in the port on Friday. The owners had fled abroad. After "
     "the raid, officers detained six men.",
     [("raided", "COERCE", "asserted"), ("detained", "COERCE", "asserted")], "2021-05-28"),
    ("Students clashed with riot police on Monday. The unions had called a strike. In the "
     "wake of the clashes, soldiers sealed the campus.",
     [("clashed", "ASSAULT", "asserted"), ("sealed", "COERCE", "asserted")], "2021-05-31"),
    ("Gunmen attacked a bus near the border on Thursday. The road had been closed. But "
     "after the attack, the militia blocked the pass.",
     [("attacked", "ASSAULT", "asserted"), ("blocked", "COERCE", "asserted")], "2021-05-27"),
    # "During the <event>," — the act falls within the event told before
    ("Customs officers searched a cargo ship at the port on Tuesday. Its papers had been "
     "forged. During the search, they seized two tons of cocaine.",
     [("searched", "COERCE", "asserted"), ("seized", "COERCE", "asserted")], "2021-06-01"),
    ("Farmers marched on the ministry on Wednesday. The harvest had failed. During the "
     "march, protesters burned tyres outside the gates.",
     [("marched", "PROTEST", "asserted"), ("burned", "PROTEST", "asserted")], "2021-05-26"),
    ("Marines boarded a hijacked tanker off the coast on Sunday. The crew had hidden below "
     "deck. During the operation, the marines captured five pirates.",
     [("boarded", "COERCE", "asserted"), ("captured", "COERCE", "asserted")], "2021-05-30"),
])
def test_sequence_phrase_on_a_told_event(timex_pipe: Pipeline, text: str,
                                         typed: list[tuple[str, str, str]], value: str) -> None:
    doc, events = _dated(timex_pipe, text, typed)
    last = events[-1]
    trigger = token_at(doc, last.trigger.start)
    assert trigger is not None
    found = episode_time(doc, last, trigger, list(doc._.timexes or []), events[:-1], PUB)
    assert found is not None and (found.value, found.granularity) == (value, "day")


@pytest.mark.parametrize("text,typed", [
    # no told event: a bare or indefinite noun, or a clause with its own time
    ("Troops stormed the rebel camp on Sunday. Two officers had planned the assault. "
     "After years of talks, the rebels signed a truce.",
     [("stormed", "ASSAULT", "asserted"), ("signed", "AGREE", "asserted")]),
    ("Police raided a warehouse on Friday. The owners had fled abroad. After a meeting "
     "in Rome, officers detained six men.",
     [("raided", "COERCE", "asserted"), ("detained", "COERCE", "asserted")]),
    ("Police raided a warehouse on Friday. The owners had fled abroad. After the owners "
     "returned, officers detained six men.",
     [("raided", "COERCE", "asserted"), ("detained", "COERCE", "asserted")]),
])
def test_sequence_phrase_needs_a_told_event(timex_pipe: Pipeline, text: str,
                                            typed: list[tuple[str, str, str]]) -> None:
    doc, events = _dated(timex_pipe, text, typed)
    last = events[-1]
    trigger = token_at(doc, last.trigger.start)
    assert trigger is not None
    assert episode_time(doc, last, trigger, list(doc._.timexes or []), events[:-1], PUB) is None


# the phrase's noun names the event told before: its date, however far back
# (up to TOLD_GAP sentences) and across other dates in between
@pytest.mark.parametrize("text,typed,value", [
    ("A gun battle broke out in the market on Saturday. Residents hid in shops. Several "
     "cars burned. Shops stayed shut. Following the battle, soldiers seized a truck.",
     [("seized", "COERCE", "asserted")], "2021-05-29"),
    ("Police raided a warehouse in the port on Friday. On Sunday the owners fled abroad. "
     "After the raid, officers detained six men.",
     [("raided", "COERCE", "asserted"), ("fled", "RETREAT", "asserted"),
      ("detained", "COERCE", "asserted")], "2021-05-28"),
    ("Two soldiers were killed in the ambush on Thursday. The convoy turned back. Villagers "
     "fled the area. A curfew was imposed. In the wake of the ambush, troops arrested "
     "three farmers.",
     [("killed", "ASSAULT", "asserted"), ("arrested", "COERCE", "asserted")], "2021-05-27"),
])
def test_sequence_phrase_takes_the_told_events_date(timex_pipe: Pipeline, text: str,
                                                    typed: list[tuple[str, str, str]],
                                                    value: str) -> None:
    doc, events = _dated(timex_pipe, text, typed)
    last = events[-1]
    trigger = token_at(doc, last.trigger.start)
    assert trigger is not None
    found = episode_time(doc, last, trigger, list(doc._.timexes or []), events[:-1], PUB)
    assert found is not None and (found.value, found.granularity) == (value, "day")


# mends27b: a dating clause dates the episode only when its subject names a
# material act (the class review39 set for dated_after, shared with it);
# sentences written for these tests (PUB: Tuesday 2021-06-01).
@pytest.mark.parametrize("text,typed", [
    ("The talks took place on Monday in Geneva. Rebels shelled the airport.",
     [("shelled", "ASSAULT", "asserted")]),
    ("The vote happened on Friday, officials said. Soldiers detained three clerks.",
     [("detained", "COERCE", "asserted")]),
    ("The wedding took place on Sunday near the river. Gunmen abducted two guests.",
     [("abducted", "ASSAULT", "asserted")]),
])
def test_a_clause_dating_another_kind_of_event_dates_no_act(
        timex_pipe: Pipeline, text: str, typed: list[tuple[str, str, str]]) -> None:
    doc, events = _dated(timex_pipe, text, typed)
    last = events[-1]
    trigger = token_at(doc, last.trigger.start)
    assert trigger is not None
    assert episode_time(doc, last, trigger, list(doc._.timexes or []), [], PUB) is None


@pytest.mark.parametrize("text,typed,value", [
    ("The looting occurred on Saturday, traders said. Youths smashed shop windows.",
     [("smashed", "ASSAULT", "asserted")], "2021-05-29"),
    ("The violence erupted on Friday in the market. Police arrested six men.",
     [("arrested", "COERCE", "asserted")], "2021-05-28"),
    ("The kidnapping happened on Sunday outside the school. Armed men seized a driver.",
     [("seized", "COERCE", "asserted")], "2021-05-30"),
])
def test_a_clause_on_a_material_act_still_dates_the_episode(
        timex_pipe: Pipeline, text: str, typed: list[tuple[str, str, str]],
        value: str) -> None:
    _doc, events = _dated(timex_pipe, text, typed)
    last = events[-1].time
    assert (last.value, last.granularity, last.anchor) == (value, "day", "narrative")


def test_one_material_act_test_for_both_dating_rules() -> None:
    # mends27b: episode and dated_after share one class test, not two copies
    from eventwire.stages.time import anaphora, dated_after, episode
    assert episode.names_material_act is anaphora.names_material_act
    assert dated_after.names_material_act is anaphora.names_material_act


# --- the episode's tense and shift tests, public since story_day and
# dated_after read them (refactor30); sentences written for this test
@pytest.mark.parametrize("text,word,past,shift", [
    ("Guards were beaten during the riot.", "beaten", True, False),
    ("Villagers have rebuilt the bridge.", "rebuilt", False, False),
    ("Years ago the militia burned the granary.", "burned", True, True),
    ("Clashes broke out near the stadium.", "Clashes", True, False),
])
def test_past_simple_and_shifted(spacy_nlp, text: str, word: str,  # type: ignore[no-untyped-def]
                                 past: bool, shift: bool) -> None:
    from eventwire.stages.time.episode import past_simple, shifted

    tok = next(t for t in spacy_nlp(text) if t.text == word)
    assert (past_simple(tok), shifted(tok)) == (past, shift)


def test_calendar_value_cuts_a_clock_time_to_its_day() -> None:
    from eventwire.models import Timex
    from eventwire.stages.time.undated_features import calendar_value

    def timex(kind: str, value: str) -> Timex:
        return Timex(text="x", start=0, end=1, type=kind, value=value, granularity="day")

    assert calendar_value(timex("TIME", "2021-03-04T10:00")) == ("2021-03-04", "day")
    assert calendar_value(timex("DATE", "2021-03-04")) == ("2021-03-04", "day")
    assert calendar_value(timex("DATE", "PRESENT_REF")) is None
    assert calendar_value(timex("DURATION", "P2D")) is None


def test_one_list_of_unrealised_modalities() -> None:
    """refactor30: the anchoring rules' not-yet-real modalities and the
    episode's not-happened anchors are one list and its extension."""
    from eventwire.stages.time import anchoring, episode

    assert anchoring.UNREALISED is episode.UNREALISED
    assert episode.NOT_HAPPENED == episode.UNREALISED | {"negated", "denied"}
    assert {"future", "hypothetical", "conditional"} == episode.UNREALISED
