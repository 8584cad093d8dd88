"""A fronted time absorbed into the subject (eventwire/stages/time/absorbed_front.py,
branch dates40), called on parsed sentences and through
:func:`eventwire.stages.time.governing.governing`. Every sentence was
written for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.absorbed_front import absorbed_into_subject
from eventwire.stages.time.governing import governing, timex_head
from tests.time_support import parsed_at

IN_CLASS = [
    # a dangling preposition: the date was its object
    ("On Monday sailors detained a fishing trawler off the coast.", "detained", "2021-05-31"),
    ("In March rebels seized the river port.", "seized", "2021-03"),
    ("On Thursday officers evicted about forty squatters.", "evicted", "2021-05-27"),
    ("On May 3 soldiers shot two farmers near the dam.", "shot", "2021-05-03"),
    # a point-in-time modifier opens the sentence
    ("Last Friday militants attacked a border checkpoint.", "attacked", "2021-05-28"),
    ("Early Friday protesters blocked the ring road.", "blocked", "2021-05-28"),
    # a deictic day word
    ("Today activists chained themselves to the ministry gates.", "chained", "2021-06-01"),
]


@pytest.mark.parametrize("text,word,value", IN_CLASS)
def test_fronted_time_dates_the_clause(timex_pipe: Pipeline, text: str, word: str,
                                       value: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    found = governing(doc, tok, list(doc._.timexes))
    assert found is not None and found.value == value


@pytest.mark.parametrize("text,word", [
    ("The Monday deadline passed without a deal.", "passed"),  # a determiner: the noun's
    ("A Sunday newspaper reported the resignation.", "reported"),
    ("The 2019 law banned rallies near the palace.", "banned"),
    ("Sunday newspapers reported the resignation.", "reported"),  # bare: a kind of paper
    ("The minister breached the 1991 settlement.", "breached"),  # on the object
])
def test_a_nouns_own_date_stays_the_nouns(timex_pipe: Pipeline, text: str, word: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    assert doc._.timexes
    assert governing(doc, tok, list(doc._.timexes)) is None


def test_absorbed_reads_the_parse(timex_pipe: Pipeline) -> None:
    doc, _ = parsed_at(timex_pipe, "On Monday sailors detained a trawler.", "detained")
    head = timex_head(doc, doc._.timexes[0])
    assert head is not None and head.text == "Monday"
    assert head.dep_ in ("compound", "pobj")  # the misparse, or a parser that got it right
    assert absorbed_into_subject(head) == (head.dep_ == "compound")


def test_attached_time_is_not_absorbed(timex_pipe: Pipeline) -> None:
    doc, _ = parsed_at(timex_pipe, "On Monday, the sailors detained a trawler.", "detained")
    head = timex_head(doc, doc._.timexes[0])
    assert head is not None and not absorbed_into_subject(head)
