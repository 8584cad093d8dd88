"""Class *a stated readiness* (eventwire/stages/time/readiness.py, branch
dates33): "ready to" tells a standing disposition and stays undated unless
its own words or its saying date it. Every sentence was written for these
tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.readiness import readiness, undate_readiness
from tests.test_time_undated import PUB


def _doc_token(pipe: Pipeline, text: str, word: str) -> tuple[Doc, Token]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc, next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text", [
    "A spokesman for the strikers said they were ready to return to the mines.",
    "The regional bloc stood ready to send observers to the border.",
    "The church remains ready to broker a truce between the clans, a bishop said.",
    "\"Our engineers are ready to rebuild the bridge,\" the governor told reporters.",
])
def test_a_stated_readiness(timex_pipe: Pipeline, text: str) -> None:
    assert readiness(_doc_token(timex_pipe, text, "ready")[1])


@pytest.mark.parametrize("text,word", [
    ("The government said it was willing to negotiate with the strikers.", "willing"),
    ("Officials said the garrison was prepared to withdraw if attacked.", "prepared"),
    ("The opposition is willing to join a unity cabinet, its leader said.", "willing"),
])
def test_the_other_words_of_readiness(timex_pipe: Pipeline, text: str, word: str) -> None:
    """"willing to" and "prepared to" state the same disposition as "ready
    to" (the events stage's READINESS_WORDS make all three the offer's
    trigger; review66)."""
    assert readiness(_doc_token(timex_pipe, text, word)[1])


def test_the_verb_ready_is_no_readiness(timex_pipe: Pipeline) -> None:
    assert not readiness(_doc_token(timex_pipe, "Gunners readied their guns at dawn.",
                                    "readied")[1])


def _event(tok: Token, time: TimeValue) -> EventMention:
    sent = tok.sent
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                         type="AGREE", sentence=Span(sent.text, sent.start_char, sent.end_char))
    event.time = time
    return event


@pytest.mark.parametrize("anchor,kept", [
    ("narrative", False), ("sentence", False), ("explicit", True), ("speech", True)])
def test_undate_readiness_keeps_only_its_own_dates(timex_pipe: Pipeline, anchor: str,
                                                   kept: bool) -> None:
    doc, tok = _doc_token(timex_pipe, "The utility said its crews were ready to repair the dam.",
                          "ready")
    event = _event(tok, TimeValue(value="2021-05-31", granularity="day", anchor=anchor))
    undate_readiness(doc, [event])
    assert (event.time.value is not None) == kept


def test_undate_readiness_leaves_other_acts(timex_pipe: Pipeline) -> None:
    doc, tok = _doc_token(timex_pipe, "Troops shelled the town and were ready to advance.",
                          "shelled")
    event = _event(tok, TimeValue(value="2021-05-31", granularity="day", anchor="narrative"))
    undate_readiness(doc, [event])
    assert event.time.value == "2021-05-31"


@pytest.mark.parametrize("text,word", [
    ("The regional bloc offered to host peace talks in its own capital.", "offered"),
    ("Beijing offered emergency aid to the flooded provinces.", "offered"),
    ("Opposition leader offers to resign after the vote", "offers"),
])
def test_an_offer(timex_pipe: Pipeline, text: str, word: str) -> None:
    assert readiness(_doc_token(timex_pipe, text, word)[1])


def test_the_noun_offer_is_left_alone(timex_pipe: Pipeline) -> None:
    assert not readiness(_doc_token(timex_pipe, "The rebels rejected the offer of talks.",
                                    "offer")[1])
