"""Exports in the formats researchers already use.

* ``jsonl`` — one event record (``docs/formats.md``) per line, PLOVER-style.
* ``csv`` — one flat row per event with ACLED-like columns (see
  ``CSV_COLUMNS`` and ``docs/formats.md``); lists joined with ``;``.
* ``parquet`` — the same flat columns plus ``detail`` (the JSON record).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from eventwire.errors import Errors, EventwireError
from eventwire.records import ActorRecord, EventRecord


class EventSource(Protocol):
    def iter_events(self, **filters: Any) -> Iterator[EventRecord]: ...


CSV_COLUMNS: tuple[str, ...] = (
    "event_id", "event_date", "date_granularity", "date_anchor", "background", "event_type",
    "mode", "context", "actor1", "actor1_id", "actor1_country", "actor1_sectors", "actor2",
    "actor2_id", "actor2_country", "actor2_sectors", "co_actors", "reciprocal", "modality",
    "polarity", "certainty", "condition", "speaker", "relay", "outlet", "location", "geonameid",
    "latitude", "longitude",
    "geo_precision", "framing", "trigger", "confidence", "article_id", "published",
)


def _actor(a: ActorRecord | None) -> tuple[Any, Any, Any, str]:
    if not a:
        return None, None, None, ""
    return a.get("name") or a.get("text"), a.get("actor_id"), a.get("country"), ";".join(
        a.get("sectors") or [])


def flatten(ev: EventRecord) -> dict[str, Any]:
    """One event record -> one flat row of ``CSV_COLUMNS``."""
    t, f, place = ev["time"], ev["factuality"], ev["place"]
    a1, a2 = _actor(ev["actor"]), _actor(ev["recipient"])
    chain = ev["attribution"]
    return {
        "event_id": ev["event_id"], "event_date": t["value"],
        "date_granularity": t["granularity"], "date_anchor": t["anchor"],
        "background": bool(t["background"]), "event_type": ev["type"], "mode": ev["mode"],
        "context": ";".join(ev["context"]),
        "actor1": a1[0], "actor1_id": a1[1], "actor1_country": a1[2], "actor1_sectors": a1[3],
        "actor2": a2[0], "actor2_id": a2[1], "actor2_country": a2[2], "actor2_sectors": a2[3],
        "co_actors": ";".join(str(a["name"] or a["text"]) for a in ev["co_actors"] if a),
        "reciprocal": bool(ev["reciprocal"]),
        "modality": f["modality"], "polarity": f["polarity"], "certainty": f["certainty"],
        "condition": f["condition"]["text"] if f["condition"] else None,
        "speaker": ";".join(a["text"] for a in chain if a["role"] == "speaker"),
        "relay": ";".join(a["text"] for a in chain if a["role"] == "relay"),
        "outlet": ev["outlet"],
        "location": (place["name"] or place["text"]) if place else None,
        "geonameid": place["geonameid"] if place else None,
        "latitude": place["lat"] if place else None,
        "longitude": place["lon"] if place else None,
        "geo_precision": place["precision"] if place else None,
        "framing": ";".join(x["text"] for x in ev["framing"]),
        "trigger": ev["trigger"]["text"], "confidence": ev["confidence"],
        "article_id": ev["article_id"], "published": ev["published"],
    }


def write_jsonl(events: Iterable[EventRecord], path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for ev in events:
            fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_csv(events: Iterable[EventRecord], path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS))
        writer.writeheader()
        for ev in events:
            writer.writerow(flatten(ev))
            n += 1
    return n


def write_parquet(events: Iterable[EventRecord], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise EventwireError(Errors.E603) from exc
    rows = [{**flatten(ev), "detail": json.dumps(ev, ensure_ascii=False)} for ev in events]
    columns = {c: [r[c] for r in rows] for c in (*CSV_COLUMNS, "detail")}
    types = {"latitude": pa.float64(), "longitude": pa.float64(), "geonameid": pa.int64(),
             "confidence": pa.float64(), "background": pa.bool_(), "reciprocal": pa.bool_()}
    table = pa.table({c: pa.array(v, type=types.get(c, pa.string())) for c, v in
                      columns.items()})
    pq.write_table(table, path)
    return len(rows)


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}


def export(source: EventSource | Iterable[EventRecord], fmt: str, path: Path,
           **filters: Any) -> int:
    """Write events from a store (with filters) or from records; return the count."""
    if fmt not in WRITERS:
        raise EventwireError(Errors.E602, fmt=fmt)
    events = source.iter_events(**filters) if hasattr(source, "iter_events") else source
    return WRITERS[fmt](events, Path(path))


# --- GeoJSON (issue 13): one Point feature per placed event, for QGIS and the like ---

def geojson_feature(ev: EventRecord) -> dict[str, Any] | None:
    """An event record -> a GeoJSON Point feature (RFC 7946: [lon, lat]) whose
    properties are the flat CSV row; None when the event has no point."""
    place = ev["place"]
    if place is None or place["lat"] is None or place["lon"] is None:
        return None
    return {"type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": {**flatten(ev), "place_basis": place.get("basis"),
                           "place_confidence": place["confidence"]}}


def write_geojson(events: Iterable[EventRecord], path: Path) -> int:
    """A FeatureCollection of the events that have a place; returns how many."""
    features = [f for ev in events if (f := geojson_feature(ev)) is not None]
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
    return len(features)


WRITERS["geojson"] = write_geojson
