"""Class *act told in a dated report* (eventwire/stages/time/told_act.py,
branch dates26): a material act reported by a statement dated to a day
("a bomb killed three soldiers, police said on Monday") does not take the
saying's day; a statement made in the report and a saying dated to a month
keep the saying's date; the later steps never give the act a date after
its saying. Every sentence was written for these tests, none taken from an
evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention, Span, TimeValue, Timex
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.anchoring import anchor_events
from eventwire.stages.time.told_act import not_after_report, told_act

PUB = date(2021, 6, 1)  # a Tuesday


@pytest.fixture(scope="module")
def quote_pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_timex", "eventwire_places",
                                "eventwire_quotes"))


def _dated(pipe: Pipeline, text: str, word: str, kind: str) -> tuple[str | None, str]:
    """The word as an event of the given PLOVER type, dated by the rules
    (undated policy ``unknown``, no date ranker: the rules alone)."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    tok = next(t for t in doc if t.text == word)
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)), type=kind,
                         sentence=Span(tok.sent.text, tok.sent.start_char, tok.sent.end_char))
    doc._.events = [event]
    anchor_events(doc, "unknown", rerank=False)
    return event.time.value, event.time.anchor


@pytest.mark.parametrize("text,word,kind", [
    ("A car bomb killed three soldiers near the border crossing, police said on Monday.",
     "killed", "ASSAULT"),
    ("Gunmen attacked a convoy of fuel trucks in the north, the army said Monday.",
     "attacked", "ASSAULT"),
    ("Rebels seized two lorries carrying flour, aid workers said on Sunday.",
     "seized", "COERCE"),
    ("Hundreds of teachers marched to the ministry, the union said on Monday.",
     "marched", "PROTEST"),
])
def test_told_material_act_does_not_take_the_saying_day(quote_pipe: Pipeline, text: str,
                                                         word: str, kind: str) -> None:
    value, anchor = _dated(quote_pipe, text, word, kind)
    assert anchor != "speech"
    assert value is None


@pytest.mark.parametrize("text,word,kind,value", [
    # a statement made in the report is the saying's content (rule 1): its day
    ("The minister condemned the raid, his office said on Monday.", "condemned", "ACCUSE",
     "2021-05-31"),
    ("The government urged calm, a spokesman said on Monday.", "urged", "REQUEST",
     "2021-05-31"),
    # a saying dated to a month spans the act it reports
    ("In May the navy said its frigates sank a pirate skiff.", "sank", "ASSAULT", "2021-05"),
])
def test_not_the_class_keeps_the_saying_date(quote_pipe: Pipeline, text: str, word: str,
                                             kind: str, value: str) -> None:
    assert _dated(quote_pipe, text, word, kind) == (value, "speech")


@pytest.mark.parametrize("text,word,kind", [
    # (review34) an act going on as it is told is the saying's day's
    ("Thousands of farmers are blocking the main highway, police said on Monday.", "blocking",
     "PROTEST"),
    ("Rebels are shelling the airport, the army said on Monday.", "shelling", "ASSAULT"),
    ("Two journalists are being held at a barracks, their lawyer said on Monday.", "held",
     "COERCE"),
])
def test_an_ongoing_act_keeps_the_saying_day(quote_pipe: Pipeline, text: str, word: str,
                                             kind: str) -> None:
    assert _dated(quote_pipe, text, word, kind) == ("2021-05-31", "speech")


def test_told_act_needs_a_material_act_and_a_day() -> None:
    day = Timex(0, 6, "Monday", "DATE", "2021-05-31", "day")
    month = Timex(0, 3, "May", "DATE", "2021-05", "month")
    clock = Timex(0, 9, "8pm today", "TIME", "2021-06-01T20:00", "time")

    def event(kind: str) -> EventMention:
        return EventMention(trigger=Span("x", 0, 1), type=kind, sentence=Span("x", 0, 1))
    assert told_act(event("ASSAULT"), day) and told_act(event("COERCE"), clock)
    assert not told_act(event("ASSAULT"), month)
    assert not told_act(event("ACCUSE"), day) and not told_act(event("EVENT"), day)


@pytest.mark.parametrize("found,kept", [
    (TimeValue(value="2021-05-31", granularity="day", anchor="narrative"), False),
    (TimeValue(value="2021-W22", granularity="week", anchor="narrative"), False),
    (TimeValue(value="2021-05-27", granularity="day", anchor="narrative"), True),
    (TimeValue(value="2021-05-28", granularity="day", anchor="publication"), True),
    (TimeValue(anchor="unknown"), True),
])
def test_never_after_the_saying(found: TimeValue, kept: bool) -> None:
    said = Timex(0, 6, "Friday", "DATE", "2021-05-28", "day")
    assert (not_after_report(found, said) is found) == kept
    if not kept:
        assert not_after_report(found, said).anchor == "unknown"
