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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from importlib import resources
from types import TracebackType
from typing import Any

from eventwire import __version__
from eventwire.errors import Errors, EventwireError
from eventwire.models import Article, Event, Reject
from eventwire.records import EventRecord
from eventwire.store.browse import BrowseQueries
from eventwire.store.reviews import ReviewQueries
from eventwire.store.rows import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    PLACE_COLUMNS,
    actor_rows,
    article_row,
    event_row,
    place_rows,
    rekey,
)

# Largest IN (...) list sent at once (SQLite allows 32,766 parameters).
IN_CHUNK = 500

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
        cur.execute(self.sql(query), tuple(params))
        return cur

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All statements inside commit together, or none (rolled back)."""
        try:
            yield
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    def insert_many(self, table: str, columns: Sequence[str],
                    rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert rows, skipping those whose key is already stored. Backends
        may do it faster (PostgreSQL: COPY)."""
        if rows:
            marks = ", ".join("?" for _ in columns)
            self.conn.cursor().executemany(
                self.sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
                         "ON CONFLICT DO NOTHING"), rows)

    def stream(self, query: str, params: Sequence[Any], size: int) -> Iterator[list[Any]]:
        """The rows of a large result, ``size`` at a time."""
        cur = self.execute(query, params)
        while batch := cur.fetchmany(size):
            yield batch

    def translate(self, script: str) -> str:
        """Dialect hook for migration scripts (identity: the SQL is portable)."""
        return script

    def rows(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.execute(query, params)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def migrate(self) -> None:
        with self.transaction():
            self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY "
                         "KEY, applied TEXT NOT NULL)")
        done = {r["version"] for r in self.rows("SELECT version FROM schema_version")}
        known = migrations()
        newest = max((v for v, _ in known), default=0)
        if done and max(done) > newest:
            raise EventwireError(Errors.E302, found=max(done), supported=newest)
        for version, script in known:
            if version not in done:
                with self.transaction():
                    self.executescript(self.translate(script))
                    self.execute("INSERT INTO schema_version (version, applied) VALUES (?, ?)",
                                 (version, now()))

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
        with self.transaction():
            self.execute("INSERT INTO runs (id, started, version, settings, inputs, status) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         (run_id, now(), __version__, json.dumps(settings, default=str),
                          json.dumps(inputs), "running"))
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, Any], status: str = "ok") -> None:
        with self.transaction():
            self.execute("UPDATE runs SET finished = ?, counts = ?, status = ? WHERE id = ?",
                         (now(), json.dumps(counts), status, run_id))

    def runs(self) -> list[dict[str, Any]]:
        return self.rows("SELECT * FROM runs ORDER BY started")

    # -- articles and events ------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        return bool(self.rows("SELECT 1 AS x FROM articles WHERE content_hash = ?",
                              (content_hash,)))

    def save_article(self, article: Article, events: list[Event], run_id: str) -> bool:
        """Store an article and its events in one transaction; False if the
        same text was already stored."""
        return self.load_articles([(article, [ev.to_dict() for ev in events])], run_id) == 1

    def load_articles(self, items: Iterable[tuple[Article, Sequence[Mapping[str, Any]]]],
                      run_id: str) -> int:
        """Store many articles with their event records (``Event.to_dict()``)
        in one transaction; articles already stored (same text) are skipped.
        Returns how many were stored."""
        fresh = self._not_stored(list(items))
        taken = self._taken_ids({a.id for a, _ in fresh})
        tables: dict[str, list[tuple[Any, ...]]] = {"articles": [], "events": [], "actors": [],
                                                    "places": []}
        stamp = now()
        for article, records in fresh:
            article_id, meta = article.id, dict(article.meta)
            if article_id in taken:  # an id taken by another text: keep both
                article_id = f"{article.id}-{article.content_hash[:8]}"
                meta["original_id"] = article.id
            taken.add(article_id)
            tables["articles"].append(article_row(article, article_id, meta, run_id, stamp))
            for record in records:
                rec = record if article_id == record["article_id"] else rekey(record, article_id)
                tables["events"].append(event_row(rec, article, run_id))
                tables["actors"] += actor_rows(rec)
                tables["places"] += place_rows(rec)
        with self.transaction():
            for table, columns in (("articles", ARTICLE_COLUMNS), ("events", EVENT_COLUMNS),
                                   ("actors", ACTOR_COLUMNS), ("places", PLACE_COLUMNS)):
                self.insert_many(table, columns, tables[table])
        return len(fresh)

    def _existing(self, column: str, values: Iterable[str]) -> set[str]:
        """The values of ``articles.<column>`` among ``values`` already stored."""
        wanted, found = sorted(set(values)), set()
        for i in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[i:i + IN_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = self.rows(f"SELECT {column} AS v FROM articles WHERE {column} IN ({marks})",
                             chunk)
            found |= {r["v"] for r in rows}
        return found

    def _taken_ids(self, ids: set[str]) -> set[str]:
        return self._existing("id", ids)

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` whose article is stored."""
        return self._existing("content_hash", hashes)

    def _not_stored(self, items: list[tuple[Article, Sequence[Mapping[str, Any]]]]
                    ) -> list[tuple[Article, Sequence[Mapping[str, Any]]]]:
        """Items whose text is not stored yet (nor earlier in ``items``)."""
        stored = self.known_hashes(a.content_hash for a, _ in items)
        out = []
        for article, records in items:
            if article.content_hash not in stored:
                stored.add(article.content_hash)
                out.append((article, records))
        return out

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
            like = f"%{actor.lower()}%"
            add("(actor_id = ? OR recipient_id = ? OR LOWER(actor_name) LIKE ? OR "
                "LOWER(recipient_name) LIKE ?)", actor, actor, like, like)
        if country:
            add("(actor_country = ? OR recipient_country = ?)", country.upper(), country.upper())
        if date_from:
            add("date_end >= ?", str(date_from))
        if date_to:
            add("date_start <= ?", str(date_to))
        if text:
            like = f"%{text.lower()}%"
            add("(LOWER(sentence) LIKE ? OR LOWER(trigger_text) LIKE ?)", like, like)
        if modality:
            add("modality = ?", modality.lower())
        if speaker:
            add("LOWER(speaker) LIKE ?", f"%{speaker.lower()}%")
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
        for batch in self.stream(f"SELECT detail FROM events{where} ORDER BY published, "
                                 "article_id, event_id", params, 1000):
            for (detail,) in batch:
                yield json.loads(detail)

    def counts_by_type(self, **filters: Any) -> dict[str, int]:
        where, params = self._where(**filters)
        rows = self.rows(f"SELECT type, COUNT(*) AS n FROM events{where} GROUP BY type", params)
        return {r["type"]: int(r["n"]) for r in rows}

    # -- canonical events (cross-article dedup) -------------------------------
    def iter_article_texts(self) -> Iterator[dict[str, Any]]:
        for batch in self.stream("SELECT id, published, text FROM articles ORDER BY published, id",
                                 (), 500):
            for article_id, published, text in batch:
                yield {"id": article_id, "published": published, "text": text}

    def replace_canonical(self, canonical: Sequence[Any]) -> None:
        """Store canonical events (``CanonicalEvent``), replacing the previous
        set in one transaction."""
        with self.transaction():
            self.execute("DELETE FROM canonical_mentions")
            self.execute("DELETE FROM canonical_events")
            for c in canonical:
                self._save_canonical(c)

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
        with self.transaction():
            self.execute("INSERT INTO rejects (id, run_id, source, code, message, excerpt, "
                         "article_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT DO NOTHING",
                         ("j-" + key[:16], run_id, reject.source, reject.code, reject.message,
                          reject.excerpt, reject.article_id, now()))

    def rejects(self, run_id: str | None = None) -> list[dict[str, Any]]:
        if run_id:
            return self.rows("SELECT * FROM rejects WHERE run_id = ? ORDER BY created, source",
                             (run_id,))
        return self.rows("SELECT * FROM rejects ORDER BY created, source")
