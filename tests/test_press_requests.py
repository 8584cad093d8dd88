"""A source's request about its own reporting is no event
(eventwire/stages/events/press_requests.py, issue #12, branch false53).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,word", [
    ("The ceasefire is holding in the north, said a senior officer who requested anonymity.",
     "requested"),
    ("Rebels shelled the airport overnight, an aid worker told reporters, requesting anonymity.",
     "requesting"),
    ("The convoy was stopped at the border, said a customs clerk who asked to remain anonymous.",
     "asked"),
    ("Relatives of the two dead miners have asked for privacy, the company said.", "asked"),
    ("The talks stalled on Friday, according to a delegate who declined to be named.",
     "declined"),
    ("A guard, who refused to be identified, said the prisoners were moved at dawn.",
     "refused"),
])
def test_a_request_about_the_reporting_is_no_event(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The dissident requested asylum at the Dutch embassy on Monday.", "requested"),
    ("Villagers asked for protection after the militia burned two farms.", "asked"),
    ("The union requested anonymity for the whistleblowers who exposed the bribes.", "requested"),
    ("The opposition asked the ministry to identify the officers who fired on the crowd.",
     "asked"),
])
def test_other_requests_stay_events(pipe: Pipeline, text: str, word: str) -> None:
    assert word in by_trigger(pipe, text)
