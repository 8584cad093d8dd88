"""A diplomatic answer in kind is THREATEN relations
(eventwire/stages/events/reciprocal_responses.py, modes43). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


@pytest.mark.parametrize("text,word,mode", [
    # an answer in kind: relations
    ("The foreign ministry said Minsk would respond to the expulsion of its consul in a "
     "mirror manner.", "respond", "relations"),
    ("Hanoi vowed to retaliate against the closure of its trade office in a mirror way.",
     "vowed", "relations"),
    ("A spokesman said Ankara would respond in kind to the visa ban on its officials.",
     "respond", "relations"),
    ("The embassy said Budapest would respond in a reciprocal manner if the envoy was "
     "expelled.", "respond", "relations"),
    # near misses: an answer in kind to force, mirror measures (rec_i's
    # line: no mode), a newspaper named Mirror, a response with no kind
    ("The general said the army would respond in kind if the rebels shelled the town.",
     "respond", "violence"),
    ("The ministry said it would respond with mirror measures to the new duties.",
     "respond", None),
    ("The Daily Mirror said the government would respond firmly to the ban.", "respond", None),
    ("The ministry said it would respond with all necessary measures.", "respond", None),
    # review96: an answer in kind to a trade penalty is a trade threat, no mode
    ("Beijing said it would respond in kind to any new American tariffs.", "respond", None),
    ("Delhi warned it would respond in a mirror manner to higher duties on its steel.",
     "warned", None),
    ("Officials said Seoul would respond in kind to a levy on its cars.", "respond", None),
])
def test_answer_in_kind(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("THREATEN", mode), (event.trigger.text, event.rules)
