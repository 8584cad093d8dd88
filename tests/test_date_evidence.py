"""The event-date choice among candidates (eventwire/stages/time/date_evidence.py,
branch dates7). Every sentence was written for these tests (PUB: Tuesday
2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import eventwire.stages.time.date_evidence as decision
from eventwire.models import Article, EventMention, Factuality, Span, TimeValue, Timex
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.governing import token_at
from tests.test_time_undated import PUB


def _doc(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc


def _mention(doc: Doc, word: str) -> EventMention:
    tok = next(t for t in doc if t.text == word)
    return EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                        type="ASSAULT",
                        sentence=Span(tok.sent.text, tok.sent.start_char, tok.sent.end_char),
                        factuality=Factuality(modality="asserted"))


@pytest.mark.parametrize("text, word, sentence, timeline", [
    # the sentence's own date, nearest to the trigger; the text's last date before it
    ("Troops entered the town on May 3. Rebels shelled the port on Friday.", "shelled",
     ("2021-05-28", "day"), ("2021-05-03", "day")),
    ("The council met in April. On Sunday evening militants stormed a prison.", "stormed",
     ("2021-05-30", "day"), ("2021-04", "month")),
    ("Police arrested two men. Protesters blocked the road.", "blocked", None, None),
    ("Last year the army took the valley. Gunmen burned a school.", "burned",
     None, ("2020", "year")),
])
def test_candidates(timex_pipe: Pipeline, text: str, word: str,
                    sentence: decision.Candidate | None,
                    timeline: decision.Candidate | None) -> None:
    doc = _doc(timex_pipe, text)
    trigger = token_at(doc, _mention(doc, word).trigger.start)
    assert trigger is not None
    cands = decision.candidates(doc, trigger, list(doc._.timexes), PUB,
                                TimeValue(anchor="unknown"))
    assert cands["sentence"] == sentence
    assert cands["timeline"] == timeline
    assert cands["publication"] == (PUB.isoformat(), "day")
    assert cands["unknown"] == (None, "unknown")
    assert cands["current"] == (None, "unknown")


@pytest.mark.parametrize("value, granularity, expected", [
    ("2021-05-30T21:00", "minute", ("2021-05-30", "day")),  # a clock time: its day
    ("2021-W21-WE", "week", ("2021-W21", "week")),  # the weekend: its ISO week
    ("2021-05", "month", ("2021-05", "month")),
    ("PRESENT_REF", "unknown", None),  # no calendar value
])
def test_calendar(value: str, granularity: str, expected: decision.Candidate | None) -> None:
    t = Timex(start=0, end=1, text="x", type="TIME" if "T" in value else "DATE", value=value,
              granularity=granularity, rule="test")
    assert decision.calendar(t) == expected


@pytest.mark.parametrize("text, expected", [
    # breaking copy: the text opens on the day before publication
    ("Gunmen attacked a checkpoint yesterday. Two soldiers died.",
     {"doc_first_date=recent", "doc_day_word"}),
    # a background piece: the first date is years back, no day word
    ("In 2015 the rebels took the valley. The army shelled it for months.",
     {"doc_first_date=old"}),
    ("Police arrested two men. Protesters blocked the road.", set()),
])
def test_article_features(timex_pipe: Pipeline, text: str, expected: set[str]) -> None:
    doc = _doc(timex_pipe, text)
    feats = decision._document(doc, list(doc._.timexes), PUB)
    assert {k for k in feats if not k.startswith("doc_sents")} == expected
    assert feats.get("doc_sents<=8") == 1.0


@pytest.mark.parametrize("text, word, clause, lead, headline", [
    # a date in the trigger's own clause; the body's first date; a title-line date
    ("Floods hit the north\nOn May 3 the river rose. Villagers fled on Friday.", "fled",
     ("2021-05-28", "day"), ("2021-05-03", "day"), None),
    # the sentence's date sits in a content clause of another verb: not the clause's
    ("Strike ended on Monday\nUnions said on Sunday that workers marched.", "marched",
     None, ("2021-05-30", "day"), ("2021-05-31", "day")),
    # no body date at all
    ("Police arrested two men. Protesters blocked the road.", "blocked", None, None, None),
])
def test_clause_lead_and_headline_candidates(
        timex_pipe: Pipeline, text: str, word: str, clause: decision.Candidate | None,
        lead: decision.Candidate | None, headline: decision.Candidate | None) -> None:
    doc = _doc(timex_pipe, text)
    trigger = token_at(doc, _mention(doc, word).trigger.start)
    assert trigger is not None
    cands = decision.candidates(doc, trigger, list(doc._.timexes), PUB,
                                TimeValue(value="2021-05-28", granularity="day"))
    assert (cands["clause"], cands["lead"], cands["headline"]) == (clause, lead, headline)
    assert cands["pub_prev"] == ("2021-05-31", "day")
    assert cands["coarse"] == ("2021-05", "month")
