"""tools/date_only_split.py: the events a date alone keeps from a full record,
one level finer (branch dates33). Texts, dates and events are written for
these tests."""

from __future__ import annotations

from tools.date_only_split import date_only, holder, kind, table

PUB = "2021-06-09"
TEXT = ("Title line here\nTroops shelled the port on Monday. Rebels fired back. "
        "Aid was sent on Tuesday and the army withdrew.")


def _ev(start: int, value: str | None, anchor: str = "explicit",
        gran: str = "day") -> dict[str, object]:
    return {"trigger": {"start": start},
            "time": {"value": value, "granularity": gran, "anchor": anchor}}


def test_kind() -> None:
    assert kind(_ev(0, "2021-06"), _ev(0, "2021-06-07"), PUB) == "gran"
    assert kind(_ev(0, "2021-06-07"), _ev(0, PUB, "publication"), PUB) == "pub fallback"
    assert kind(_ev(0, None, gran="unknown"), _ev(0, "2021-06-07"), PUB) == "dated, gold undated"
    assert kind(_ev(0, "2021-06-07"), _ev(0, None, "unknown", "unknown"), PUB) \
        == "undated, gold dated"
    assert kind(_ev(0, "2021-06-07"), _ev(0, "2021-06-01"), PUB) == "value"


def test_holder() -> None:
    record = {"text": TEXT, "published": PUB}
    shelled = _ev(TEXT.index("shelled"), "2021-06-07")
    sent = _ev(TEXT.index("sent"), "2021-06-08")
    fired = _ev(TEXT.index("fired"), None, "unknown", "unknown")
    withdrew = _ev(TEXT.index("withdrew"), None, "unknown", "unknown")
    events = [shelled, fired, sent, withdrew]
    assert holder(None, record, fired, events) == "-"
    assert holder(PUB, record, fired, events) == "pub"
    assert holder("2021-06-07", record, fired, events) == "nearest"
    assert holder("2021-06-08", record, withdrew, events) == "nearest"
    assert holder("2021-06-07", record, withdrew, events) == "elsewhere in text"
    aid = _ev(TEXT.index("Aid"), None, "unknown", "unknown")
    assert holder("2021-06-08", record, aid, [*events, aid]) == "sentence"
    assert holder("2021-06-07", record, aid, [*events, aid]) == "nearest"
    assert holder("2021-06-01", record, fired, events) == "none"


def test_date_only() -> None:
    ok = {"type": True, "date": True, "background": True}
    assert not date_only(ok, False)
    assert date_only({**ok, "date": False}, False)
    assert not date_only({**ok, "date": False, "type": False}, False)
    assert not date_only({**ok, "background": False}, False)
    assert date_only({**ok, "background": False}, True)


def test_table_counts_sets() -> None:
    rows = [{"set": "a", "origin": "real", "kind": "gran"},
            {"set": "b", "origin": "own", "kind": "gran"}]
    out = table(rows, ["kind"])
    assert "| gran | 1 | 1 | 2: ab |" in out
