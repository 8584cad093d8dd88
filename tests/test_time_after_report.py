"""Class *past act dated after the report* (eventwire/stages/time/after_report.py,
branch dates15): a past-tense act cannot take a date after publication; a
weekday or month-day read forward is read backward, any other such date is
dropped. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, TimeValue, Timex
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.after_report import after_report, past_act

PUB = date(2021, 6, 1)  # a Tuesday


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_timex",))


def _parse(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    return doc


def _word(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("The courier was shot outside his home.", "shot"),
    ("Rebels burned the depot and fled.", "burned"),
    ("Police have arrested and charged two brothers.", "charged"),
    ("A farmer wounded by soldiers died in hospital.", "wounded"),
])
def test_past_acts(pipe: Pipeline, text: str, word: str) -> None:
    assert past_act(_word(_parse(pipe, text), word))


@pytest.mark.parametrize("text,word", [
    ("The minister will be questioned by the committee.", "questioned"),
    ("A ruling is expected from the court.", "expected"),
    ("The mayor is to be sentenced by the judge.", "sentenced"),
    ("Troops guard the border crossing.", "guard"),
])
def test_not_past_acts(pipe: Pipeline, text: str, word: str) -> None:
    assert not past_act(_word(_parse(pipe, text), word))


def _timex(doc: Doc, text: str) -> Timex:
    return next(t for t in doc._.timexes if t.text == text)


def _found(t: Timex, value: str, anchor: str = "explicit") -> TimeValue:
    return TimeValue(value=value, granularity="day", text=t.text, start=t.start, end=t.end,
                     anchor=anchor)


@pytest.mark.parametrize("text,word,expression,forward,back", [
    # a weekday governing the act, read forward: the last such weekday
    ("The guard was stabbed near the gate on Friday.", "stabbed", "Friday",
     "2021-06-04", "2021-05-28"),
    # a month and day read forward: that day of the year before
    ("The clerk was robbed on her way to work on Aug. 9.", "robbed", "Aug. 9",
     "2021-08-09", "2020-08-09"),
    ("Looters raided the market on Thursday.", "raided", "Thursday",
     "2021-06-03", "2021-05-27"),
])
def test_forward_reading_is_read_backward(pipe: Pipeline, text: str, word: str,
                                          expression: str, forward: str, back: str) -> None:
    doc = _parse(pipe, text)
    t = _timex(doc, expression)
    got = after_report(_found(t, forward), _word(doc, word), list(doc._.timexes), PUB,
                       lambda _: False)
    assert (got.value, got.granularity) == (back, "day")


@pytest.mark.parametrize("text,word,expression,value", [
    # another clause's later date, or a chain past the report: no date
    ("Citing a plan for 2028, the premier accused the bloc of blackmail.", "accused",
     "2028", "2028"),
    ("Thirty years later, detectives arrested the suspect.", "arrested", "Thirty", "2031-06-01"),
    ("Two weeks later, the guards were dismissed.", "dismissed", "Two", "2021-06-15"),
    # a weekday the act only shares a sentence with (anchor "sentence"): no date
    ("The driver was released on a promise to appear in court on Friday.", "released",
     "Friday", "2021-06-04"),
])
def test_other_dates_after_the_report_are_dropped(pipe: Pipeline, text: str, word: str,
                                                  expression: str, value: str) -> None:
    doc = _parse(pipe, text)
    t = next(x for x in doc._.timexes if x.text.startswith(expression))
    anchor = "sentence" if t.rule == "weekday" else "explicit"
    got = after_report(_found(t, value, anchor), _word(doc, word), list(doc._.timexes), PUB,
                       lambda _: False)
    assert (got.value, got.anchor) == (None, "unknown")


@pytest.mark.parametrize("text,word,expression,value", [
    # the plan ahead, a present schedule and a date on or before publication stand
    ("Ministers will meet in Geneva on Friday.", "meet", "Friday", "2021-06-04"),
    ("A verdict is expected on Thursday.", "expected", "Thursday", "2021-06-03"),
    ("Police raided the office on Tuesday.", "raided", "Tuesday", "2021-06-01"),
])
def test_plans_and_past_dates_stand(pipe: Pipeline, text: str, word: str, expression: str,
                                    value: str) -> None:
    doc = _parse(pipe, text)
    t = _timex(doc, expression)
    got = after_report(_found(t, value), _word(doc, word), list(doc._.timexes), PUB,
                       lambda _: False)
    assert got.value == value


@pytest.fixture(scope="module")
def rules_pipeline() -> Pipeline:
    from eventwire.settings import Settings

    return Pipeline(Settings(progress=False, undated_events="unknown"))


@pytest.mark.parametrize("text,trigger,value", [
    # the whole pipeline: the check has the last word on each event's date
    ("Teachers have called for a second strike next month.", "called", None),
    ("Dockers will blockade the port next month, the union said.", "blockade", "2021-07"),
    ("Thirty years later, detectives arrested the suspect in Ohio.", "arrested", None),
])
def test_the_pipeline_leaves_no_past_act_after_the_report(rules_pipeline: Pipeline, text: str,
                                                          trigger: str,
                                                          value: str | None) -> None:
    art = Article(text=text, id="t", published=PUB, outlet="Wire")
    ((_, _doc, events),) = list(rules_pipeline.extract([art]))
    got = {e.mention.trigger.text: e.mention.time.value for e in events}
    assert got[trigger] == value
