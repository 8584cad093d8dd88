"""A multiword event noun is read at its head (eventwire/stages/time/trigger_word.py,
branch dates40): the word itself, and the date the clause then gives it
through :func:`eventwire.stages.time.governing.governing`. Every sentence
was written for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest

from eventwire.models import Span
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.governing import governing
from eventwire.stages.time.trigger_word import trigger_word
from tests.time_support import parsed_at


def _trigger(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(text=phrase, start=start, end=start + len(phrase))


IN_CLASS = [
    ("The navy carried out an air strike on a smugglers' camp on Wednesday.", "air strike",
     "strike", "2021-05-26"),
    ("A judge issued an arrest warrant for the former mayor in January.", "arrest warrant",
     "warrant", "2021-01"),
    ("Dock workers began a hunger strike outside the port on Thursday.", "hunger strike",
     "strike", "2021-05-27"),
    ("The two leaders discussed the dam in a phone call on Monday.", "phone call", "call",
     "2021-05-31"),
]


@pytest.mark.parametrize("text,phrase,head,value", IN_CLASS)
def test_compound_noun_takes_its_clause_date(timex_pipe: Pipeline, text: str, phrase: str,
                                             head: str, value: str) -> None:
    doc, _ = parsed_at(timex_pipe, text, text.split()[0])
    word = trigger_word(doc, _trigger(text, phrase))
    assert word is not None and word.text == head
    found = governing(doc, word, list(doc._.timexes))
    assert found is not None and found.value == value


@pytest.mark.parametrize("text,phrase,first", [
    ("Soldiers fired tear gas at students on Monday.", "fired", "fired"),  # one word
    ("The driver is facing manslaughter charges since Friday.", "facing manslaughter charges",
     "facing"),  # a verb phrase opens with its head
    ("Residents held a vigil for the victims on Sunday.", "vigil for the victims", "vigil"),
])
def test_other_triggers_keep_their_first_word(timex_pipe: Pipeline, text: str, phrase: str,
                                              first: str) -> None:
    doc, _ = parsed_at(timex_pipe, text, text.split()[0])
    word = trigger_word(doc, _trigger(text, phrase))
    assert word is not None and word.text == first


def test_a_date_on_the_noun_stays_the_nouns(timex_pipe: Pipeline) -> None:
    """Near miss: the head reads the clause, but a date that pre-modifies
    another noun still dates that noun ("the 2019 ceasefire")."""
    text = "Rebels broke the 2019 ceasefire with an air strike on the airport."
    doc, _ = parsed_at(timex_pipe, text, "Rebels")
    word = trigger_word(doc, _trigger(text, "air strike"))
    assert word is not None and word.text == "strike"
    assert governing(doc, word, list(doc._.timexes)) is None
