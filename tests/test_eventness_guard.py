"""The guard over refits of the eventness filter
(eventwire/stages/events/eventness_guard.py). Sentences of the guard list
are written for it (eventwire/data/events/eventness_guard.yaml)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.eventness import EventFilter, load_filter
from eventwire.stages.events.eventness_guard import GuardCase, dropped, guard_cases


@pytest.fixture(scope="module")
def cases(event_rules_pipe: Pipeline) -> list[GuardCase]:
    return guard_cases(event_rules_pipe)


def test_the_rules_find_every_guard_event(cases: list[GuardCase]) -> None:
    assert len(cases) >= 30
    assert [c.text for c in cases if c.features is None] == []


def test_the_shipped_filter_keeps_every_guard_event(cases: list[GuardCase]) -> None:
    model = load_filter()
    assert model is not None
    assert dropped(model, cases) == []


def test_a_sector_weight_against_unions_is_caught(cases: list[GuardCase]) -> None:
    """The refit that learned ``actor_sector=LAB`` as a non-event cue would
    have dropped the labour strikes: the guard names them."""
    model = load_filter()
    assert model is not None
    biased = EventFilter({**model.weights, "actor_sector=LAB": -8.0}, model.bias,
                         model.threshold)
    failed = {word for _text, word, _p in dropped(biased, cases)}
    assert "strike" in failed
