"""The store: articles, events, actors, places, runs and rejects in SQL.

``SQLStore`` holds all the logic in portable SQL over a DB-API connection;
a backend (``sqlite.py``, ``postgres.py``) only opens the connection and says which parameter
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
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from importlib import resources
from types import TracebackType
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.models import Reject
from eventwire.records import EventRecord
from eventwire.stages.actors.kb import normalise
from eventwire.store.browse import ESC, BrowseQueries, contains
from eventwire.store.loading import LoadQueries
from eventwire.store.reviews import ReviewQueries
from eventwire.store.runs import RunQueries, now

APOSTROPHES = ("’", "‘", "ʼ", "''")
# What a driver says when the disk or another process refuses a write.
REFUSED = ("database or disk is full", "database is locked", "disk i/o error",
           "no space left", "could not extend file", "deadlock detected")


def migrations() -> list[tuple[int, str]]:
    """(version, sql) of every migration shipped in the package, in order."""
    folder = resources.files("eventwire.store") / "migrations"
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            out.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return out


class SQLStore(LoadQueries, RunQueries, BrowseQueries, ReviewQueries):
    """Portable SQL store; subclasses provide ``connect``, ``PARAM`` and the
    driver's error classes (``DRIVER_ERRORS``, turned into coded errors by
    ``translate``). ``create=False``: the store must exist; ``readonly``: and
    is only read. Writing articles lives in ``loading.py``; queries for the
    web API and reviews in ``browse.py`` and ``reviews.py``."""

    PARAM = "?"
    DRIVER_ERRORS: tuple[type[BaseException], ...] = ()

    def __init__(self, url: str, create: bool = True, readonly: bool = False) -> None:
        self.url = url
        self.create = create and not readonly
        self.readonly = readonly
        self.conn = self.connect()
        self._migrate_alone()

    def _migrate_alone(self, attempts: int = 5) -> None:
        """Migrate; when another process is creating or upgrading the same
        store at this moment (two runs started together on a new store), its
        tables appear under us: roll back, wait, and look again."""
        for attempt in range(attempts):
            try:
                with self.guard():
                    self.migrate()
                return
            except EventwireError as exc:  # e.g. "table runs already exists" (EW303)
                if exc.code != Errors.E303.code or attempt == attempts - 1 or self.readonly:
                    raise
                self.conn.rollback()
                time.sleep(0.2 * 2 ** attempt)

    # -- backend hooks ------------------------------------------------------
    def connect(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def executescript(self, sql: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def translate(self, exc: BaseException) -> EventwireError:
        return self.refused(exc) or EventwireError(Errors.E303, url=self.url, detail=str(exc))

    def refused(self, exc: BaseException) -> EventwireError | None:
        """EW315 for a write the disk or another process refused (disk full,
        database locked): retrying later works, unlike a damaged store."""
        message = str(exc).strip()
        if any(word in message.lower() for word in REFUSED):
            return EventwireError(Errors.E315, url=self.url, detail=message)
        return None

    def dialect(self, script: str) -> str:
        """Dialect hook for migration scripts (identity: the SQL is portable)."""
        return script

    def fold(self, column: str) -> str:
        """SQL for ``column`` compared loosely: lower case, no apostrophes
        (``Kata’ib`` = ``Kataib``). Backends with a function for the
        knowledge base's ``normalise`` (SQLite) override this."""
        folded = f"LOWER({column})"
        for mark in APOSTROPHES:
            folded = f"REPLACE({folded}, '{mark}', '')"
        return folded

    # -- plumbing -------------------------------------------------------------
    @contextmanager
    def guard(self) -> Iterator[None]:
        """Driver errors (read-only file, damaged pages, ...) become coded
        errors that say what to do."""
        try:
            yield
        except self.DRIVER_ERRORS as exc:
            raise self.translate(exc) from exc

    def sql(self, query: str) -> str:
        return query.replace("?", self.PARAM) if self.PARAM != "?" else query

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        with self.guard():
            cur = self.conn.cursor()
            cur.execute(self.sql(query), tuple(params))
        return cur

    def commit(self) -> None:
        with self.guard():
            self.conn.commit()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All statements inside commit together, or none (rolled back)."""
        try:
            yield
            self.commit()
        except BaseException as exc:
            try:
                self.conn.rollback()
            except self.DRIVER_ERRORS as failed:  # e.g. the disk is gone: keep the first error
                exc.add_note(f"rollback failed too: {failed}")
            raise

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]],
                    conflict: str = "DO NOTHING") -> None:
        """Insert rows; ``ON CONFLICT {conflict}`` decides about rows whose key
        is already stored. Backends may do it faster (PostgreSQL: COPY)."""
        if rows:
            marks = ", ".join("?" for _ in columns)
            with self.guard():
                self.conn.cursor().executemany(
                    self.sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
                             f"ON CONFLICT {conflict}"), rows)

    def fetch(self, cur: Any, size: int) -> list[Any]:
        with self.guard():
            return list(cur.fetchmany(size))

    def stream(self, query: str, params: Sequence[Any], size: int) -> Iterator[list[Any]]:
        """The rows of a large result, ``size`` at a time (PostgreSQL: a
        server-side cursor)."""
        cur = self.execute(query, params)
        while batch := self.fetch(cur, size):
            yield batch

    def rows(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.execute(query, params)
        names = [c[0] for c in cur.description]
        with self.guard():
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def _versions(self) -> set[int] | None:
        """Applied migrations, or None when the store has no schema table."""
        try:
            with self.guard():
                cur = self.conn.cursor()
                cur.execute("SELECT version FROM schema_version")
                return {int(r[0]) for r in cur.fetchall()}
        except EventwireError as exc:
            if "schema_version" not in exc.message:
                raise
            self.conn.rollback()
            return None

    def migrate(self) -> None:
        done = self._versions()
        if done is None:
            if not self.create:
                raise EventwireError(Errors.E303, url=self.url,
                                     detail="not an eventwire store (no schema_version table)")
            self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                         "applied TEXT NOT NULL)")
            self.commit()
            done = set()
        known = migrations()
        newest = max((v for v, _ in known), default=0)
        if done and max(done) > newest:
            raise EventwireError(Errors.E302, found=max(done), supported=newest)
        for version, script in known:
            if version not in done:
                with self.transaction():
                    self.executescript(self.dialect(script))
                    self.execute("INSERT INTO schema_version (version, applied) VALUES (?, ?)",
                                 (version, now()))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- articles and events ------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        return bool(self.rows("SELECT 1 AS x FROM articles WHERE content_hash = ?",
                              (content_hash,)))

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
            like = contains(normalise(actor))
            add(f"(actor_id = ? OR recipient_id = ? OR {self.fold('actor_name')} LIKE ? {ESC} "
                f"OR {self.fold('recipient_name')} LIKE ? {ESC})", actor, actor, like, like)
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
            add(f"{self.fold('speaker')} LIKE ? {ESC}", contains(normalise(speaker)))
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

    def count_articles(self) -> int:
        return int(self.rows("SELECT COUNT(*) AS n FROM articles")[0]["n"])

    def count_events(self, **filters: Any) -> int:
        where, params = self._where(**filters)
        return int(self.rows(f"SELECT COUNT(*) AS n FROM events{where}", params)[0]["n"])

    def iter_export(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Event records for export, each with ``canonical_id`` (the
        canonical event it belongs to) and ``article_url`` added."""
        where, params = self._where(**filters)
        batches = self.stream(
            "SELECT detail, (SELECT url FROM articles WHERE articles.id = events.article_id), "
            "(SELECT canonical_id FROM canonical_mentions "
            f"WHERE canonical_mentions.event_id = events.event_id) FROM events{where} "
            "ORDER BY published, article_id, event_id", params, 1000)
        for batch in batches:
            for detail, url, canonical_id in batch:
                yield {**json.loads(detail), "canonical_id": canonical_id, "article_url": url}

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
        self.insert_canonical_row(c)
        for event_id in c.mentions:
            self.execute("INSERT INTO canonical_mentions (event_id, canonical_id) VALUES (?, ?)",
                         (event_id, c.canonical_id))

    def insert_canonical_row(self, c: Any) -> None:
        """One row of canonical_events (not its mentions)."""
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
