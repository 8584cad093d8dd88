"""Class *a conduct named in an accusation* (eventwire/stages/time/accused_conduct.py,
branch dates34): an accused act that is not an attack, with no date of its
own words, stays undated. Every sentence was written for these tests
(PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.accused_conduct import accused_content, undate_accused_conduct
from tests.test_time_undated import PUB


def _doc_token(pipe: Pipeline, text: str, word: str) -> tuple[Doc, Token]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc, next(t for t in doc if t.text == word)


def _event(tok: Token, anchor: str, kind: str) -> EventMention:
    sent = tok.sent
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                         type=kind, sentence=Span(sent.text, sent.start_char, sent.end_char))
    event.time = TimeValue(value="2021-05-31", granularity="day", anchor=anchor)
    return event


CONDUCTS = [
    ("Ghana accused Togo of massing armour along the frontier.", "massing", "MOBILIZE"),
    ("The union accused the firm on Monday of hiring strike-breakers.", "hiring", "COERCE"),
    ("The governor accused the militia of conscripting schoolboys.", "conscripting", "COERCE"),
    ("The ministry accuses the cartel of extortion in the port towns.", "extortion", "COERCE"),
    ("The mayor accused the contractors of plotting to drain the wetland.", "drain",
     "COERCE"),
]


@pytest.mark.parametrize("text,word,kind", CONDUCTS)
def test_an_accused_conduct_is_undated(timex_pipe: Pipeline, text: str, word: str,
                                       kind: str) -> None:
    doc, tok = _doc_token(timex_pipe, text, word)
    assert accused_content(tok)
    for anchor in ("narrative", "sentence", "speech", "publication"):
        event = _event(tok, anchor, kind)
        undate_accused_conduct(doc, [event])
        assert event.time.value is None and event.time.anchor == "unknown"


@pytest.mark.parametrize("text,word", [
    ("The man accused of seizing the ferry appeared in court.", "seizing"),
    ("The trawler owner is accused of smuggling fuel.", "smuggling"),
    ("Ghana accused Togo after troops massed along the frontier.", "massed"),
    ("Critics say the ministry is slow in recruiting nurses.", "recruiting"),
])
def test_other_constructions_are_not_accused_content(timex_pipe: Pipeline, text: str,
                                                      word: str) -> None:
    """A charge's participle ("accused of", "is accused of": the charge
    stage's), an act outside the accusation."""
    assert not accused_content(_doc_token(timex_pipe, text, word)[1])


@pytest.mark.parametrize("text,word", [
    ("Villagers accused the army of shelling the market.", "shelling"),
    ("Kyiv accused Moscow of bombing a hospital.", "bombing"),
    ("The union accused police of beating strikers.", "beating"),
])
def test_an_accused_attack_keeps_its_date(timex_pipe: Pipeline, text: str, word: str) -> None:
    """Rule 3 dates a claim about who did what in the day's fighting."""
    doc, tok = _doc_token(timex_pipe, text, word)
    event = _event(tok, "narrative", "ASSAULT")
    undate_accused_conduct(doc, [event])
    assert event.time.value == "2021-05-31"


def test_a_date_of_its_own_words_is_kept(timex_pipe: Pipeline) -> None:
    doc, tok = _doc_token(timex_pipe, "Quito accused Lima of occupying the island in 2019.",
                          "occupying")
    event = _event(tok, "explicit", "COERCE")
    undate_accused_conduct(doc, [event])
    assert event.time.value == "2021-05-31"


@pytest.mark.parametrize("text,word,kind", [
    ("Ghana accused Togo of massing troops along the frontier and seizing a customs post.",
     "seizing", "COERCE"),
    ("Quito accused Lima of dredging the river and building a naval base there.",
     "building", "MOBILIZE"),
    ("The council accused the rebels of recruiting teenagers and of arming them.",
     "arming", "COERCE"),
])
def test_a_later_conjunct_of_the_accused_conduct_is_undated(
        timex_pipe: Pipeline, text: str, word: str, kind: str) -> None:
    """The second act of a coordinated charge is as much its content as the
    first (review76: it kept the story's day)."""
    doc, tok = _doc_token(timex_pipe, text, word)
    assert accused_content(tok)
    event = _event(tok, "narrative", kind)
    undate_accused_conduct(doc, [event])
    assert event.time.value is None and event.time.anchor == "unknown"


def test_a_verb_joined_to_the_accusation_is_not_its_content(timex_pipe: Pipeline) -> None:
    """"accused X of V and closed the border": the second verb is the
    accuser's own act."""
    _, tok = _doc_token(timex_pipe, "Ghana accused Togo of massing troops and closed the border.",
                        "closed")
    assert not accused_content(tok)


@pytest.mark.parametrize("text,word,expression,kind", [
    ("Quito accused Lima of having occupied the island a week later with marines.",
     "occupied", "a week later", "COERCE"),
    ("Accra accused Lome of having closed the market two days later without warning.",
     "closed", "two days later", "SANCTION"),
    ("The council accused the militia of having recruited the boys a month later in secret.",
     "recruited", "a month later", "COERCE"),
])
def test_a_relative_date_of_the_act_own_words_is_kept(timex_pipe: Pipeline, text: str,
                                                      word: str, expression: str,
                                                      kind: str) -> None:
    """A relative expression that hangs on the accused act dates it (anchor
    ``narrative``): an explicit time wins (review76: the rule undated it)."""
    doc, tok = _doc_token(timex_pipe, text, word)
    assert accused_content(tok)
    event = _event(tok, "narrative", kind)
    start = tok.sent.start_char + tok.sent.text.index(expression)
    event.time.start, event.time.end = start, start + len(expression)
    undate_accused_conduct(doc, [event])
    assert event.time.value == "2021-05-31"
