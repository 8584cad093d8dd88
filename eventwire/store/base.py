"""The store: articles, events, actors, places, runs and rejects in SQL.

``SQLStore`` holds all the logic in portable SQL over a DB-API connection;
a backend (``sqlite.py``) only opens the connection and says which parameter
marker its driver uses. The schema lives in versioned migrations shipped in
the package (``migrations/NNNN_*.sql``); ``schema_version`` records what ran.

Decisions:
* Same content hash = same article: saving it again is a no-op (returns
  False). An article whose *id* is taken by a different text is stored under
  ``<id>-<hash8>`` (the given id kept in ``meta.original_id``): nothing lost.
* One transaction per article with all its events, so a crash leaves either
  the whole article or nothing, and a re-run continues where it stopped.
* Rejects are keyed by (source, code, message): re-running the same bad input
  does not pile up duplicates.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from importlib import resources
from types import TracebackType
from typing import Any

from eventwire import __version__
from eventwire.errors import Errors, EventwireError
from eventwire.models import Article, Event, Reject, event_id_for
from eventwire.records import EventRecord
from eventwire.stages.time.ranges import timex_range
from eventwire.store.browse import ESC, BrowseQueries, contains
from eventwire.store.reviews import ReviewQueries

EVENT_COLUMNS = (
    "event_id", "article_id", "type", "mode", "modality", "polarity", "actor_id", "actor_name",
    "actor_country", "recipient_id", "recipient_name", "recipient_country", "date_value",
    "date_start", "date_end", "anchor", "background", "geonameid", "lat", "lon", "confidence",
    "outlet", "published", "speaker", "trigger_text", "sentence", "detail", "run_id",
)
# What a driver says when the disk or another process refuses a write.
REFUSED = ("database or disk is full", "database is locked", "disk i/o error",
           "no space left", "could not extend file", "deadlock detected")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrations() -> list[tuple[int, str]]:
    """(version, sql) of every migration shipped in the package, in order."""
    folder = resources.files("eventwire.store") / "migrations"
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            out.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return out


def _event_row(ev: Event, article: Article, run_id: str) -> tuple[Any, ...]:
    d = ev.to_dict()
    actor: dict[str, Any] = dict(d["actor"] or {})
    recipient: dict[str, Any] = dict(d["recipient"] or {})
    start, end = timex_range(d["time"]["value"])
    place: dict[str, Any] = dict(d["place"] or {})
    speaker = next((a["text"] for a in d["attribution"] if a["role"] == "speaker"), None)
    s0, s1 = d["sentence_span"]
    return (
        d["event_id"], d["article_id"], d["type"], d["mode"], d["factuality"]["modality"],
        d["factuality"]["polarity"], actor.get("actor_id"), actor.get("name") or actor.get("text"),
        actor.get("country"), recipient.get("actor_id"),
        recipient.get("name") or recipient.get("text"), recipient.get("country"),
        d["time"]["value"], start, end, d["time"]["anchor"], int(bool(d["time"]["background"])),
        place.get("geonameid"), place.get("lat"), place.get("lon"), d["confidence"],
        article.outlet, article.published.isoformat() if article.published else None, speaker,
        d["trigger"]["text"], article.text[s0:s1], json.dumps(d, ensure_ascii=False), run_id,
    )


class SQLStore(BrowseQueries, ReviewQueries):
    """Portable SQL store; subclasses provide ``connect`` and ``PARAM``.
    Queries for the web API and reviews live in ``browse.py`` and ``reviews.py``."""

    PARAM = "?"

    def __init__(self, url: str) -> None:
        self.url = url
        self.conn = self.connect()
        self.migrate()

    # -- backend hooks ------------------------------------------------------
    def connect(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def executescript(self, sql: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- plumbing -------------------------------------------------------------
    def sql(self, query: str) -> str:
        return query.replace("?", self.PARAM) if self.PARAM != "?" else query

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        try:
            cur.execute(self.sql(query), tuple(params))
        except Exception as exc:
            raise self.coded(exc) from exc
        return cur

    def coded(self, exc: BaseException) -> BaseException:
        """EW315 for a refused write (disk full, database locked), else ``exc``."""
        if isinstance(exc, EventwireError) or not any(
                word in str(exc).lower() for word in REFUSED):
            return exc
        return EventwireError(Errors.E315, url=self.url, detail=str(exc))

    def rows(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.execute(query, params)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def migrate(self) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                     "applied TEXT NOT NULL)")
        self.conn.commit()
        done = {r["version"] for r in self.rows("SELECT version FROM schema_version")}
        known = migrations()
        newest = max((v for v, _ in known), default=0)
        if done and max(done) > newest:
            raise EventwireError(Errors.E302, found=max(done), supported=newest)
        for version, script in known:
            if version not in done:
                self.executescript(script)
                self.execute("INSERT INTO schema_version (version, applied) VALUES (?, ?)",
                             (version, now()))
                self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- runs -------------------------------------------------------------
    def begin_run(self, settings: dict[str, Any], inputs: list[str]) -> str:
        run_id = "r-" + uuid.uuid4().hex[:12]
        self.execute("INSERT INTO runs (id, started, version, settings, inputs, status) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (run_id, now(), __version__, json.dumps(settings, default=str),
                      json.dumps(inputs), "running"))
        self.conn.commit()
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, Any], status: str = "ok") -> None:
        self.execute("UPDATE runs SET finished = ?, counts = ?, status = ? WHERE id = ?",
                     (now(), json.dumps(counts), status, run_id))
        self.conn.commit()

    def runs(self) -> list[dict[str, Any]]:
        return self.rows("SELECT * FROM runs ORDER BY started")

    # -- articles and events ------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        return bool(self.rows("SELECT 1 AS x FROM articles WHERE content_hash = ?",
                              (content_hash,)))

    def _free_id(self, article: Article) -> tuple[str, dict[str, Any]]:
        taken = self.rows("SELECT content_hash FROM articles WHERE id = ?", (article.id,))
        if not taken:
            return article.id, dict(article.meta)
        new_id = f"{article.id}-{article.content_hash[:8]}"
        return new_id, {**article.meta, "original_id": article.id}

    def save_article(self, article: Article, events: list[Event], run_id: str) -> bool:
        """Store an article and its events in one transaction; False if the
        same text was already stored."""
        if self.has_article(article.content_hash):
            return False
        article_id, meta = self._free_id(article)
        try:
            self.execute(
                "INSERT INTO articles (id, content_hash, url, outlet, published, title, lang, "
                "source, text, word_count, meta, run_id, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, article.content_hash, article.url, article.outlet,
                 article.published.isoformat() if article.published else None, article.title,
                 article.lang, article.source, article.text, article.word_count,
                 json.dumps(meta, default=str), run_id, now()))
            for ev in events:
                if article_id != article.id:  # ids are derived from the article id
                    ev.article_id = article_id
                    ev.event_id = event_id_for(article_id, ev.mention.trigger)
                self._save_event(ev, article, run_id)
            self.conn.commit()
        except BaseException as exc:
            self.conn.rollback()
            raise self.coded(exc) from exc
        return True

    def _save_event(self, ev: Event, article: Article, run_id: str) -> None:
        marks = ", ".join("?" for _ in EVENT_COLUMNS)
        self.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks}) "
                     "ON CONFLICT DO NOTHING", _event_row(ev, article, run_id))
        for role in (ev.mention.actor, ev.mention.recipient):
            if role is not None and role.actor_id:
                self.execute("INSERT INTO actors (actor_id, name, country, sectors, kind) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                             (role.actor_id, role.name, role.country, json.dumps(role.sectors),
                              role.kind))
        place = ev.mention.place
        if place is not None and place.geonameid is not None:
            self.execute("INSERT INTO places (geonameid, name, lat, lon, country, admin1) "
                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                         (place.geonameid, place.name, place.lat, place.lon, place.country,
                          place.admin1))

    def article(self, article_id: str) -> dict[str, Any] | None:
        found = self.rows("SELECT * FROM articles WHERE id = ?", (article_id,))
        return found[0] if found else None

    def articles(self, limit: int | None = None) -> list[dict[str, Any]]:
        query = "SELECT * FROM articles ORDER BY published, id"
        return self.rows(query + (f" LIMIT {int(limit)}" if limit else ""))

    # -- queries --------------------------------------------------------------
    def _where(self, type: str | None = None, actor: str | None = None,
               country: str | None = None, date_from: date | str | None = None,
               date_to: date | str | None = None, text: str | None = None,
               modality: str | None = None, speaker: str | None = None,
               outlet: str | None = None, article_id: str | None = None,
               run_id: str | None = None, new_only: bool = False,
               min_confidence: float | None = None) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []

        def add(clause: str, *values: Any) -> None:
            clauses.append(clause)
            params.extend(values)

        if type:
            add("type = ?", type.upper())
        if actor:
            like = contains(actor)
            add(f"(actor_id = ? OR recipient_id = ? OR LOWER(actor_name) LIKE ? {ESC} OR "
                f"LOWER(recipient_name) LIKE ? {ESC})", actor, actor, like, like)
        if country:
            add("(actor_country = ? OR recipient_country = ?)", country.upper(), country.upper())
        if date_from:
            add("date_end >= ?", str(date_from))
        if date_to:
            add("date_start <= ?", str(date_to))
        if text:
            like = contains(text)
            add(f"(LOWER(sentence) LIKE ? {ESC} OR LOWER(trigger_text) LIKE ? {ESC})", like, like)
        if modality:
            add("modality = ?", modality.lower())
        if speaker:
            add(f"LOWER(speaker) LIKE ? {ESC}", contains(speaker))
        if outlet:
            add("LOWER(outlet) = ?", outlet.lower())
        if article_id:
            add("article_id = ?", article_id)
        if run_id:
            add("run_id = ?", run_id)
        if new_only:  # leave out events recalled as background
            add("background = ?", 0)
        if min_confidence is not None:
            add("confidence >= ?", float(min_confidence))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def events(self, limit: int | None = None, **filters: Any) -> list[EventRecord]:
        """Event records (``Event.to_dict()``) matching the filters."""
        where, params = self._where(**filters)
        query = f"SELECT detail FROM events{where} ORDER BY published, article_id, event_id"
        if limit:
            query += f" LIMIT {int(limit)}"
        return [json.loads(r["detail"]) for r in self.rows(query, params)]

    def iter_events(self, **filters: Any) -> Iterator[EventRecord]:
        where, params = self._where(**filters)
        cur = self.execute(f"SELECT detail FROM events{where} ORDER BY published, article_id, "
                           "event_id", params)
        while batch := cur.fetchmany(1000):
            for (detail,) in batch:
                yield json.loads(detail)

    def counts_by_type(self, **filters: Any) -> dict[str, int]:
        where, params = self._where(**filters)
        rows = self.rows(f"SELECT type, COUNT(*) AS n FROM events{where} GROUP BY type", params)
        return {r["type"]: int(r["n"]) for r in rows}

    # -- canonical events (cross-article dedup) -------------------------------
    def iter_article_texts(self) -> Iterator[dict[str, Any]]:
        cur = self.execute("SELECT id, published, text FROM articles ORDER BY published, id")
        while batch := cur.fetchmany(500):
            for article_id, published, text in batch:
                yield {"id": article_id, "published": published, "text": text}

    def replace_canonical(self, canonical: Sequence[Any]) -> None:
        """Store canonical events (``CanonicalEvent``), replacing the previous
        set in one transaction."""
        try:
            self.execute("DELETE FROM canonical_mentions")
            self.execute("DELETE FROM canonical_events")
            for c in canonical:
                self._save_canonical(c)
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    def _save_canonical(self, c: Any) -> None:
        actor, recipient = c.actor or {}, c.recipient or {}
        when, place = c.date or {}, c.place or {}
        self.execute(
            "INSERT INTO canonical_events (canonical_id, type, actor_id, actor_name, "
            "recipient_id, recipient_name, date_start, date_end, geonameid, n_reports, "
            "n_outlets, n_disagreements, first_reported, background, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (c.canonical_id, c.type, actor.get("actor_id"), actor.get("name"),
             recipient.get("actor_id"), recipient.get("name"), when.get("start"),
             when.get("end"), place.get("geonameid"), len(c.mentions), len(c.outlets),
             len(c.disagreements), c.first_reported, int(c.background),
             json.dumps(c.to_dict(), ensure_ascii=False)))
        for event_id in c.mentions:
            self.execute("INSERT INTO canonical_mentions (event_id, canonical_id) VALUES (?, ?)",
                         (event_id, c.canonical_id))

    def canonical_events(self, type: str | None = None, min_reports: int = 1,
                         disagreeing: bool = False, limit: int | None = None,
                         offset: int = 0) -> list[dict[str, Any]]:
        """Canonical event records, most reported first."""
        query = "SELECT detail FROM canonical_events WHERE n_reports >= ?"
        params: list[Any] = [int(min_reports)]
        if type:
            query += " AND type = ?"
            params.append(type.upper())
        if disagreeing:
            query += " AND n_disagreements > 0"
        query += " ORDER BY n_reports DESC, first_reported, canonical_id"
        if limit:
            query += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [json.loads(r["detail"]) for r in self.rows(query, params)]

    def canonical_of(self, event_id: str) -> str | None:
        found = self.rows("SELECT canonical_id FROM canonical_mentions WHERE event_id = ?",
                          (event_id,))
        return str(found[0]["canonical_id"]) if found else None

    # -- rejects ------------------------------------------------------------
    def save_reject(self, reject: Reject, run_id: str) -> None:
        key = hashlib.sha1(f"{reject.source}|{reject.code}|{reject.message}".encode()).hexdigest()
        self.execute("INSERT INTO rejects (id, run_id, source, code, message, excerpt, "
                     "article_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT DO NOTHING",
                     ("j-" + key[:16], run_id, reject.source, reject.code, reject.message,
                      reject.excerpt, reject.article_id, now()))
        self.conn.commit()

    def rejects(self, run_id: str | None = None) -> list[dict[str, Any]]:
        if run_id:
            return self.rows("SELECT * FROM rejects WHERE run_id = ? ORDER BY created, source",
                             (run_id,))
        return self.rows("SELECT * FROM rejects ORDER BY created, source")
