"""Class *a court step after a dated incident* (eventwire/stages/time/after_incident.py,
branch dates41): a charge, plea, denial or sentence whose only date lies in
its "after"/"following" adjunct is unknown. Every sentence was written for
these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.after_incident import (
    court_step,
    in_relation_phrase,
    undate_court_steps_after_incidents,
)
from tests.test_time_undated import PUB


def _doc_token(pipe: Pipeline, text: str, word: str) -> tuple[Doc, Token]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc, next(t for t in doc if t.text == word)


def _event(doc: Doc, tok: Token, timex: str, kind: str) -> EventMention:
    """The event dated by the TIMEX whose text is ``timex`` (as the rules
    would date it from that expression)."""
    sent = tok.sent
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                         type=kind, sentence=Span(sent.text, sent.start_char, sent.end_char))
    found = next(t for t in doc._.timexes if t.text == timex)
    event.time = TimeValue(value=found.value, granularity=found.granularity, text=found.text,
                           start=found.start, end=found.end, anchor="explicit")
    return event


@pytest.mark.parametrize("text,word,timex,kind", [
    ("A farmhand has been charged with manslaughter after a tractor crash near Ely on "
     "Saturday.", "charged", "Saturday", "ACCUSE"),
    ("Two teenagers were charged with vandalism following the damage to the war memorial "
     "in Rugby late on Friday.", "charged", "Friday", "ACCUSE"),
    ("A lorry driver has denied dangerous driving following a collision on the A14 early on "
     "Sunday.", "denied", "Sunday", "REJECT"),
    ("The former treasurer was sentenced to four years after she was caught moving club "
     "funds to her own account in 2019.", "sentenced", "2019", "SANCTION"),
])
def test_a_court_step_takes_no_date_of_the_incident(timex_pipe: Pipeline, text: str,
                                                   word: str, timex: str,
                                                   kind: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, word)
    assert court_step(tok, kind)
    event = _event(doc, tok, timex, kind)
    undate_court_steps_after_incidents(doc, [event])
    assert event.time.value is None and event.time.anchor == "unknown"


@pytest.mark.parametrize("text,word,timex,kind", [
    # a date of its own before the adjunct
    ("A farmhand was charged on Monday with manslaughter after a tractor crash near Ely.",
     "charged", "Monday", "ACCUSE"),
    # a material act of the same scene keeps the incident's date
    ("Coastguards seized the trawler after a chase off Brest on Saturday.", "seized",
     "Saturday", "COERCE"),
    # the date after a comma, outside the adjunct
    ("The farmhand was charged after the crash, police said on Monday.", "charged", "Monday",
     "ACCUSE"),
    # no adjunct: the date is the charge's
    ("Police charged a farmhand with manslaughter on Saturday.", "charged", "Saturday",
     "ACCUSE"),
])
def test_near_misses_keep_their_date(timex_pipe: Pipeline, text: str, word: str, timex: str,
                                     kind: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, word)
    event = _event(doc, tok, timex, kind)
    before = event.time.value
    undate_court_steps_after_incidents(doc, [event])
    assert event.time.value == before


def test_gave_counts_only_as_a_sanction(timex_pipe: Pipeline) -> None:
    doc, tok = _doc_token(timex_pipe, "The court gave him ten years after the riot in 2019.",
                          "gave")
    assert court_step(tok, "SANCTION") and not court_step(tok, "AID")
    found = next(t for t in doc._.timexes if t.text == "2019")
    assert in_relation_phrase(doc, found.start, found.end, tok)
