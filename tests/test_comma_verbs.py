"""A headline's second verb after a comma (eventwire/stages/events/comma_verbs.py,
headlines61): "Troops seize bridge, detain drivers". Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events import comma_verbs as CV
from eventwire.stages.events.comma_verbs import comma_verb_lemmas
from tests.conftest import events_of


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


def by_trigger(pipe: Pipeline, text: str) -> dict[str, EventMention]:
    return {e.trigger.text: e for e in events_of(pipe, text)}


def rule_lemmas(pipe: Pipeline, text: str, word: str) -> list[str]:
    """What the class answers for ``word`` of the parsed ``text``."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return next(comma_verb_lemmas(t) for t in doc if t.text == word)


@pytest.mark.parametrize("text,trigger,actor", [
    # a bare verb after a bare one, read as an adjective or a noun
    ("Rebels overrun army post near Tessit, expel garrison commander", "expel", "Rebels"),
    ("Riot police storm university campus in Dhaka, detain 40 students", "detain", "police"),
    ("Gunmen raid jail in Owerri, free hundreds of inmates", "free", "Gunmen"),
    ("Soldiers surround parliament in Bissau, arrest speaker", "arrest", "Soldiers"),
    ("Settlers torch olive groves near Nablus, attack farmers", "attack", "Settlers"),
])
def test_second_verb_after_comma(pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    assert rule_lemmas(pipe, text, trigger)  # the class holds, not another rule
    evs = by_trigger(pipe, text)
    assert trigger in evs, list(evs)
    ev = evs[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,word", [
    # a list of nouns after a past-tense verb: no headline verb agrees with it
    ("Blasts hit markets, mosques and schools across the city", "mosques"),
    # "-s" against a bare first verb: no agreement, "arrests" stays a noun
    ("Farmers block highway near Lyon, arrests follow", "arrests"),
    # a singular subject noun is no misread bare verb: "press" agrees with nothing
    ("Niger junta jails three bloggers who mocked army, press group says", "press"),
    # not in the first line: the article's body has its own grammar
    ("Officials met on Monday.\nThe council reviewed budgets, free passes and fees.", "free"),
])
def test_no_second_verb(pipe: Pipeline, text: str, word: str) -> None:
    assert rule_lemmas(pipe, text, word) == []
    evs = by_trigger(pipe, text)
    assert not any(e.trigger.text == word and e.type in ("COERCE", "RETREAT") and
                   e.actor is not None for e in evs.values()), list(evs)


def _searched_first_verb(tok):  # type: ignore[no-untyped-def]
    """The search ``first_verb`` ran for every word before tidy64 (the
    reference the once-per-document table must equal from the second word
    on; ``comma_verb_lemmas`` asks only from the fourth)."""
    doc = tok.doc
    for t in doc[1:tok.i - 1]:
        if t.text in (":", ";") or "\n" in t.text:
            return None
        before = doc[t.i - 1]
        if before.pos_ not in ("NOUN", "PROPN") or not t.is_lower or not t.is_alpha:
            continue
        if t.tag_ in CV.FINITE or (t.tag_ in ("JJ", "NN") and not CV._s_form(t.lower_)
                                   and CV._plural_subject(before)):
            return t
        if t.tag_ in ("VBD", "VBN", "MD"):
            return None
    return None


@pytest.mark.parametrize("text", [
    "Militia fighters seize border post, detain two guards\nThe attack came at dawn.",
    "Court jails editor: ruling sparks protests, unions call strike",
    "Protesters block roads in Quito; police fire tear gas, arrest dozens",
    "Army says rebels killed, villagers flee homes, aid groups warn",
    "Flood",
])
def test_first_verb_read_once_equals_the_search_for_every_word(pipe: Pipeline,
                                                               text: str) -> None:
    """tidy64: the first verb is searched once per document and kept; for
    every word it must be the word the per-word search gave, on the doc and
    on a copy of another token count (the kept table is read anew)."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    for tok in doc[1:]:  # the first word: nothing before it (the search's slice wrapped)
        assert CV.first_verb(tok) == _searched_first_verb(tok), tok.text
    assert CV.first_verb(doc[0]) is None
    short = doc[:-1].as_doc(copy_user_data=True)
    for tok in short[1:]:
        assert CV.first_verb(tok) == _searched_first_verb(tok), tok.text
