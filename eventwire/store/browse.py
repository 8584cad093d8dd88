"""Queries for browsing a store (web API and UI): sorted pages with a cursor,
filters beyond the CLI's (bounding box, minimum number of reports), facet
counts, a timeline, places on a map, actors.

Portable SQL like ``base.py``; ``BrowseQueries`` is mixed into ``SQLStore``.

Decisions:
* Pages use keyset pagination: the cursor is the last row's sort key and
  event id, so page N costs the same as page 1 and a row inserted meanwhile
  neither repeats nor skips one. NULL sort keys sort as '' (text) or -1
  (confidence), with expression indexes of the same form (migration 0003).
* "Sources" of an event = the reports of its canonical event (``n_reports``),
  1 when it has none (dedup not run).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from eventwire.errors import Errors, EventwireError

# sort name -> SQL key (NULLs mapped so keyset comparisons stay total)
SORT_KEYS: dict[str, str] = {
    "published": "COALESCE(published, '')",
    "date": "COALESCE(date_start, '')",
    "confidence": "COALESCE(confidence, -1.0)",
}
SORTS: tuple[str, ...] = tuple(s for k in SORT_KEYS for s in (k, "-" + k))
FACETS: dict[str, str] = {"type": "type", "modality": "modality",
                          "country": "actor_country", "outlet": "outlet"}
BUCKETS: dict[str, int] = {"year": 4, "month": 7, "day": 10}
# Substring filters match the user's text literally: % and _ are escaped.
ESC = "ESCAPE '\\'"


def contains(value: str) -> str:
    """The LIKE pattern of "contains ``value``" (case-folded, wildcards literal)."""
    literal = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{literal}%"


SOURCES_SQL = ("COALESCE((SELECT ce.n_reports FROM canonical_mentions cm JOIN canonical_events "
               "ce ON ce.canonical_id = cm.canonical_id WHERE cm.event_id = events.event_id), 1)")


@dataclass(frozen=True)
class EventFilters:
    """Every filter of ``/api/events`` (None = not filtered)."""

    type: str | None = None
    actor: str | None = None
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    modality: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    text: str | None = None
    article_id: str | None = None
    new_only: bool = False
    min_confidence: float | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    min_sources: int | None = None

    def base(self) -> dict[str, Any]:
        """The filters ``SQLStore._where`` knows."""
        out = asdict(self)
        out.pop("bbox")
        out.pop("min_sources")
        return out

    def query(self) -> dict[str, str]:
        """The filters as URL query parameters (for links and cursors)."""
        out: dict[str, str] = {}
        for key, value in asdict(self).items():
            if value is None or value is False:
                continue
            if key == "bbox":
                value = ",".join(f"{v:g}" for v in value)
            out[key] = "true" if value is True else str(value)
        return out


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    """'min_lon,min_lat,max_lon,max_lat' -> floats, or EW802."""
    if not raw:
        return None
    try:
        box = tuple(float(x) for x in raw.split(","))
    except ValueError:
        box = ()
    if len(box) != 4 or not (-180 <= box[0] <= box[2] <= 180 and -90 <= box[1] <= box[3] <= 90):
        raise EventwireError(Errors.E802, value=raw)
    return box[0], box[1], box[2], box[3]


def encode_cursor(key: Any, event_id: str) -> str:
    raw = json.dumps([key, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key, event_id = json.loads(raw)
        if not isinstance(event_id, str) or not isinstance(key, str | int | float):
            raise ValueError("bad cursor shape")
    except (ValueError, TypeError) as exc:
        raise EventwireError(Errors.E803, cursor=cursor[:40]) from exc
    return key, event_id


class BrowseQueries:
    """Read-only queries for the web API; needs ``rows`` and ``_where``."""

    def rows(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    _where: Callable[..., tuple[str, list[Any]]]  # SQLStore's CLI filters

    def filtered(self, f: EventFilters) -> tuple[str, list[Any]]:
        """WHERE clause (or '') and parameters for ``f``."""
        where, params = self._where(**f.base())
        clauses = [where.removeprefix(" WHERE ")] if where else []
        if f.bbox is not None:
            clauses.append("events.lon >= ? AND events.lon <= ? AND events.lat >= ? "
                           "AND events.lat <= ?")
            params += [f.bbox[0], f.bbox[2], f.bbox[1], f.bbox[3]]
        if f.min_sources is not None and f.min_sources > 1:
            clauses.append(f"{SOURCES_SQL} >= ?")
            params.append(int(f.min_sources))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def event_page(self, f: EventFilters, sort: str = "-published", cursor: str | None = None,
                   limit: int = 50) -> tuple[list[dict[str, Any]], str | None]:
        """One page of event records, each with ``sources``; and the cursor of
        the next page (None on the last page)."""
        if sort not in SORTS:
            raise EventwireError(Errors.E804, sort=sort, sorts=", ".join(SORTS))
        key = SORT_KEYS[sort.lstrip("-")]
        desc = sort.startswith("-")
        where, params = self.filtered(f)
        if cursor:
            last, last_id = decode_cursor(cursor)
            op, bound = ("<", "<=") if desc else (">", ">=")
            where += (" AND " if where else " WHERE ") + (
                f"{key} {bound} ? AND ({key}, event_id) {op} (?, ?)")
            params += [last, last, last_id]
        order = "DESC" if desc else "ASC"
        # ids first (the sort carries no JSON), then the records of the page
        rows = self.rows(f"SELECT {key} AS sort_key, event_id FROM events{where} "
                         f"ORDER BY {key} {order}, event_id {order} LIMIT {int(limit) + 1}",
                         params)
        more = len(rows) > limit
        rows = rows[:limit]
        ids = [r["event_id"] for r in rows]
        sources = self.sources_of(ids)
        items = [{**ev, **sources.get(ev["event_id"], _ALONE)} for ev in self.events_by_id(ids)]
        nxt = encode_cursor(rows[-1]["sort_key"], rows[-1]["event_id"]) if more else None
        return items, nxt

    def sources_of(self, event_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """event id -> {canonical_id, sources} for the ids in a canonical event."""
        if not event_ids:
            return {}
        marks = ", ".join("?" for _ in event_ids)
        rows = self.rows("SELECT cm.event_id, ce.canonical_id, ce.n_reports FROM "
                         "canonical_mentions cm JOIN canonical_events ce ON ce.canonical_id = "
                         f"cm.canonical_id WHERE cm.event_id IN ({marks})", list(event_ids))
        return {r["event_id"]: {"canonical_id": r["canonical_id"],
                                "sources": int(r["n_reports"])} for r in rows}

    def event_record(self, event_id: str) -> dict[str, Any] | None:
        found = self.rows("SELECT detail FROM events WHERE event_id = ?", (event_id,))
        if not found:
            return None
        record: dict[str, Any] = json.loads(found[0]["detail"])
        return {**record, **self.sources_of([event_id]).get(event_id, _ALONE)}

    def article_events(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.rows("SELECT event_id, detail FROM events WHERE article_id = ? "
                         "ORDER BY event_id", (article_id,))
        sources = self.sources_of([r["event_id"] for r in rows])
        out = [{**json.loads(r["detail"]), **sources.get(r["event_id"], _ALONE)} for r in rows]
        return sorted(out, key=lambda e: e["trigger"]["span"][0])

    def facets(self, f: EventFilters, top: int = 12) -> dict[str, Any]:
        """Counts of the matching events by type, modality, actor country and
        outlet (most frequent first), and the total."""
        where, params = self.filtered(f)
        out: dict[str, Any] = {}
        for name, column in FACETS.items():
            rows = self.rows(f"SELECT {column} AS value, COUNT(*) AS n FROM events{where} "
                             f"GROUP BY {column} ORDER BY n DESC, {column} LIMIT {int(top)}",
                             params)
            out[name] = [{"value": r["value"], "count": int(r["n"])} for r in rows]
        out["total"] = int(self.rows(f"SELECT COUNT(*) AS n FROM events{where}", params)[0]["n"])
        return out

    def timeline(self, f: EventFilters, bucket: str = "month") -> list[dict[str, Any]]:
        """Counts of dated events per time bucket and type (date of the event,
        not of publication)."""
        width = BUCKETS.get(bucket)
        if width is None:
            raise EventwireError(Errors.E805, bucket=bucket, buckets=", ".join(BUCKETS))
        where, params = self.filtered(f)
        where += (" AND " if where else " WHERE ") + "date_start IS NOT NULL"
        rows = self.rows(f"SELECT SUBSTR(date_start, 1, {width}) AS period, type, COUNT(*) AS n "
                         f"FROM events{where} GROUP BY SUBSTR(date_start, 1, {width}), type "
                         "ORDER BY period, type", params)
        return [{"period": r["period"], "type": r["type"], "count": int(r["n"])} for r in rows]

    def place_counts(self, f: EventFilters, limit: int = 2000) -> list[dict[str, Any]]:
        """Places of the matching events with their event counts."""
        where, params = self.filtered(f)
        where += (" AND " if where else " WHERE ") + "events.geonameid IS NOT NULL"
        rows = self.rows("SELECT p.geonameid, p.name, p.country, p.lat, p.lon, COUNT(*) AS n "
                         f"FROM events JOIN places p ON p.geonameid = events.geonameid{where} "
                         "GROUP BY p.geonameid, p.name, p.country, p.lat, p.lon "
                         f"ORDER BY n DESC, p.geonameid LIMIT {int(limit)}", params)
        return [{**r, "count": int(r.pop("n"))} for r in rows]

    def actor_counts(self, q: str | None = None, limit: int = 100,
                     offset: int = 0) -> list[dict[str, Any]]:
        """Stored actors (as actor or recipient), most events first."""
        where, params = "", []
        if q:
            where = f" WHERE LOWER(a.name) LIKE ? {ESC} OR LOWER(a.actor_id) LIKE ? {ESC}"
            params = [contains(q), contains(q)]
        # the counts in a subquery: PostgreSQL cannot ORDER BY an expression of aliases
        rows = self.rows(
            "SELECT * FROM (SELECT a.actor_id, a.name, a.country, a.sectors, a.kind, "
            "(SELECT COUNT(*) FROM events e WHERE e.actor_id = a.actor_id) AS as_actor, "
            "(SELECT COUNT(*) FROM events e WHERE e.recipient_id = a.actor_id) AS as_recipient "
            f"FROM actors a{where}) counted ORDER BY as_actor + as_recipient DESC, actor_id "
            f"LIMIT {int(limit)} OFFSET {int(offset)}", params)
        for r in rows:
            r["sectors"] = json.loads(r["sectors"] or "[]")
        return rows

    def canonical_record(self, canonical_id: str) -> dict[str, Any] | None:
        found = self.rows("SELECT detail FROM canonical_events WHERE canonical_id = ?",
                          (canonical_id,))
        return json.loads(found[0]["detail"]) if found else None

    def events_by_id(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        if not event_ids:
            return []
        marks = ", ".join("?" for _ in event_ids)
        rows = self.rows(f"SELECT event_id, detail FROM events WHERE event_id IN ({marks})",
                         list(event_ids))
        found = {r["event_id"]: json.loads(r["detail"]) for r in rows}
        return [found[i] for i in event_ids if i in found]


_ALONE: dict[str, Any] = {"canonical_id": None, "sources": 1}
