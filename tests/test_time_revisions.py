"""The story-level passes (eventwire/stages/time/revisions.py, split from
anchoring.py in review76). Every sentence was written for these tests
(PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.revisions import revise_dates
from tests.test_time_undated import PUB

MONDAY = "2021-05-31"


def _doc_token(pipe: Pipeline, text: str, word: str) -> tuple[Doc, Token]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc, next(t for t in doc if t.text == word)


def _event(tok: Token, kind: str) -> EventMention:
    sent = tok.sent
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                         type=kind, sentence=Span(sent.text, sent.start_char, sent.end_char))
    event.time = TimeValue(value=MONDAY, granularity="day", anchor="narrative")
    return event


@pytest.mark.parametrize("text,word,kind", [
    ("Lagos accused Accra of stationing gunboats in the lagoon.", "stationing", "MOBILIZE"),
    ("Hanoi does not recognise the reef claims of its neighbour.", "recognise", "SUPPORT"),
    ("The council has never approved the quarry, residents say.", "approved", "SUPPORT"),
])
def test_the_undating_passes_run(timex_pipe: Pipeline, text: str, word: str,
                                 kind: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, word)
    event = _event(tok, kind)
    revise_dates(doc, [event], [], "unknown", PUB, lambda value: False)
    assert event.time.value is None


def test_a_plain_past_act_keeps_its_date(timex_pipe: Pipeline) -> None:
    doc, tok = _doc_token(timex_pipe, "Soldiers stormed the radio station in Lome.", "stormed")
    event = _event(tok, "ASSAULT")
    revise_dates(doc, [event], [], "unknown", PUB, lambda value: False)
    assert event.time.value == MONDAY
