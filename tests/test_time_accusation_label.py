"""Class *an accusation as a label* (eventwire/stages/time/accusation_label.py,
branch dates39): "accused" as a past participle in a reduced relative on a
noun, with no date of its own words, is unknown. Every sentence was written
for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.accusation_label import accusation_label, undate_accusation_labels
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
                         type="ACCUSE", sentence=Span(sent.text, sent.start_char, sent.end_char))
    found = next(t for t in doc._.timexes if t.text == timex)
    event.time = TimeValue(value=found.value, granularity=found.granularity, text=found.text,
                           start=found.start, end=found.end, anchor="sentence")
    return event


@pytest.mark.parametrize("text,timex", [
    ("Police on Friday arrested a mayor accused of taking bribes from builders.", "Friday"),
    ("The army on Monday handed two officers accused of beating a student to prosecutors.",
     "Monday"),
    ("In May the council expelled a militia commander accused of burning villages.", "May"),
])
def test_a_label_is_unknown(timex_pipe: Pipeline, text: str, timex: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, "accused")
    assert accusation_label(tok)
    event = _event(doc, tok, timex)
    undate_accusation_labels(doc, [event])
    assert event.time.value is None and event.time.anchor == "unknown"


@pytest.mark.parametrize("text,word,timex", [
    # the finite verb of an accuser
    ("Prosecutors accused the mayor on Friday of taking bribes.", "accused", "Friday"),
    # a charge, not a label
    ("The mayor, charged with taking bribes, resigned on Friday.", "charged", "Friday"),
    # a label with a date of its own words
    ("Police on Friday arrested a mayor accused last month of taking bribes.", "accused",
     "last month"),
])
def test_near_misses_keep_their_date(timex_pipe: Pipeline, text: str, word: str,
                                     timex: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, word)
    event = _event(doc, tok, timex)
    before = event.time.value
    undate_accusation_labels(doc, [event])
    assert before is not None and event.time.value == before


def test_a_passive_accusation_is_no_label(timex_pipe: Pipeline) -> None:
    _, tok = _doc_token(timex_pipe, "The mayor was accused of taking bribes.", "accused")
    assert not accusation_label(tok)
