"""PostgreSQL backend (psycopg 3): the same schema and SQL as SQLite.

* The connection is in autocommit mode, so a reader (the API, ``eventwire
  events``) never holds a transaction open; writes go through
  :meth:`transaction` (``BEGIN … COMMIT``), so an article and its events are
  still stored together or not at all. Readers see committed data while a
  run writes (MVCC): nothing blocks.
* Large reads (:meth:`stream`: exports, dedup) use a server-side cursor.
* Large reads (:meth:`stream`: exports, dedup) use a server-side cursor.
* Bulk loads (:meth:`insert_many` with many rows) use ``COPY`` into a
  temporary table and one ``INSERT … SELECT … ON CONFLICT DO NOTHING``, so a
  re-loaded shard is still a no-op.
* Dialect hook: ``REAL`` columns become ``DOUBLE PRECISION`` (PostgreSQL's
  REAL is 4 bytes: ``confidence >= 0.9`` would miss a stored 0.9).
* A connection lost mid-run (server restarted or gone) is EW316: the open
  transaction is lost whole, and the same command run again continues.
* ``readonly`` opens the session read-only (``default_transaction_read_only``);
  ``create=False`` needs an existing eventwire database (EW303 otherwise).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.store.base import SQLStore

try:
    import psycopg
except ImportError:  # optional extra: EW310 when a postgresql:// store is opened
    psycopg = None  # type: ignore[assignment]

_CURSORS = itertools.count()
# Below this many rows a plain multi-row INSERT is cheaper than COPY's set-up.
COPY_MIN_ROWS = 64


class PostgresStore(SQLStore):
    PARAM = "%s"
    DRIVER_ERRORS = (psycopg.Error,) if psycopg is not None else ()

    def connect(self) -> Any:
        if psycopg is None:
            raise EventwireError(Errors.E310)
        options = "-c default_transaction_read_only=on" if self.readonly else None
        try:
            return psycopg.connect(self.url, autocommit=True, options=options)
        except psycopg.Error as exc:
            raise EventwireError(Errors.E303, url=self.url, detail=str(exc).strip()) from exc

    def translate(self, exc: BaseException) -> EventwireError:
        refused = self.refused(exc)
        if refused is not None:
            return refused
        message = str(exc).strip()
        conn = getattr(self, "conn", None)
        if conn is not None and (conn.broken or conn.closed):  # server restarted, network
            return EventwireError(Errors.E316, url=self.url, detail=message)
        if "read-only transaction" in message:
            return EventwireError(Errors.E306, url=self.url, detail=message)
        return EventwireError(Errors.E303, url=self.url, detail=message)

    def executescript(self, sql: str) -> None:
        self.conn.execute(sql)  # several statements, no parameters: simple protocol

    def dialect(self, script: str) -> str:
        """Portable SQL, with PostgreSQL's float type, plus the statements a
        migration marks ``-- postgresql:`` (e.g. widening 32-bit INTEGER
        columns that SQLite already stores as 64-bit)."""
        script = re.sub(r"^-- postgresql: ", "", script, flags=re.M)
        return re.sub(r"\bREAL\b", "DOUBLE PRECISION", script)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.guard(), self.conn.transaction():
            yield

    def stream(self, query: str, params: Sequence[Any], size: int) -> Iterator[list[Any]]:
        """A server-side cursor: a million events are not held in memory."""
        name = f"ew_stream_{next(_CURSORS)}"  # streams may nest on one connection
        with self.guard(), self.conn.transaction(), self.conn.cursor(name=name) as cur:
            cur.itersize = size
            cur.execute(self.sql(query), tuple(params))
            while batch := cur.fetchmany(size):
                yield batch

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]],
                    conflict: str = "DO NOTHING") -> None:
        if len(rows) < COPY_MIN_ROWS:
            super().insert_many(table, columns, rows, conflict)
            return
        names = ", ".join(columns)
        with self.guard(), self.conn.cursor() as cur:
            cur.execute(f"CREATE TEMP TABLE load_{table} (LIKE {table} INCLUDING DEFAULTS) "
                        "ON COMMIT DROP")
            with cur.copy(f"COPY load_{table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cur.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM load_{table} "
                        f"ON CONFLICT {conflict}")
            cur.execute(f"DROP TABLE load_{table}")
