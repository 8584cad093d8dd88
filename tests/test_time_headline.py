"""Class *headlines* (eventwire/stages/time/headline.py): an event of the
title line takes the date the body gives the same event. Called directly
on parsed texts with hand-made body events; every text was written for
these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.headline import headline_time
from tests.test_time_undated import PUB


def _doc(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc


def _event(doc: Doc, word: str, kind: str, value: str | None = None,
           anchor: str = "explicit", nth: int = 0) -> EventMention:
    tok = [t for t in doc if t.text == word][nth]
    ev = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)), type=kind,
                      sentence=Span(tok.sent.text, tok.sent.start_char, tok.sent.end_char))
    ev.time = TimeValue(value=value, granularity="day", anchor=anchor) if value else \
        TimeValue(anchor=anchor)
    return ev


def _headline(doc: Doc, word: str, kind: str, dated: list[EventMention]) -> TimeValue | None:
    ev = _event(doc, word, kind, anchor="unknown")
    tok = next(t for t in doc if t.text == word)
    return headline_time(doc, ev, tok, dated)


@pytest.mark.parametrize("text,head,body,kind", [
    ("Militants storm army post\nMilitants stormed the post on Sunday.", "storm", "stormed",
     "ASSAULT"),
    ("Court jails activist\nA court jailed the activist on Monday.", "jails", "jailed",
     "COERCE"),
    ("Farmers protest fuel tax\nThousands of farmers protested on Friday.", "protest",
     "protested", "PROTEST"),
])
def test_headline_takes_the_body_date_of_the_same_word(timex_pipe: Pipeline, text: str,
                                                       head: str, body: str,
                                                       kind: str) -> None:
    doc = _doc(timex_pipe, text)
    got = _headline(doc, head, kind, [_event(doc, body, kind, "2021-05-30")])
    assert got is not None and got.value == "2021-05-30" and got.anchor == "narrative"


def test_the_same_word_comes_before_the_same_type(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Jets bomb market\nRebels shelled the airport on Sunday. "
               "Jets bombed the market on Monday.")
    dated = [_event(doc, "shelled", "ASSAULT", "2021-05-30"),
             _event(doc, "bombed", "ASSAULT", "2021-05-31")]
    got = _headline(doc, "bomb", "ASSAULT", dated)
    assert got is not None and got.value == "2021-05-31"


def test_the_same_type_when_no_word_is_shared(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Court jails activist\nA judge sentenced the activist on Monday.")
    got = _headline(doc, "jails", "COERCE", [_event(doc, "sentenced", "COERCE", "2021-05-31")])
    assert got is not None and got.value == "2021-05-31"


@pytest.mark.parametrize("text,word,body,anchor", [
    # no body: the only line is no headline
    ("Militants stormed the post on Sunday.", "stormed", "stormed", "explicit"),
    # a body event is no headline event
    ("Militants storm army post\nMilitants stormed the post on Sunday.", "stormed",
     "stormed", "explicit"),
    # the body event's date is no date from the text
    ("Militants storm army post\nMilitants stormed the post.", "storm", "stormed",
     "publication"),
])
def test_no_headline_date(timex_pipe: Pipeline, text: str, word: str, body: str,
                          anchor: str) -> None:
    doc = _doc(timex_pipe, text)
    dated = [_event(doc, body, "ASSAULT", "2021-05-30", anchor, nth=-1)]
    assert _headline(doc, word, "ASSAULT", dated) is None


def test_another_type_and_word_is_not_taken(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Militants storm army post\nThe minister resigned on Sunday.")
    dated = [_event(doc, "resigned", "CONCEDE", "2021-05-30")]
    assert _headline(doc, "storm", "ASSAULT", dated) is None



def _recalled(doc: Doc, word: str, kind: str, value: str, nth: int) -> EventMention:
    ev = _event(doc, word, kind, nth=nth)
    ev.time = TimeValue(value=value, granularity="month" if len(value) == 7 else "year",
                        anchor="explicit", background=True)
    return ev


# (text, title word, body word, type, which body mention is recalled, its date)
RECALLED = [
    ("Gunmen seize two engineers near the mine\nGunmen seized two engineers on Monday. "
     "In March 2019 gunmen had seized a geologist near the same mine.", "seize", "seized",
     "COERCE", 1, "2019-03"),
    ("Court suspends referendum on autonomy\nIn 2018 the same court suspended a vote on "
     "autonomy. Judges suspended the referendum on Friday.", "suspends", "suspended", "COERCE",
     0, "2018"),
    ("Villagers block highway over land dispute\nVillagers blocked the highway in January "
     "too. On Sunday they blocked it again with logs.", "block", "blocked", "PROTEST", 0,
     "2021-01"),
]


@pytest.mark.parametrize("text,head,body,kind,nth,old", RECALLED)
def test_a_news_title_skips_a_recalled_body_act(timex_pipe: Pipeline, text: str, head: str,
                                                body: str, kind: str, nth: int,
                                                old: str) -> None:
    """Class *a title act in the historical present takes no recollection's
    date*: the body act of the title's word that is an earlier episode (a
    background date) is skipped for the act of the day's news."""
    doc = _doc(timex_pipe, text)
    dated = [_recalled(doc, body, kind, old, nth),
             _event(doc, body, kind, "2021-05-31", nth=1 - nth)]
    got = _headline(doc, head, kind, sorted(dated, key=lambda e: e.trigger.start))
    assert got is not None and got.value == "2021-05-31"


def test_a_news_title_with_only_a_recalled_body_act_is_left_to_later_steps(
        timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Police remove activists from ministry\nThe activists had "
               "occupied the ministry before. Police removed activists from it in June 2019.")
    dated = [_recalled(doc, "removed", "COERCE", "2019-06", 0)]
    assert _headline(doc, "remove", "COERCE", dated) is None


@pytest.mark.parametrize("text,head,body,kind,old", [
    # a title noun may name the recollection itself
    ("Court jails four over 2019 barracks attack\nSoldiers attacked the barracks in "
     "March 2019.", "attack", "attacked", "ASSAULT", "2019-03"),
    # a participle title is no historical present
    ("Herders killed near border\nGunmen killed nine herders in January.", "killed",
     "killed", "ASSAULT", "2021-01"),
    # an infinitive neither, nor a bare verb with an auxiliary "to"
    ("Police to remove activists from ministry\nPolice removed activists from it in June "
     "2019.", "remove", "removed", "COERCE", "2019-06"),
    ("Migrants try to storm the fence\nMigrants stormed the fence in April 2020.", "storm",
     "stormed", "ASSAULT", "2020-04"),
])
def test_other_title_forms_keep_a_recalled_date(timex_pipe: Pipeline, text: str, head: str,
                                                body: str, kind: str, old: str) -> None:
    doc = _doc(timex_pipe, text)
    got = _headline(doc, head, kind, [_recalled(doc, body, kind, old, -1)])
    assert got is not None and got.value == old
