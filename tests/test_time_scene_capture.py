"""Class *a capture at the scene* (eventwire/stages/time/scene_capture.py,
branch dates45): an undated arrest the text ties to the incident's scene
("arrested nearby", "pulled over three streets away", "detained an hour
after the discovery", "arrested shortly after the blaze") takes the scene's
date. Near misses: no tie ("later", "a week after"), a capture named in
another act's relation ("hours after his arrest"), words that are no
capture, a date after the report, a headline and a capture that did not
happen. Every sentence was written for these tests (PUB: Tuesday
2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.anchoring import is_background
from eventwire.stages.time.scene_capture import (
    capture,
    date_scene_captures,
    scene_tie,
    scene_time,
)
from tests.test_time_episode import _dated
from tests.test_time_undated import PUB


def _token(pipe: Pipeline, text: str, word: str) -> tuple[Doc, Token]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc, next(t for t in doc if t.text == word)


IN_CLASS = [
    ("A van struck two cyclists on the ring road in Leeds on Friday night. The driver fled "
     "but was arrested nearby.", "arrested", "2021-05-28"),
    ("A delivery rider was hit by a car in Bristol late on Sunday. Officers pulled the "
     "driver over three streets away.", "pulled", "2021-05-30"),
    ("The bodies of two brothers were found at a farmhouse outside Cork on Saturday. Their "
     "cousin was detained an hour after the discovery.", "detained", "2021-05-29"),
    ("A fire gutted a warehouse in Lyon on Sunday. A security guard was arrested shortly "
     "after the blaze.", "arrested", "2021-05-30"),
    ("Mark Ellis, 41, had been arrested following a car chase a few hours after the "
     "Thursday evening stabbing at a pub in Salford.", "arrested", "2021-05-27"),
]


@pytest.mark.parametrize("text,word,value", IN_CLASS)
def test_a_capture_at_the_scene_takes_the_scenes_date(timex_pipe: Pipeline, text: str,
                                                     word: str, value: str) -> None:
    _doc, events = _dated(timex_pipe, text, [(word, "COERCE", "asserted")])
    assert events[0].time.value == value
    assert events[0].time.anchor == "narrative" and not events[0].time.background


def test_the_pass_dates_an_undated_capture(timex_pipe: Pipeline) -> None:
    """The pass itself: a capture the earlier steps left unknown takes the
    scene's date, with the flag the value calls for."""
    text = ("A tram hit a pedestrian in Nantes in March. A bus struck a cyclist in Nantes "
            "on Saturday. Its driver was detained nearby.")
    doc, events = _dated(timex_pipe, text, [("detained", "COERCE", "asserted")])
    events[0].time = TimeValue(anchor="unknown")
    date_scene_captures(doc, events, doc._.timexes, PUB, lambda v: is_background(v, PUB))
    assert (events[0].time.value, events[0].time.anchor) == ("2021-05-29", "narrative")


@pytest.mark.parametrize("text,word", [
    # no tie to the scene: "later", a long interval
    ("A van struck two cyclists in Leeds on Friday night. The driver was later arrested.",
     "arrested"),
    ("A van struck two cyclists in Leeds on Friday night. The driver was arrested a week "
     "after the crash.", "arrested"),
    # the capture is named in another act's relation: the host's date, not the scene's
    ("A suspected smuggler hanged himself in his cell hours after his arrest.", "arrest"),
    ("A suspected smuggler hanged himself in his cell hours after he was arrested.",
     "arrested"),
])
def test_no_tie_no_scene(timex_pipe: Pipeline, text: str, word: str) -> None:
    _doc, tok = _token(timex_pipe, text, word)
    assert capture(tok)
    assert not scene_tie(tok)[0]


@pytest.mark.parametrize("text,word", [
    ("Protesters gathered nearby.", "gathered"),
    ("Rescuers pulled two children from the rubble nearby.", "pulled"),
])
def test_no_capture(timex_pipe: Pipeline, text: str, word: str) -> None:
    _doc, tok = _token(timex_pipe, text, word)
    assert not capture(tok)


def test_a_date_after_the_report_is_not_the_scenes(timex_pipe: Pipeline) -> None:
    doc, tok = _token(timex_pipe, "The court will hear the case on Friday. The driver was "
                      "arrested nearby.", "arrested")
    tied, word = scene_tie(tok)
    assert tied and word is None
    assert scene_time(tok, word, doc._.timexes, PUB,
                      lambda v: is_background(v, PUB)) is None


def test_a_headline_capture_is_left_to_the_headline_rules(timex_pipe: Pipeline) -> None:
    _doc, events = _dated(timex_pipe, "Driver arrested nearby after crash\nA van struck "
                          "two cyclists in Leeds on Friday night.",
                          [("arrested", "COERCE", "asserted")])
    assert events[0].time.anchor != "narrative" or events[0].time.value != "2021-05-28"


def test_a_capture_that_did_not_happen_is_left(timex_pipe: Pipeline) -> None:
    _doc, events = _dated(timex_pipe, "A van struck two cyclists in Leeds on Friday night. "
                          "Police vowed to arrest the driver nearby.",
                          [("arrest", "COERCE", "future")])
    assert events[0].time.value is None


def test_the_date_of_the_interval_phrase_comes_first(timex_pipe: Pipeline) -> None:
    doc, tok = _token(timex_pipe, "A bar was set alight in Derby on Saturday. A man was "
                      "detained hours after the Sunday morning fire at a bakery.", "detained")
    tied, word = scene_tie(tok)
    assert tied and word is not None
    found = scene_time(tok, word, doc._.timexes, PUB, lambda v: is_background(v, PUB))
    assert found is not None and found.value == "2021-05-30"


def test_a_model_year_is_no_scene_date(timex_pipe: Pipeline) -> None:
    doc, tok = _token(timex_pipe, "A jogger was hit in Leicester on Friday night by a grey "
                      "2019 Ford Focus, which then sped off. The driver was arrested nearby.",
                      "arrested")
    tied, word = scene_tie(tok)
    found = scene_time(tok, word, doc._.timexes, PUB, lambda v: is_background(v, PUB))
    assert tied and found is not None and found.value == "2021-05-28"
