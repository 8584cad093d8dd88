"""Class *a lede sentence read as a title* (eventwire/stages/time/title_line.py):
a first line that ends with a full stop is the lede, not a title, and the
title rules of the time stage leave it to the body's rules. Every text was
written for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.headline import headline_statement, headline_time
from eventwire.stages.time.title_line import title_end
from tests.test_time_headline import _event
from tests.test_time_undated import PUB


@pytest.mark.parametrize("text", [
    "Border guards detained 14 herders who crossed the river near Kalu on Sunday, "
    "the interior ministry said.\nThe herders were taken to the district town.",
    "A court in the capital on Monday jailed a blogger who mocked the governor.\n"
    "His lawyer said he would appeal.",
    "Dock workers walked off the job at the main port, halting exports of copper.''\n"
    "The union said the strike would last a week.",
    "The army has shelled 3 villages in the hills since 2019.\nMore follows.",
])
def test_a_first_line_that_ends_a_sentence_is_no_title(text: str) -> None:
    assert title_end(text) == -1


@pytest.mark.parametrize("text", [
    "Border guards detain 14 herders\nBorder guards detained 14 herders on Sunday.",
    "Belgrade threatens to take dispute to U.N.\nSerbia said on Monday it would appeal.",
    "Dockers strike at main port: union\nDock workers walked off the job on Friday.",
    "Rally banned until Jan.\nThe mayor banned all rallies on Monday.",
])
def test_a_title_keeps_its_line_even_after_an_abbreviation(text: str) -> None:
    assert title_end(text) == text.find("\n")


def test_one_paragraph_has_no_title() -> None:
    assert title_end("Troops shelled the village on Sunday. Nine people died.") == -1


def _doc(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc


def test_a_lede_act_takes_no_date_from_a_later_body_act(timex_pipe: Pipeline) -> None:
    lede = "Rebels stormed an army post near the border, killing two soldiers, officials said."
    doc = _doc(timex_pipe, lede + "\nRebels stormed a second post on Sunday.")
    dated = [_event(doc, "stormed", "ASSAULT", "2021-05-30", nth=1)]
    first = _event(doc, "stormed", "ASSAULT", anchor="unknown")
    tok = next(t for t in doc if t.text == "stormed")
    assert headline_time(doc, first, tok, dated) is None
    # the same words as a title take the body's date
    titled = _doc(timex_pipe, "Rebels storm army post near border\n"
                  "Rebels stormed a second post on Sunday.")
    dated = [_event(titled, "stormed", "ASSAULT", "2021-05-30")]
    head = _event(titled, "storm", "ASSAULT", anchor="unknown")
    got = headline_time(titled, head, next(t for t in titled if t.text == "storm"), dated)
    assert got is not None and got.value == "2021-05-30"


def test_a_lede_statement_is_no_title_statement(timex_pipe: Pipeline) -> None:
    lede = _doc(timex_pipe, "The foreign ministry condemned the raid on its consulate.\n"
                "Gunmen raided the consulate on Sunday.")
    ev = _event(lede, "condemned", "ACCUSE", anchor="unknown")
    assert not headline_statement(lede, ev, next(t for t in lede if t.text == "condemned"))
    title = _doc(timex_pipe, "Ministry condemns raid on consulate\n"
                 "Gunmen raided the consulate on Sunday.")
    ev = _event(title, "condemns", "ACCUSE", anchor="unknown")
    assert headline_statement(title, ev, next(t for t in title if t.text == "condemns"))
