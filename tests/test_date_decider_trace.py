"""tools/date_decider_trace.py: the wrappers record a step only when it
decides, and name the undated model's choice; nothing is installed here
(installing wraps the time stage's modules for the rest of the process)."""

from __future__ import annotations

from typing import Any

from eventwire.models import TimeValue
from tools.date_decider_trace import Tracer, _tv


def test_a_step_is_recorded_only_when_it_decides() -> None:
    tracer = Tracer()
    stack: list[str] = []

    def rule(x: Any) -> Any:
        return x

    wrapped = tracer._mark("rule_time", stack)(rule)
    assert wrapped(None) is None and wrapped(False) is False and stack == []
    assert wrapped(TimeValue(anchor="unknown")) is not None and stack == ["rule_time"]


def test_the_undated_model_is_named_by_its_choice() -> None:
    tracer = Tracer()
    stack: list[str] = []
    tracer._mark("predict_choice", stack)(lambda feats, model: "timeline")({}, {})
    assert stack == ["model:timeline"]


def test_time_value_parts() -> None:
    got = _tv(TimeValue(value="2024-03-12", granularity="day", start=40, anchor="sentence"))
    assert got == {"value": "2024-03-12", "gran": "day", "anchor": "sentence", "bg": False,
                   "start": 40}
