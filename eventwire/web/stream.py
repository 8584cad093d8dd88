"""``/api/export``: every matching event, streamed page by page.

Each chunk is one keyset page read through the current thread's store
(Starlette may pull the chunks of a sync iterator from different threads, and
an SQLite connection stays in its thread), so memory stays flat whatever the
size. Parquet needs the whole file before its footer: it is written to a
temporary file in row groups, then streamed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from typing import Any, cast

from starlette.background import BackgroundTask
from starlette.responses import FileResponse, StreamingResponse

from eventwire.app.export import CSV_COLUMNS, flatten
from eventwire.records import EventRecord
from eventwire.store.browse import EventFilters
from eventwire.web.app import WebState

PAGE = 1000
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
         "geojson": "application/geo+json", "parquet": "application/vnd.apache.parquet"}


def _flat(ev: dict[str, Any]) -> dict[str, Any]:
    """The CSV row of a record as the store gives it (with ``sources``)."""
    return flatten(cast(EventRecord, ev))


def pages(state: WebState, filters: EventFilters) -> Iterator[list[dict[str, Any]]]:
    cursor: str | None = None
    while True:
        items, cursor = state.store().event_page(filters, sort="published", cursor=cursor,
                                                 limit=PAGE)
        if items:
            yield items
        if cursor is None:
            return


def _jsonl(state: WebState, filters: EventFilters) -> Iterator[str]:
    for items in pages(state, filters):
        yield "".join(json.dumps(ev, ensure_ascii=False) + "\n" for ev in items)


def _csv(state: WebState, filters: EventFilters) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS))
    writer.writeheader()
    yield buf.getvalue()
    for items in pages(state, filters):
        buf.seek(0)
        buf.truncate()
        writer.writerows(_flat(ev) for ev in items)
        yield buf.getvalue()


def feature(ev: dict[str, Any]) -> dict[str, Any] | None:
    place = ev.get("place") or {}
    if place.get("lat") is None or place.get("lon") is None:
        return None
    props = {k: v for k, v in _flat(ev).items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "geometry": {"type": "Point",
                                            "coordinates": [place["lon"], place["lat"]]},
            "properties": props}


def _geojson(state: WebState, filters: EventFilters) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for items in pages(state, filters):
        feats = [json.dumps(f, ensure_ascii=False) for ev in items if (f := feature(ev))]
        if feats:
            yield ("" if first else ",") + ",\n".join(feats)
            first = False
    yield "]}\n"


def _parquet_file(state: WebState, filters: EventFilters) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"latitude": pa.float64(), "longitude": pa.float64(), "geonameid": pa.int64(),
             "confidence": pa.float64(), "background": pa.bool_(), "reciprocal": pa.bool_()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in (*CSV_COLUMNS, "detail")])
    fd, path = tempfile.mkstemp(suffix=".parquet")
    os.close(fd)
    with pq.ParquetWriter(path, schema) as writer:
        for items in pages(state, filters):
            rows = [{**_flat(ev), "detail": json.dumps(ev, ensure_ascii=False)}
                    for ev in items]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return path


def export_response(state: WebState, filters: EventFilters, fmt: str) -> Any:
    name = f"events.{fmt}"
    disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
    if fmt == "parquet":
        path = _parquet_file(state, filters)
        return FileResponse(path, media_type=MEDIA[fmt], filename=name,
                            background=BackgroundTask(os.unlink, path))
    maker = {"jsonl": _jsonl, "csv": _csv, "geojson": _geojson}[fmt]
    return StreamingResponse(maker(state, filters), media_type=MEDIA[fmt], headers=disposition)
