"""The actor outcome splitter (tools/actor_only_split.py): mentions written
for these tests."""

from __future__ import annotations

from typing import Any

from tools.actor_only_split import actor_class, table


def _m(text: str, start: int, country: str | None, sector: str = "GOV") -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text), "country": country,
            "sector": sector, "sectors": [sector]}


def test_outcome_classes() -> None:
    gold = _m("the interior ministry", 0, "TGO")
    assert actor_class(gold, None) == "missing"
    assert actor_class(None, _m("police", 40, "TGO")) == "spurious"
    assert actor_class(gold, _m("police", 40, "TGO")) == "wrong span"
    assert actor_class(gold, _m("ministry", 13, "BEN")) == "country"
    assert actor_class(gold, _m("ministry", 13, "TGO", "CVL")) == "sector GOV -> CVL"


def test_table_counts_gains_and_losses_by_event() -> None:
    old = {("a-1", 0): {"set": "rec_a", "real": False, "class": "missing"},
           ("b-1", 2): {"set": "rec_b", "real": True, "class": "missing"},
           ("b-2", 0): {"set": "rec_b", "real": False, "class": "country"}}
    new = {("b-1", 2): old[("b-1", 2)], ("b-2", 0): old[("b-2", 0)],
           ("c-1", 1): {"set": "rec_c", "real": False, "class": "country"}}
    lines = table(old, new, 10)
    assert lines[2] == "| missing | 2 | 1 / 1 | 2 | rec_a (0.50) | 1 (1) | 0 |"
    assert lines[3] == "| country | 1 | 0 / 1 | 1 | rec_b (1.00) | 0 (0) | 1 |"
