from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire.app.export import CSV_COLUMNS, export, flatten
from eventwire.errors import EventwireError
from eventwire.store import open_store

from .test_store import article, make_event


@pytest.fixture()
def filled(tmp_path: Path):  # type: ignore[no-untyped-def]
    with open_store(f"sqlite:///{tmp_path / 'ew.db'}") as store:
        run = store.begin_run({}, [])
        for n in range(3):
            a = article(n)
            store.save_article(a, [make_event(a, 0, "ASSAULT" if n else "THREATEN",
                                              "2020-11-12")], run)
        yield store


def test_jsonl_roundtrip(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "e.jsonl"
    assert export(filled, "jsonl", out) == 3
    records = [json.loads(x) for x in out.read_text().splitlines()]
    links = [(r.pop("canonical_id"), r.pop("article_url")) for r in records]
    assert records == filled.events()
    assert len(links) == 3  # the export-only join keys (values: tests/test_robustness.py)


def test_csv_columns_and_filters(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "e.csv"
    assert export(filled, "csv", out, type="ASSAULT") == 2
    rows = list(csv.DictReader(out.open()))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {r["event_type"] for r in rows} == {"ASSAULT"}
    assert rows[0]["actor1_country"] == "IRQ" and rows[0]["geonameid"] == "98182"
    assert rows[0]["event_date"] == "2020-11-12" and rows[0]["date_anchor"] == "explicit"


def test_parquet(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "e.parquet"
    assert export(filled, "parquet", out) == 3
    table = pq.read_table(out)
    assert table.num_rows == 3 and "detail" in table.column_names
    assert table.column("latitude").type == "double"
    assert json.loads(table.column("detail")[0].as_py())["event_id"]


def test_flatten_joins_lists() -> None:
    a = article(9)
    row = flatten(make_event(a, 0).to_dict())
    assert row["actor1_sectors"] == "MIL" and row["location"] == "Baghdad"


def test_unknown_format(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EventwireError) as exc:
        export(filled, "xlsx", tmp_path / "x")
    assert exc.value.code == "EW602"
