"""Class *headline statement with no dated body*
(eventwire/stages/time/headline.py ``headline_statement``, branch dates26):
a statement, accusation, demand or threat in the title line that no dated
body event matches is unknown (rule 1 of docs/annotation.md), not the
publication day; the title's material acts, a title statement the body
dates, and statements in the body are not the class. Every sentence was
written for these tests, none taken from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention, Span
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.anchoring import anchor_events

PUB = date(2021, 6, 1)  # a Tuesday


def _dated(pipe: Pipeline, text: str, words: dict[str, str]) -> dict[str, tuple[str | None, str]]:
    """The words as events of the given PLOVER types, dated by the rules
    with the fixed ``publication`` undated policy (no ranker)."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    events = []
    for word, kind in words.items():
        tok = next(t for t in doc if t.text == word)
        events.append(EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                                   type=kind, sentence=Span(tok.sent.text, tok.sent.start_char,
                                                            tok.sent.end_char)))
    doc._.events = events
    anchor_events(doc, "publication", rerank=False)
    return {e.trigger.text: (e.time.value, e.time.anchor) for e in events}


@pytest.mark.parametrize("text,word,kind", [
    ("Storm floods coastal towns; opposition blames government\n"
     "Heavy rain flooded three coastal towns on Monday.", "blames", "ACCUSE"),
    ("Army retakes airport as rebels vow revenge\n"
     "Government troops retook the airport on Monday after two days of fighting.", "vow",
     "THREATEN"),
    ("Union urges calm after clashes at port\n"
     "Dockers clashed with police at the port on Monday.", "urges", "REQUEST"),
])
def test_headline_statement_is_unknown(timex_pipe: Pipeline, text: str, word: str,
                                       kind: str) -> None:
    assert _dated(timex_pipe, text, {word: kind})[word] == (None, "unknown")


def test_headline_material_act_keeps_the_day(timex_pipe: Pipeline) -> None:
    got = _dated(timex_pipe, "Police raid opposition offices\n"
                 "Officers searched the building for several hours.", {"raid": "COERCE"})
    assert got["raid"] == ("2021-06-01", "publication")


def test_headline_statement_the_body_dates_keeps_it(timex_pipe: Pipeline) -> None:
    got = _dated(timex_pipe, "Minister condemns bombing\n"
                 "The minister condemned the bombing on Monday.",
                 {"condemned": "ACCUSE", "condemns": "ACCUSE"})
    assert got["condemns"] == ("2021-05-31", "narrative")


def test_body_statement_is_not_the_class(timex_pipe: Pipeline) -> None:
    got = _dated(timex_pipe, "Floods hit the coast\n"
                 "The opposition blames the government for the damage.", {"blames": "ACCUSE"})
    assert got["blames"] == ("2021-06-01", "publication")
