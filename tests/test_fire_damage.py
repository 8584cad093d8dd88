"""A fire's damage and a thing burning are no event
(``eventwire/stages/events/fire_damage.py``, false59; docs/annotation.md
"What is an event"); a person or a crowd who burns or destroys, a passive
with its doer, gunfire and a name that "burned" keep theirs. The
sentences are written for these tests, none copied from an evaluation
set; each dropped one gave an event before the module."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # a fire as the doer: active subject, relative clause, passive "in"
    ("A suspicious fire destroyed the mayor's office on Friday night, police said.",
     "destroyed"),
    ("A fire devastated the senator's campaign headquarters in Tulsa on Sunday.",
     "devastated"),
    ("Investigators are examining a fire which has destroyed a police station in Rennes.",
     "destroyed"),
    ("The minister's constituency office has been badly damaged in a fire, police said.",
     "damaged"),
    ("The fire has destroyed the ruling party's offices in Bamako, officials said.",
     "destroyed"),
    # a thing burning: a subject or a described noun, no object
    ("Several police cars were still burning after the protest, the mayor said.", "burning"),
    ("Cars burned outside the governor's residence as the protest ended, the mayor said.",
     "burned"),
    ("The city hall burned for hours after the governor's rally.", "burned"),
])
def test_damage_with_no_doer_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # people who burn or destroy, a passive with its doer, gunfire
    ("Opposition supporters burned the governor's car on Tuesday, police said.", "burned"),
    ("Rioters burned and looted shops near the parliament on Friday.", "burned"),
    ("The police station was burned down by protesters on Friday.", "burned"),
    ("Army fire destroyed the rebel commander's house on Monday.", "destroyed"),
    ("Israeli tank fire damaged the mosque in Gaza on Monday, officials said.", "damaged"),
    # a clipped headline whose "burn" the parser hangs on "tyres" as a modifier
    ("Kisumu: governor's aide arrested, youths burn tyres", "burn"),
])
def test_a_doer_keeps_the_act(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)
