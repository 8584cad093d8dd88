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


def test_a_weight_against_protests_is_caught(cases: list[GuardCase]) -> None:
    """A refit that learned a cue against labour strikes and protests (once
    ``actor_sector=LAB``) would drop them: the guard names them."""
    model = load_filter()
    assert model is not None
    biased = EventFilter({**model.weights, "type=PROTEST": -8.0}, model.bias, model.threshold)
    failed = {word for _text, word, _p in dropped(biased, cases)}
    assert {"strike", "marched", "protested"} <= failed


def test_the_filter_reads_no_actor_sectors(cases: list[GuardCase]) -> None:
    """Sectors are left out of the eventness features (they tie in k-fold and
    carried the labour-strike failure)."""
    feats = [f for c in cases if c.features is not None for f in c.features]
    assert feats and not any(f.startswith(("actor_sector", "recipient_sector")) for f in feats)
