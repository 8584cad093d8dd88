"""Class *an order and the measure it makes* (ordered_measures.py,
relabel60 (e)): one event on the measure noun. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_at, events_of


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


def _triggers(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.type) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text,word", [
    ("The ministry ordered the closure of the weekly's printing works.", "closure"),
    ("A provincial judge ordered a halt to the dredging along the river.", "halt"),
    ("The separatists ordered a week-long shutdown of the border towns.", "shutdown"),
])
def test_ordered_measure_is_coerce_on_the_noun(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("COERCE", "restrict"), event.trigger.text
    assert "ordered" not in [t for t, _ in _triggers(pipe, text)]


def test_closure_of_a_foreign_mission_is_expel(pipe: Pipeline) -> None:
    event = event_at(pipe, "Lisbon ordered the closure of the Belarusian consulate.", "closure")
    assert (event.type, event.mode) == ("SANCTION", "expel"), event.trigger.text


@pytest.mark.parametrize("text", [
    # a closure told on its own names no act
    "Workers protested against the closure of the steel plant.",
    # a halt to one's own fighting is no restriction imposed on others
    "The general ordered a halt to the shelling of the town.",
])
def test_no_ordered_measure(pipe: Pipeline, text: str) -> None:
    assert not any(t in ("closure", "halt") and k == "COERCE"
                   for t, k in _triggers(pipe, text))


def test_order_of_troops_stays_the_order(pipe: Pipeline) -> None:
    """"ordered troops to the border": no measure noun, the order's own act."""
    found = _triggers(pipe, "The president ordered troops to the border.")
    assert any(t == "ordered" for t, _ in found), found
