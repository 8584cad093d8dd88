"""Class *an appeal dated by the day it names* (eventwire/stages/time/appeal_day.py,
branch dates62): a verb of appeal whose "for" phrase names the day of the act
called for is left unknown; the appeal's own day and other verbs keep their
date. Every sentence was written for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.appeal_day import names_called_day, undate_appeals_for_a_day
from tests.test_time_undated import PUB


def _doc_token(pipe: Pipeline, text: str, word: str) -> tuple[Doc, Token]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc, next(t for t in doc if t.text == word)


def _event(doc: Doc, tok: Token, timex: str) -> EventMention:
    """The event dated by the TIMEX whose text is ``timex`` (as the rules
    would date it from that expression)."""
    sent = tok.sent
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                         type="PROTEST", sentence=Span(sent.text, sent.start_char, sent.end_char))
    found = next(t for t in doc._.timexes if t.text == timex)
    event.time = TimeValue(value=found.value, granularity=found.granularity, text=found.text,
                           start=found.start, end=found.end, anchor="explicit")
    return event


@pytest.mark.parametrize("text,word,timex", [
    # "for" on the object of the appeal
    ("The dockers' union called a two-day stoppage at the port for Thursday.", "called",
     "Thursday"),
    # "for" on the verb, in a relative clause of the called act
    ("Police banned the vigil that the students had called for Sunday evening.", "called",
     "Sunday evening"),
    # a reduced relative, a calendar date
    ("Farmers are preparing for a tractor convoy summoned for June 14 by their federation.",
     "summoned", "June 14"),
    # another verb of appeal
    ("The bishops urged a day of prayer for Friday across the diocese.", "urged", "Friday"),
    # "on <day>" after the protest step called for (hung on the call by the parser)
    ("The teachers' union called for a demonstration outside the ministry on Thursday.",
     "called",
     "Thursday"),
    ("Exiled activists have called for a general strike in the capital on Monday.",
     "called", "Monday"),
])
def test_an_appeal_for_a_day_is_unknown(timex_pipe: Pipeline, text: str, word: str,
                                        timex: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, word)
    event = _event(doc, tok, timex)
    assert names_called_day(doc, event.time, tok)
    undate_appeals_for_a_day(doc, [event])
    assert event.time.value is None and event.time.anchor == "unknown"


@pytest.mark.parametrize("text,word,timex", [
    # the appeal's own day
    ("The dockers' union on Monday called a stoppage at the port.", "called", "Monday"),
    ("The union called on Monday for a stoppage at the port.", "called", "Monday"),
    # a call for no protest step, then its own day
    ("Church leaders called for calm on Sunday.", "called", "Sunday"),
    # a day set by a verb that is no appeal
    ("The council booked the hall for Saturday.", "booked", "Saturday"),
    # the day pre-modifies the called act
    ("Students called for Sunday's vigil to go ahead.", "called", "Sunday"),
])
def test_near_misses_keep_their_date(timex_pipe: Pipeline, text: str, word: str,
                                     timex: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, word)
    event = _event(doc, tok, timex)
    before = event.time.value
    undate_appeals_for_a_day(doc, [event])
    assert before is not None and event.time.value == before
