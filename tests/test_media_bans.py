"""A medium banned, blocked or restricted is COERCE censor
(eventwire/stages/events/media_bans.py, modes43). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


@pytest.mark.parametrize("text,word,mode", [
    # a medium closed: censor
    ("The junta banned the French broadcaster and closed its office.", "banned", "censor"),
    ("Access to Facebook and YouTube was restricted on election day, a monitor said.",
     "restricted", "censor"),
    ("The regulator said the channel would be banned if it aired the interview again.",
     "banned", "censor"),
    ("Moscow banned three Latvian television channels last year.", "banned", "censor"),
    # near misses: people, rallies, vehicles and vessels kept out stay restrict
    ("Police banned all rallies near the police stations.", "banned", "restrict"),
    ("The mayor banned trucks from the city centre for a week.", "banned", "restrict"),
    ("A coast guard cutter blocked the supply boat near the shoal.", "blocked", "restrict"),
])
def test_medium_banned(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("COERCE", mode), (event.trigger.text, event.rules)
