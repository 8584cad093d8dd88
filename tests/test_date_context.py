"""The date ranker's clause and episode cues (eventwire/stages/time/date_context.py,
branch dates12). Every sentence was written for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.models import Article, EventMention, Factuality, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.date_context import DATED_KEY, clause_link, episode_tie
from eventwire.stages.time.date_evidence import sentence_timex
from eventwire.stages.time.governing import token_at
from tests.test_time_undated import PUB


def _doc(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc


def _mention(doc: Doc, word: str, kind: str = "ASSAULT",
             time: TimeValue | None = None) -> EventMention:
    tok = next(t for t in doc if t.text == word)
    ev = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)), type=kind,
                      sentence=Span(tok.sent.text, tok.sent.start_char, tok.sent.end_char),
                      factuality=Factuality(modality="asserted"))
    ev.time = time or TimeValue(anchor="unknown")
    return ev


def _link(doc: Doc, word: str) -> dict[str, float]:
    tok = next(t for t in doc if t.text == word)
    return clause_link(doc, tok, sentence_timex(doc, tok, list(doc._.timexes or [])))


@pytest.mark.parametrize("text, word, expected", [
    # a participle hanging from the dated verb
    ("The minister resigned on Friday, blaming the army for the massacre.", "blaming",
     "dverb=above"),
    # a relative clause under the dated clause's object
    ("Police arrested on Sunday two men who had looted the bank.", "looted",
     "dverb_over_relcl"),
    # the dated verb is the trigger itself
    ("Rebels shelled the port on Monday.", "shelled", "dverb=trigger"),
    # the date sits in a clause below the trigger: a statement's content
    ("The mayor warned that the militia would attack on Thursday.", "warned", "dverb=below"),
])
def test_clause_link_says_how_the_dated_verb_joins_the_trigger(
        timex_pipe: Pipeline, text: str, word: str, expected: str) -> None:
    assert expected in _link(_doc(timex_pipe, text), word)


def test_clause_link_is_empty_without_a_sentence_date(timex_pipe: Pipeline) -> None:
    assert _link(_doc(timex_pipe, "Gunmen burned the market."), "burned") == {}


def _tie(doc: Doc, events: list[EventMention], ev: EventMention,
         timeline: str | None) -> dict[str, float]:
    doc._.events = events
    doc.user_data.pop(DATED_KEY, None)
    tok = token_at(doc, ev.trigger.start)
    assert tok is not None
    return episode_tie(doc, ev, tok, timeline)


def test_episode_tie_continuation_of_a_dated_act(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Clashes erupted in the capital on May 12. "
                           "Soldiers stormed the rebel camp.")
    dated = _mention(doc, "Clashes", time=TimeValue("2021-05-12", "day", anchor="explicit"))
    stormed = _mention(doc, "stormed")
    f = _tie(doc, [dated, stormed], stormed, "2021-05-12")
    assert {"prev_dated_gap=1", "prev_dated=timeline", "prev_dated_same_type",
            "prev_dated_pair=material>material"} <= set(f)


def test_episode_tie_reaction_of_another_kind(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Militants bombed a bus on Saturday. Nobody was hurt. "
                           "The president condemned the bombing.")
    dated = _mention(doc, "bombed", time=TimeValue("2021-05-29", "day", anchor="explicit"))
    condemned = _mention(doc, "condemned", kind="ACCUSE")
    f = _tie(doc, [dated, condemned], condemned, "2021-05-29")
    assert {"prev_dated_gap=2-3", "prev_dated_pair=material>verbal"} <= set(f)
    assert "prev_dated_same_type" not in f


def test_episode_tie_ignores_later_and_undated_events(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Protesters marched through the city. "
                           "Police fired tear gas on Wednesday.")
    marched = _mention(doc, "marched", kind="PROTEST")
    fired = _mention(doc, "fired", time=TimeValue("2021-05-26", "day", anchor="explicit"))
    assert _tie(doc, [marched, fired], marched, None) == {"prev_dated=none": 1.0}
    # a date by the time line (not the event's own expression) is no dated act
    fired.time = TimeValue("2021-05-26", "day", anchor="narrative")
    assert _tie(doc, [marched, fired], fired, None) == {"prev_dated=none": 1.0}
