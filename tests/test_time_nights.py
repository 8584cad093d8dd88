"""The night and parts of a day around publication (:mod:`eventwire.stages.time.nights`).

Sentences written for these tests (branch dates5); PUB is a Saturday.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention, Span
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.anchoring import anchor_events

PUB = date(2020, 11, 14)  # a Saturday


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_timex",))


def timexes(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    return [(t.text, t.value) for t in doc._.timexes]


def _event(doc, word: str) -> EventMention:  # type: ignore[no-untyped-def]
    tok = next(t for t in doc if t.text == word)
    sent = tok.sent
    return EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                        type="ASSAULT", sentence=Span(sent.text, sent.start_char, sent.end_char))


# --- dates5: deictic part of a day (sentences written for these tests; PUB is a Saturday)
@pytest.mark.parametrize("text,expected", [
    ("Protesters stormed the town hall last night.", ("last night", "2020-11-13TNI")),
    ("The minister resigned late last night after the vote.",
     ("late last night", "2020-11-13TNI")),
    ("Two rockets struck the airport yesterday morning.", ("yesterday morning", "2020-11-13TMO")),
    ("Shops were looted yesterday afternoon in the port.",
     ("yesterday afternoon", "2020-11-13TAF")),
    ("The envoys will meet again tomorrow evening.", ("tomorrow evening", "2020-11-15TEV")),
])
def test_deictic_part_of_day(pipe: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert expected in timexes(pipe, text)


def test_deictic_part_dates_its_event(pipe: Pipeline) -> None:
    """"fired last night" is the day before publication, granularity day."""
    text = "Riot police fired tear gas at students outside the ministry last night."
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    doc._.events = [_event(doc, "fired")]
    anchor_events(doc, "unknown")
    time = doc._.events[0].time
    assert (time.value, time.granularity, time.anchor) == ("2020-11-13", "day", "explicit")


# --- dates5: "overnight" (PUB is Saturday 2020-11-14)
@pytest.mark.parametrize("text,expected", [
    ("Rebels shelled the border town overnight, the army said.",
     [("overnight", "2020-11-13TNI")]),
    ("Police used water cannon overnight to clear the square.", [("overnight", "2020-11-13TNI")]),
    ("Fighters clashed near the airport overnight into Saturday.",
     [("overnight into Saturday", "2020-11-14TNI")]),
    ("Dozens were hurt in riots overnight Friday.", [("overnight Friday", "2020-11-13TNI")]),
    # manner "overnight" (sudden change) and the adjective are no time
    ("Bread prices doubled overnight in the north.", []),
    ("The singer became a star overnight.", []),
    ("The governor imposed an overnight curfew.", []),
])
def test_overnight(pipe: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(pipe, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("On March 2, 2019, gunmen robbed a bank. They hid in the hills overnight. Police caught "
     "them the next day.", [("overnight", "2019-03-02TNI"), ("the next day", "2019-03-03")]),
    ("In a raid on June 5, 2018, troops took the village and held it overnight.",
     [("overnight", "2018-06-05TNI")]),
    # a recent day on the time line: still the night before publication
    ("Rebels attacked a base on Thursday. They shelled the town overnight.",
     [("overnight", "2020-11-13TNI")]),
])
def test_overnight_in_a_recollected_story(pipe: Pipeline, text: str,
                                          expected: list[tuple[str, str]]) -> None:
    found = timexes(pipe, text)
    assert all(e in found for e in expected)
