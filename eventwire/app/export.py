"""Exports in the formats researchers already use.

* ``jsonl`` — one event record (``docs/formats.md``) per line, PLOVER-style.
* ``csv`` — one flat row per event with ACLED-like columns (see
  ``CSV_COLUMNS`` and ``docs/formats.md``); lists joined with ``;``.
* ``parquet`` — the same flat columns plus ``detail`` (the JSON record).

Event exports carry ``canonical_id`` (the canonical event the record was
grouped into by dedup) and ``article_url``, so analysts can join them to the
canonical export and to the source. ``export_canonical`` writes canonical
events in the same three formats (``CANONICAL_COLUMNS``). ``-`` as the path
writes to standard output.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, cast

from eventwire.errors import Errors, EventwireError
from eventwire.records import ActorRecord, CanonicalRecord, EventRecord


class EventSource(Protocol):
    def iter_export(self, **filters: Any) -> Iterator[ExportRecord]: ...


CSV_COLUMNS: tuple[str, ...] = (
    "event_id", "event_date", "date_granularity", "date_anchor", "background", "event_type",
    "mode", "context", "actor1", "actor1_id", "actor1_country", "actor1_sectors", "actor2",
    "actor2_id", "actor2_country", "actor2_sectors", "co_actors", "reciprocal", "modality",
    "polarity", "certainty", "condition", "speaker", "relay", "outlet", "location", "geonameid",
    "latitude", "longitude",
    "geo_precision", "framing", "trigger", "confidence", "article_id", "published",
    "canonical_id", "article_url",
)

CANONICAL_COLUMNS: tuple[str, ...] = (
    "canonical_id", "event_type", "actor1", "actor1_id", "actor1_country", "actor2",
    "actor2_id", "actor2_country", "event_date", "date_start", "date_end", "location",
    "geonameid", "latitude", "longitude", "geo_precision", "n_reports", "n_articles",
    "n_outlets", "outlets", "first_reported", "background", "disagreements", "event_ids",
    "article_ids",
)
# parquet types of the flat columns (the rest are strings)
ARROW_TYPES = {"latitude": "float64", "longitude": "float64", "geonameid": "int64",
               "confidence": "float64", "background": "bool_", "reciprocal": "bool_",
               "n_reports": "int64", "n_articles": "int64", "n_outlets": "int64"}


def _actor(a: ActorRecord | None) -> tuple[Any, Any, Any, str]:
    if not a:
        return None, None, None, ""
    return a.get("name") or a.get("text"), a.get("actor_id"), a.get("country"), ";".join(
        a.get("sectors") or [])


class ExportRecord(EventRecord, total=False):
    """An event record as exported: with the keys analysts join on."""

    canonical_id: str | None  # the canonical event it was grouped into (dedup)
    article_url: str | None  # the source article's URL


def flatten(ev: EventRecord) -> dict[str, Any]:
    """One event record -> one flat row of ``CSV_COLUMNS`` (``canonical_id``
    and ``article_url`` empty unless ``ev`` is an :class:`ExportRecord`)."""
    links = cast(dict[str, Any], ev)
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
        "canonical_id": links.get("canonical_id"), "article_url": links.get("article_url"),
    }


def flatten_canonical(c: CanonicalRecord) -> dict[str, Any]:
    """One canonical event -> one flat row of ``CANONICAL_COLUMNS``."""
    none: dict[str, Any] = {}
    actor, recipient = c.get("actor") or none, c.get("recipient") or none
    when, place = c.get("date") or none, c.get("place") or none
    return {
        "canonical_id": c["canonical_id"], "event_type": c["type"],
        "actor1": actor.get("name"), "actor1_id": actor.get("actor_id"),
        "actor1_country": actor.get("country"), "actor2": recipient.get("name"),
        "actor2_id": recipient.get("actor_id"), "actor2_country": recipient.get("country"),
        "event_date": when.get("value"), "date_start": when.get("start"),
        "date_end": when.get("end"), "location": place.get("name"),
        "geonameid": place.get("geonameid"), "latitude": place.get("lat"),
        "longitude": place.get("lon"), "geo_precision": place.get("precision"),
        "n_reports": len(c.get("mentions") or []),
        "n_articles": len(set(c.get("articles") or [])),
        "n_outlets": len(set(c.get("outlets") or [])),
        "outlets": ";".join(dict.fromkeys(c.get("outlets") or [])),
        "first_reported": c.get("first_reported"), "background": bool(c.get("background")),
        "disagreements": ";".join(c.get("disagreements") or {}),
        "event_ids": ";".join(c.get("mentions") or []),
        "article_ids": ";".join(dict.fromkeys(c.get("articles") or [])),
    }


@contextmanager
def _opened(path: Path, binary: bool = False) -> Iterator[Any]:
    """The file at ``path`` (``-``: standard output); write errors are EW605."""
    try:
        if str(path) == "-":
            yield sys.stdout.buffer if binary else sys.stdout
            return
        mode = "wb" if binary else "w"
        kwargs: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": ""}
        with open(path, mode, **kwargs) as fh:
            yield fh
    except BrokenPipeError:
        raise
    except IsADirectoryError as exc:
        raise EventwireError(Errors.E605, path=path, detail="that is a folder: give a file "
                             f"name, e.g. {Path(path) / 'events.csv'}") from exc
    except OSError as exc:
        raise EventwireError(Errors.E605, path=path,
                             detail=exc.strerror or type(exc).__name__) from exc


Flatten = Callable[[Any], dict[str, Any]]


def write_jsonl(records: Iterable[dict[str, Any]], path: Path,
                flat: Flatten = flatten) -> int:
    n = 0
    with _opened(path) as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_csv(records: Iterable[dict[str, Any]], path: Path, flat: Flatten = flatten) -> int:
    n = 0
    columns = CSV_COLUMNS if flat is flatten else CANONICAL_COLUMNS
    with _opened(path) as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns))
        writer.writeheader()
        for record in records:
            writer.writerow(flat(record))
            n += 1
    return n


def write_parquet(records: Iterable[dict[str, Any]], path: Path,
                  flat: Flatten = flatten) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise EventwireError(Errors.E603) from exc
    columns = (*(CSV_COLUMNS if flat is flatten else CANONICAL_COLUMNS), "detail")
    rows = [{**flat(r), "detail": json.dumps(r, ensure_ascii=False)} for r in records]
    table = pa.table({c: pa.array([r[c] for r in rows],
                                  type=getattr(pa, ARROW_TYPES.get(c, "string"))())
                      for c in columns})
    with _opened(path, binary=True) as fh:
        pq.write_table(table, fh)
    return len(rows)


WRITERS: dict[str, Callable[..., int]] = {"jsonl": write_jsonl, "csv": write_csv,
                                          "parquet": write_parquet}


def check_format(fmt: str) -> None:
    if fmt not in WRITERS:
        raise EventwireError(Errors.E602, fmt=fmt, available=", ".join(WRITERS))


def export(source: EventSource | Iterable[dict[str, Any]], fmt: str, path: Path,
           **filters: Any) -> int:
    """Write events from a store (with filters) or from records; return the count."""
    check_format(fmt)
    events = source.iter_export(**filters) if hasattr(source, "iter_export") else source
    return WRITERS[fmt](events, Path(path) if str(path) != "-" else path)


CANONICAL_FORMATS = ("jsonl", "csv", "parquet")


def export_canonical(records: Iterable[dict[str, Any]], fmt: str, path: Path) -> int:
    """Write canonical events (``store.canonical_events()``); return the count."""
    if fmt not in CANONICAL_FORMATS:
        raise EventwireError(Errors.E602, fmt=fmt, available=", ".join(CANONICAL_FORMATS))
    return WRITERS[fmt](records, path, flatten_canonical)


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
    with _opened(path) as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
    return len(features)


WRITERS["geojson"] = write_geojson
