"""Executives leaving their company (eventwire/stages/events/business_exits.py).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("Maria Lind, the founder of the software maker Corvex, resigned on Monday after a "
     "dispute with investors.", "resigned"),
    ("On March 3, Daniel Roth resigned from his post as CEO of the retailer.", "resigned"),
    ("Brightline executive Tom Hale quit after twelve years with the firm.", "quit"),
    ("Helen Park, a former Orvia executive, is stepping down at the end of the month.",
     "stepping"),
    ("The carmaker said its chief executive would step down as CEO in June.", "step"),
])
def test_executive_exit_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The defence minister resigned on Monday after the scandal.", "resigned"),
    ("The prime minister of Italy stepped down after losing the vote.", "stepped"),
    ("The executive director of the health ministry resigned over the outbreak.", "resigned"),
    ("Two opposition lawmakers quit the coalition government in protest.", "quit"),
])
def test_public_exit_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)
