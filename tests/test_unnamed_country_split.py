"""The split of unnamed people's wrong countries (tools/unnamed_country_split.py).
Own sentences and made-up records only."""

from __future__ import annotations

from typing import Any, NamedTuple

from tools.unnamed_country_split import (
    event_rows,
    place_class,
    place_country,
    story_home,
    unnamed,
    wrong_from,
)

TEXT = "Guards in Narva detained two fishermen from Pskov on Tuesday."


class _Place(NamedTuple):
    lat: float
    lon: float
    country: str


def _candidates(name: str) -> list[Any]:
    return {"Narva": [_Place(40.0, -75.0, "USA"), _Place(59.38, 28.19, "EST")]}.get(name, [])


def _m(part: str, country: str | None, sector: str | None) -> dict[str, Any]:
    start = TEXT.index(part)
    return {"start": start, "end": start + len(part), "text": part, "country": country,
            "sector": sector, "sectors": [sector] if sector else []}


NARVA = {**_m("Narva", None, None), "lat": 59.37, "lon": 28.2, "basis": "clause"}


def test_unnamed_and_place_classes() -> None:
    assert unnamed(_m("two fishermen", "RUS", "CVL"))
    assert not unnamed(_m("Guards in Narva", "EST", "CVL"))
    assert not unnamed(_m("two fishermen", "RUS", "COP"))
    assert place_class(None) == "none"
    assert place_class(NARVA) == "sentence"
    assert place_class({**NARVA, "basis": "focus"}) == "focus"


def test_place_country_takes_the_entry_near_the_point() -> None:
    assert place_country(NARVA, _candidates) == "EST"
    assert place_country({**NARVA, "lat": 0.0, "lon": 0.0}, _candidates) is None
    assert place_country(None, _candidates) is None


def test_rows_of_a_wrong_country() -> None:
    guards = _m("Guards", "EST", "COP")
    gold = {"actor": guards, "recipient": _m("two fishermen", "RUS", "CVL")}
    pred = {"actor": guards, "recipient": _m("two fishermen", "EST", "CVL"), "place": NARVA}
    rows = event_rows("rec_z", "own", gold, pred, "EST", _candidates)
    assert rows == [("rec_z", "own", "recipient", "sentence", "place other", "other party")]
    right = {**pred, "recipient": _m("two fishermen", "RUS", "CVL")}
    assert event_rows("rec_z", "own", gold, right, "EST", _candidates) == []


def test_wrong_from_and_story_home() -> None:
    p = _m("two fishermen", "EST", "CVL")
    assert wrong_from(p, _m("Guards", "EST", "COP"), "FIN") == "other party"
    assert wrong_from(p, None, "EST") == "story home"
    assert wrong_from(p, None, "FIN") == "elsewhere"
    events = [{"actor": _m("Guards", "EST", "COP"), "recipient": p}, {"actor": None}]
    assert story_home(events) == "EST"
    assert story_home([]) is None
