"""tools/date_decider_split.py: each wrong date falls in the class of what is
wrong, and each trace step in the kind of component that set it."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tools.date_decider_split import compare, component, what

PUB = "2024-03-14"  # a Thursday
# three sentences: [0, 20), [20, 40), [40, 60)
TRACE = {"sents": [[0, 20], [20, 40], [40, 60]],
         "timexes": [{"start": 5, "value": "2024-03-11", "rule": "weekday"},
                     {"start": 25, "value": "2024-02", "rule": "month"},
                     {"start": 45, "value": "2024-03-12", "rule": "narrative:-2:day"}]}


def ev(value: str | None, gran: str = "day", bg: bool = False, start: int = 50
       ) -> dict[str, Any]:
    return {"trigger": {"start": start},
            "time": {"value": value, "granularity": gran, "anchor": "narrative",
                     "background": bg}}


def step(timex_start: int | None) -> list[dict[str, Any]]:
    return [{"step": "rule_time", "start": timex_start}]


@pytest.mark.parametrize("gold,pred,steps,expected", [
    (ev("2024-02", "month", bg=True), ev("2024-02", "month"), step(25), "background flag"),
    (ev("2024-03", "month"), ev("2024-03-12"), step(45), "granularity"),
    (ev(None, "unknown"), ev(PUB), step(None), "pub day, gold unknown"),
    (ev("2024-03-13"), ev(PUB), step(None), "pub day, gold other day"),
    # left unknown: where gold's date is
    (ev("2024-02", "month"), ev(None, "unknown"), [], "unknown, not carried"),
    (ev("2024-03-12"), ev(None, "unknown"), [], "unknown, gold own sentence"),
    (ev(PUB), ev(None, "unknown"), [], "unknown, gold pub day"),
    (ev("2024-01-02"), ev(None, "unknown"), [], "unknown, gold elsewhere"),
    # dated from a TIMEX
    (ev("2024-03-04", start=10), ev("2024-03-11", start=10), step(5), "weekday direction"),
    (ev("2024-03-10"), ev("2024-03-12"), step(45), "relative from wrong anchor"),
    (ev(None, "unknown"), ev("2024-03-12"), step(45), "own sentence's date, gold unknown"),
    (ev(None, "unknown"), ev("2024-02", "month"), step(25),
     "carried across sentences, gold unknown"),
    (ev("2024-01", "month"), ev("2024-02", "month"), step(25),
     "carried across sentences, gold other date"),
    (ev(None, "unknown"), ev("2024-03-12"), step(None), "dated without a TIMEX"),
])
def test_what(gold: dict[str, Any], pred: dict[str, Any], steps: list[dict[str, Any]],
              expected: str) -> None:
    assert what(gold, pred, steps, TRACE, PUB) == expected


def test_a_weekday_two_weeks_off_is_no_direction_error() -> None:
    got = what(ev("2024-02-26", start=10), ev("2024-03-11", start=10), step(5), TRACE, PUB)
    assert got == "own sentence's date, gold other date"


@pytest.mark.parametrize("step_name,kind", [
    ("ranker", "ranker"), ("undated:model:unknown", "undated model"),
    ("undated:perfect_result", "rule"), ("headline_time", "rule"),
    ("date_story_acts", "rule"), ("rule_time", "rule"),
])
def test_component(step_name: str, kind: str) -> None:
    assert component(step_name) == kind


def test_compare_rates_per_thousand_matched() -> None:
    data = [{"set": "z", "origin": "own", "what": "granularity"},
            {"set": "a", "origin": "real", "what": "granularity"},
            {"set": "a", "origin": "own", "what": "granularity"}]
    matched = Counter({("z", "own"): 100, ("a", "own"): 300, ("a", "real"): 100})
    out = compare(data, matched, {"z"}, ["what"])
    assert "| granularity | 1 | 0 | 1 | 1 | 10.0 | 5.0 | 2.00 |" in out
