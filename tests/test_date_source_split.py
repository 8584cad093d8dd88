"""tools/date_source_split.py: what is wrong, where gold's date comes from,
the story (synthetic rows written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tools.date_source_split import gives, granularity, source, story, table, wants, what

TEXT = "Jury convicts gunman\nA gunman shot two guards in March 2021.\nHe fired at the gate."


def row(trig: str, gold_value: str | None, pred_value: str | None = None,
        fine: str = "chain / other value") -> dict[str, Any]:
    start = TEXT.index(trig)
    sent = next(s for s in TEXT.split("\n") if trig in s)
    return {"start": start, "trig": trig, "sent": sent, "gold_value": gold_value,
            "pred_value": pred_value, "what": fine, "set": "x", "story": "s1"}


def gold(events: list[tuple[str, str | None]], published: str = "2023-05-02") -> dict[str, Any]:
    return {"text": TEXT, "published": published,
            "events": [{"trigger": {"start": TEXT.index(t)}, "time": {"value": v}}
                       for t, v in events]}


@pytest.mark.parametrize("gold_value,pred_value,fine,expected", [
    ("2021-03", "2023-05-01", "bg recollection dated as new", "bg flag (gold bg, we not)"),
    ("2021-03", None, "null, gold dated", "unknown, gold dated"),
    (None, "2023-05-01", "dated, gold null", "dated, gold unknown"),
    ("2021-03-04", "2021-03", "granularity", "granularity"),
    ("2021-03", "2023-05-01", "chain / other value", "value"),
])
def test_what(gold_value: str | None, pred_value: str | None, fine: str,
              expected: str) -> None:
    assert what(row("fired", gold_value, pred_value, fine)) == expected


def test_source() -> None:
    g = gold([("shot", "2021-03"), ("fired", "2021-03")])
    assert source(row("fired", "2021-03"), g) == "earlier event of story"
    assert source(row("shot", "2021-03"), g) == "timex in sentence"
    assert source(row("fired", None), g) == "gold unknown"
    assert source(row("fired", "2023-05-02"), g) == "publication date"
    assert source(row("fired", "2021-02"), gold([("fired", "2021-02")])) == \
        "timex earlier sentence"


def test_story_and_table() -> None:
    assert story("ecbplus:22_6ecbplus", "a") == "ecb22+"
    assert story("ecbplus:12_11ecb", "a") == "ecb12"
    assert story("geovirus:geovirus-066", "a") == "geovirus:geovirus-066"
    assert story(None, "own-1") == "own-1"
    rows = [row("fired", None), row("shot", None) | {"story": "s2", "set": "y"}]
    assert "| k | 2 | 2 | 2 |" in table(rows, lambda r: "k", "t")


def _tagged(trig: str, gold_value: str | None, pred_value: str | None, fine: str,
            g: dict[str, Any], anchor: str = "narrative") -> dict[str, Any]:
    r = row(trig, gold_value, pred_value, fine) | {"anchor": anchor}
    r.update(what_wrong=what(r), source=source(r, g))
    return r


def test_wants_and_gives() -> None:
    """The --by-want split (dates45): what gold wants, what we give."""
    g = gold([("shot", "2021-03"), ("fired", "2021-03-04")])
    assert granularity("2021-W09") == "week" and granularity("2021") == "year"
    r = _tagged("fired", "2021-03-04", None, "null, gold dated", g)
    assert (wants(r), gives(r, "2023-05-02")) == ("day named earlier", "unknown")
    r = _tagged("fired", "2021-03-04", "2021-03", "granularity", g)
    assert gives(r, "2023-05-02") == "granularity month for day (narrative)"
    r = _tagged("fired", "2023-05-02", "2023-05-01", "chain / other value", g)
    assert (wants(r), gives(r, "2023-05-02")) == ("publication day", "other day (narrative)")
    r = _tagged("shot", "2021-03", "2023-05-02", "bg recollection dated as new", g,
                "publication")
    assert (wants(r), gives(r, "2023-05-02")) == ("bg: month", "pub day (publication)")
    r = _tagged("fired", None, "2023-05-02", "dated, gold null", g)
    assert wants(r) == "unknown"
