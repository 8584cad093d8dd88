"""Class *a past verdict told in the passive* (eventwire/stages/time/verdicts.py,
branch dates33): a conviction, sentence or jailing told in the passive with
no date of its own stays undated. Every sentence was written for these tests
(PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.verdicts import passive_verdict, undate_past_verdicts
from tests.test_time_undated import PUB


def _doc_token(pipe: Pipeline, text: str, word: str) -> tuple[Doc, Token]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc, next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("Okafor was convicted of arson in the port city and served six years.", "convicted"),
    ("The officer was initially convicted of manslaughter but acquitted on appeal.",
     "convicted"),
    ("He was sentenced to life for the bank robbery.", "sentenced"),
    ("A former treasurer was questioned twice and was later jailed for embezzlement.",
     "jailed"),
    ("The guard shot an inmate convicted of smuggling weapons.", "convicted"),
])
def test_a_passive_verdict(timex_pipe: Pipeline, text: str, word: str) -> None:
    assert passive_verdict(_doc_token(timex_pipe, text, word)[1])


@pytest.mark.parametrize("text,word", [
    ("Jurors convicted the former mayor of bribery.", "convicted"),
    ("The court sentenced three activists to prison.", "sentenced"),
    ("He was jailed for a week, one day after being sentenced for contempt.", "sentenced"),
    ("The clerk was charged with fraud.", "charged"),
])
def test_other_forms_are_left_alone(timex_pipe: Pipeline, text: str, word: str) -> None:
    assert not passive_verdict(_doc_token(timex_pipe, text, word)[1])


def _event(tok: Token, anchor: str, kind: str = "SANCTION") -> EventMention:
    sent = tok.sent
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                         type=kind, sentence=Span(sent.text, sent.start_char, sent.end_char))
    event.time = TimeValue(value="2021-05-31", granularity="day", anchor=anchor)
    return event


@pytest.mark.parametrize("anchor,kept", [
    ("narrative", False), ("sentence", False), ("publication", False),
    ("explicit", True), ("speech", True)])
def test_only_a_date_of_its_own_is_kept(timex_pipe: Pipeline, anchor: str, kept: bool) -> None:
    doc, tok = _doc_token(timex_pipe, "Prison riot\nThe ringleader was convicted of murder "
                          "and escaped from his cell.", "convicted")
    event = _event(tok, anchor)
    undate_past_verdicts(doc, [event])
    assert (event.time.value is not None) == kept


def test_a_title_verdict_is_the_news(timex_pipe: Pipeline) -> None:
    doc, tok = _doc_token(timex_pipe, "Former mayor convicted of bribery\nThe verdict came "
                          "after a two-week trial.", "convicted")
    event = _event(tok, "narrative")
    undate_past_verdicts(doc, [event])
    assert event.time.value == "2021-05-31"


@pytest.mark.parametrize("text", [
    "Arrest\nPolice arrested the suspect on Monday. He was jailed without bail.",
    "Crash\nOfficers stopped the driver on Tuesday. He was jailed on suspicion of drunk driving.",
    "Port raid\nCustoms agents seized the smugglers at dawn; they were jailed pending a hearing.",
])
def test_a_jailing_in_custody_is_a_step_of_the_story(timex_pipe: Pipeline, text: str) -> None:
    """A passive "jailed" the events stage types COERCE (custody after an
    arrest, not a punishment) is no verdict: it keeps the story's date
    (review66)."""
    doc, tok = _doc_token(timex_pipe, text, "jailed")
    event = _event(tok, "narrative", kind="COERCE")
    undate_past_verdicts(doc, [event])
    assert event.time.value == "2021-05-31"
