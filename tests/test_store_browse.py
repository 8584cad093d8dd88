"""Browse queries on a synthetic store: keyset pages, cursors, filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.load_events import load
from eventwire.errors import EventwireError
from eventwire.store import open_store
from eventwire.store.browse import EventFilters, decode_cursor, encode_cursor, parse_bbox


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("browse") / "b.db"
    load(f"sqlite:///{path}", 600, seed=5)
    return f"sqlite:///{path}"


def test_cursor_round_trip_and_garbage() -> None:
    assert decode_cursor(encode_cursor("2020-01-02", "e-1")) == ("2020-01-02", "e-1")
    for bad in ("", "!!", encode_cursor("x", "e")[:-3], "W10"):
        with pytest.raises(EventwireError):
            decode_cursor(bad)


def test_bbox_parsing() -> None:
    assert parse_bbox("40,29,48,37") == (40.0, 29.0, 48.0, 37.0)
    for bad in ("1,2,3", "50,0,40,10", "0,-95,10,10", "a,b,c,d"):
        with pytest.raises(EventwireError) as err:
            parse_bbox(bad)
        assert err.value.code == "EW802"


@pytest.mark.parametrize("sort", ["-published", "published", "date", "-date", "confidence",
                                  "-confidence"])
def test_pages_partition_the_filtered_events(url: str, sort: str) -> None:
    f = EventFilters(type="ASSAULT", min_sources=2)
    with open_store(url) as store:
        seen: list[str] = []
        cursor = None
        while True:
            items, cursor = store.event_page(f, sort=sort, cursor=cursor, limit=17)
            seen += [e["event_id"] for e in items]
            assert all(e["type"] == "ASSAULT" and e["sources"] >= 2 for e in items)
            if cursor is None:
                break
        assert len(seen) == len(set(seen)) == store.facets(f)["total"] > 17


def test_facets_timeline_and_places_agree(url: str) -> None:
    f = EventFilters(bbox=(40, 29, 48, 37))
    with open_store(url) as store:
        total = store.facets(f)["total"]
        assert sum(p["count"] for p in store.place_counts(f)) == total
        assert sum(c["count"] for c in store.timeline(f, "year")) == total
        with pytest.raises(EventwireError):
            store.timeline(f, "week")
