"""Class *a standing refusal in the present* (eventwire/stages/time/standing_negation.py,
branch dates34): a verb negated in the simple present, or by "never" in the
present perfect, stays undated. Every sentence was written for these tests
(PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.standing_negation import (
    standing_negation,
    undate_standing_negations,
)
from tests.test_time_undated import PUB


def _doc_token(pipe: Pipeline, text: str, word: str) -> tuple[Doc, Token]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc, next(t for t in doc if t.text == word)


def _event(tok: Token, anchor: str) -> EventMention:
    sent = tok.sent
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                         type="SUPPORT", sentence=Span(sent.text, sent.start_char, sent.end_char))
    event.time = TimeValue(value="2008-02", granularity="month", anchor=anchor)
    return event


@pytest.mark.parametrize("text,word,anchor", [
    ("The dam was finished in 1998; the herders still do not accept its reservoir.",
     "accept", "sentence"),
    ("Quito does not acknowledge the maritime border that Lima drew in 1952.",
     "acknowledge", "explicit"),
    ("The union has never endorsed the pay deal, and in 2016 its members struck for a month.",
     "endorsed", "explicit"),
    ("The rebels say they do not accept the truce the army announced in February.",
     "accept", "narrative"),
])
def test_a_standing_refusal_is_undated(timex_pipe: Pipeline, text: str, word: str,
                                       anchor: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, word)
    assert standing_negation(tok)
    event = _event(tok, anchor)
    undate_standing_negations(doc, [event])
    assert event.time.value is None and event.time.anchor == "unknown"


@pytest.mark.parametrize("text,word", [
    ("Police did not intervene when the crowd reached the bridge.", "intervene"),
    ("The ministry will not recognise the vote.", "recognise"),
    ("The army has not fired a shot since the truce.", "fired"),
    ("Belgrade recognises the mandate of the mission.", "recognises"),
])
def test_other_tenses_are_left_alone(timex_pipe: Pipeline, text: str, word: str) -> None:
    """The past (a negated act of the story), the future (a vow), a perfect
    with "not" (a truce's count of days), the affirmative."""
    assert not standing_negation(_doc_token(timex_pipe, text, word)[1])


def _dated_by(tok: Token, expression: str) -> EventMention:
    """An event dated explicitly by ``expression`` of its sentence."""
    event = _event(tok, "explicit")
    start = tok.sent.start_char + tok.sent.text.index(expression)
    event.time.start, event.time.end, event.time.text = start, start + len(expression), expression
    return event


@pytest.mark.parametrize("text,word,expression", [
    ("The delegations do not meet again until June 10, a spokesman said.", "meet", "June 10"),
    ("The envoy does not travel to Kabul before Friday, the embassy said.", "travel", "Friday"),
    ("The army does not withdraw from the town until next month, a commander said.",
     "withdraw", "next month"),
])
def test_a_date_of_the_negated_verb_own_words_wins(timex_pipe: Pipeline, text: str,
                                                   word: str, expression: str) -> None:
    """A present that tells a scheduled act keeps the date that hangs on it
    (review76: the rule undated it)."""
    doc, tok = _doc_token(timex_pipe, text, word)
    assert standing_negation(tok)
    event = _dated_by(tok, expression)
    undate_standing_negations(doc, [event])
    assert event.time.value == "2008-02" and event.time.anchor == "explicit"


@pytest.mark.parametrize("text,word,expression", [
    ("Quito does not acknowledge the maritime border that Lima drew in 1952.",
     "acknowledge", "1952"),
    ("The rebels say they do not accept the truce the army announced on Monday.",
     "accept", "Monday"),
    ("The union has never endorsed the pay deal, and in 2016 its members struck for a month.",
     "endorsed", "2016"),
])
def test_a_date_of_another_clause_is_still_dropped(timex_pipe: Pipeline, text: str,
                                                   word: str, expression: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, word)
    event = _dated_by(tok, expression)
    undate_standing_negations(doc, [event])
    assert event.time.value is None and event.time.anchor == "unknown"


def test_a_relative_date_of_the_negated_verb_is_kept(timex_pipe: Pipeline) -> None:
    """A relative expression on the verb ("until two days later") is as much
    its own as a calendar date (anchor ``narrative``)."""
    doc, tok = _doc_token(timex_pipe, "The ferry does not sail again until two days later.",
                          "sail")
    event = _dated_by(tok, "two days later")
    event.time.anchor = "narrative"
    undate_standing_negations(doc, [event])
    assert event.time.value == "2008-02"
