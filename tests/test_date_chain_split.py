"""tools/date_chain_split.py: the sub-classes of "wrong anchor in a narrative
chain" (branch dates32). Dates and events are written for these tests."""

from __future__ import annotations

from tools.date_chain_split import delta, source, table

PUB = "2021-06-09"


def _ev(start: int, value: str, anchor: str = "explicit") -> dict[str, object]:
    return {"trigger": {"start": start}, "time": {"value": value, "anchor": anchor}}


def test_delta_buckets() -> None:
    assert delta("2021-06-08", "2021-06-09") == "-1"
    assert delta("2021-06-09", "2021-06-08") == "+1"
    assert delta("2021-06-01", "2021-06-08") == "<-1"
    assert delta("2021-06", "2021-06-08") == "gran"


def test_source_of_the_gold_date() -> None:
    events = [_ev(5, "2021-06-06"), _ev(50, "2021-06-07"), _ev(90, "2021-06-02", "narrative")]
    assert source(PUB, PUB, 60, events) == "pub"
    assert source("2021-06-07", PUB, 60, events) == "nearest own-dated before"
    assert source("2021-06-06", PUB, 60, events) == "some own-dated day"
    assert source("2021-06-08", PUB, 60, events) == "pub-1"
    assert source("2021-06-02", PUB, 60, events) == "elsewhere"  # a narrative date is no own date


def test_table_counts_and_sets() -> None:
    rows = [{"set": "a", "origin": "own", "delta": "-1"},
            {"set": "b", "origin": "real", "delta": "-1"},
            {"set": "b", "origin": "own", "delta": "+1"}]
    out = table(rows, ["delta"]).splitlines()
    assert out[2] == "| -1 | 1 | 1 | 2: ab |"
    assert out[3] == "| +1 | 1 | 0 | 1: b |"
