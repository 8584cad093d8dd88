"""tools/date_fine_split.py: each wrong date falls in the class the brief names."""

from __future__ import annotations

from typing import Any

import pytest

from tools.date_fine_split import cls, side

PUB = "2024-03-14"  # a Thursday


def ev(value: str | None, gran: str = "day", anchor: str = "narrative", bg: bool = False,
       start: int = 0) -> dict[str, Any]:
    return {"trigger": {"start": start},
            "time": {"value": value, "granularity": gran, "anchor": anchor, "background": bg}}


@pytest.mark.parametrize("gold,pred,text,expected", [
    (ev("2024-02", "month", bg=True), ev("2024-02", "month", "explicit"), "In February, x.",
     "bg recollection dated as new"),
    (ev(None, "unknown"), ev(PUB), "Police said.", "pub day, gold null"),
    (ev("2024-03-13"), ev(PUB), "Police said.", "pub day, gold other day"),
    (ev("2024-03-13"), ev(None, "unknown", "unknown"), "Police said.", "null, gold dated"),
    (ev("2024-03", "month"), ev("2024-03-12"), "It rained.", "granularity"),
    (ev("2024-03-18"), ev("2024-03-11"), "Talks resume next Monday.", "relative direction"),
    (ev("2024-03-11"), ev("2024-03-12"), "Troops left on Monday.", "weekday"),
    (ev(None, "unknown"), ev("2024-03-12", anchor="explicit"), "It rained.",
     "another clause's date"),
    (ev(None, "unknown"), ev("2024-03-12"), "It rained.", "dated, gold null"),
    (ev("2024-03-10"), ev("2024-03-12"), "It rained.", "chain / other value"),
])
def test_classes(gold: dict[str, Any], pred: dict[str, Any], text: str, expected: str) -> None:
    assert cls(gold, pred, text, PUB) == expected


def test_side_reads_calendar_days_only() -> None:
    assert side("2024-03", PUB) == 0
    assert side("2024-03-01", PUB) == -1
    assert side("2024-03-20", PUB) == 1
    assert side(PUB, PUB) == 0
    assert side(None, PUB) == 0


SUB_PUB = "2024-03-14"  # a Thursday


@pytest.mark.parametrize("text,trigger,expected", [
    ("Rebels seize town\nTroops shelled the town.", "seize", "headline"),
    ("Head\nThe envoy left on Thursday, hours after gunmen fired on the convoy.", "fired",
     "after-clause"),
    ("Head\nGuards used tear gas on Monday to repel migrants.", "used", "day word ignored"),
    ("Head\nThe army on Thursday denied that its troops had fired.", "fired",
     "weekday as today"),
    ("Head\nThe ministry said its troops had fired.", "fired", "reported past act"),
    ("Head\nThe council condemned the raid.", "raid", "no cue"),
])
def test_sub_classes_of_the_publication_day(text: str, trigger: str, expected: str) -> None:
    from tools.date_fine_split import sub

    assert sub(text, text.index(trigger), SUB_PUB) == expected
