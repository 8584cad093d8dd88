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


def test_every_export_reads_back_with_pandas_and_joins(sample_store: Path,
                                                       tmp_path: Path) -> None:
    """jsonl, csv and parquet of events and of canonical events read back
    with pandas/pyarrow with the documented columns; every event's
    canonical_id is a canonical event, every article_url an article's."""
    import pandas as pd
    import pyarrow.parquet as pq

    from eventwire.app.export import CANONICAL_COLUMNS, CSV_COLUMNS, export_canonical

    with open_store(f"sqlite:///{sample_store}", readonly=True) as store:
        n_events = export(store, "csv", tmp_path / "e.csv")
        assert export(store, "jsonl", tmp_path / "e.jsonl") == n_events
        assert export(store, "parquet", tmp_path / "e.parquet") == n_events
        canonical = store.canonical_events()
        for fmt in ("jsonl", "csv", "parquet"):
            assert export_canonical(canonical, fmt, tmp_path / f"c.{fmt}") == len(canonical)
        urls = {a["id"]: a["url"] for a in store.articles()}
    events = {"csv": pd.read_csv(tmp_path / "e.csv"),
              "parquet": pq.read_table(tmp_path / "e.parquet").to_pandas(),
              "jsonl": pd.read_json(tmp_path / "e.jsonl", lines=True)}
    canon = {"csv": pd.read_csv(tmp_path / "c.csv"),
             "parquet": pq.read_table(tmp_path / "c.parquet").to_pandas(),
             "jsonl": pd.read_json(tmp_path / "c.jsonl", lines=True)}
    assert list(events["csv"].columns) == list(CSV_COLUMNS)
    assert list(events["parquet"].columns) == [*CSV_COLUMNS, "detail"]
    assert list(canon["csv"].columns) == list(CANONICAL_COLUMNS)
    assert list(canon["parquet"].columns) == [*CANONICAL_COLUMNS, "detail"]
    assert all(len(df) == n_events for df in events.values())
    assert all(len(df) == len(canonical) for df in canon.values())
    ids = set(canon["parquet"]["canonical_id"])
    for df in events.values():
        assert set(df["canonical_id"].dropna()) <= ids
        assert df["canonical_id"].notna().all()  # dedup ran: every event has one
    joined = events["parquet"].merge(canon["parquet"], on="canonical_id", suffixes=("", "_c"))
    assert len(joined) == n_events and (joined["event_type"] == joined["event_type_c"]).all()
    for _, row in events["jsonl"].iterrows():
        assert row["article_url"] == urls[row["article_id"]] or (
            urls[row["article_id"]] is None and pd.isna(row["article_url"]))
    parquet = events["parquet"]
    assert str(parquet["latitude"].dtype) == "float64" and parquet["background"].dtype == bool
    reports = canon["parquet"]["n_reports"]
    assert str(reports.dtype) == "int64" and reports.sum() == n_events
