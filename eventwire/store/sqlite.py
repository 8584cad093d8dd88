"""SQLite backend: WAL mode, one writer, foreign keys on.

URLs: ``sqlite:///relative/path.db`` or ``sqlite:////absolute/path.db``;
``sqlite:///:memory:`` is an explicit in-memory store (gone when closed).
Readers (``readonly=True``) open the file read-only, so a read-only or
immutable store can still be queried; neither they nor ``create=False``
(``dedup``) create a file or folder.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from eventwire.errors import Errors, EventwireError
from eventwire.stages.actors.kb import normalise
from eventwire.store.base import SQLStore

PREFIX = "sqlite:///"


def sqlite_path(url: str) -> str:
    """The file path of a ``sqlite:///`` URL, or a usage error (EW301)."""
    if not url.startswith(PREFIX):
        rest = url.split("://", 1)[-1]
        raise EventwireError(Errors.E301, url=url, supported="sqlite:///path.db",
                             detail=f"'{rest.split('/')[0]}' would be a host name: use three "
                                    f"slashes, sqlite:///{rest} (relative path) or "
                                    "sqlite:////abs/path.db")
    path = url[len(PREFIX):]
    if not path:
        raise EventwireError(Errors.E301, url=url, supported="sqlite:///path.db",
                             detail="no file path (an in-memory store would lose everything "
                                    "when the command ends)")
    return path


def lock_timeout() -> float:
    """Seconds a write waits for another process's lock before EW315
    (``EVENTWIRE_SQLITE_TIMEOUT``, default 30)."""
    raw = os.environ.get("EVENTWIRE_SQLITE_TIMEOUT", "30")
    try:
        return float(raw)
    except ValueError as exc:
        raise EventwireError(Errors.E601, name="EVENTWIRE_SQLITE_TIMEOUT", value=raw,
                             detail="give seconds, e.g. 30") from exc


def _use_wal(conn: sqlite3.Connection, patience: float) -> None:
    """Switch the file to WAL, waiting for a process that is switching it now.

    Turning a new file into WAL needs an exclusive lock, and SQLite answers
    "database is locked" at once instead of calling the busy handler: two
    runs started together on a new store would see one of them fail (EW315)
    although nothing is really held. Retry with back-off up to the lock
    timeout; once the file is WAL the pragma needs no lock at all.
    """
    deadline, pause = time.monotonic() + patience, 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def _fold(value: str | None) -> str | None:
    return None if value is None else normalise(value)


class SQLiteStore(SQLStore):
    PARAM = "?"
    DRIVER_ERRORS = (sqlite3.Error,)

    def connect(self) -> Any:
        path = sqlite_path(self.url)
        if path == ":memory:":
            if not self.create:
                raise EventwireError(Errors.E305, url=self.url, path=path)
            return self._open(path)
        file = Path(path)
        self._check_path(file)
        if self.readonly:
            return self._open(f"file:{quote(str(file.resolve()))}?mode=ro", uri=True)
        if not self.create:
            return self._open(path)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EventwireError(Errors.E308, path=path,
                                 detail=exc.strerror or type(exc).__name__) from exc
        return self._open(path)

    def _check_path(self, file: Path) -> None:
        for parent in file.parents:
            if parent.exists() and not parent.is_dir():
                raise EventwireError(Errors.E308, path=file, detail=f"{parent} is a file, "
                                     "not a folder")
        if file.is_dir():
            raise EventwireError(Errors.E308, path=file, detail="that is a folder, not a file")
        if not self.create and not file.exists():
            raise EventwireError(Errors.E305, url=self.url, path=file)

    def _open(self, target: str, uri: bool = False) -> Any:
        try:
            conn = sqlite3.connect(target, timeout=lock_timeout(), uri=uri)
            if not uri:
                _use_wal(conn, lock_timeout())
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.create_function("ew_fold", 1, _fold, deterministic=True)
        except sqlite3.Error as exc:
            raise self.translate(exc) from exc
        return conn

    def fold(self, column: str) -> str:
        return f"ew_fold({column})"

    def translate(self, exc: BaseException) -> EventwireError:
        refused = self.refused(exc)
        if refused is not None:
            return refused
        message = str(exc)
        low = message.lower()
        if "readonly" in low or "read-only" in low:
            return EventwireError(Errors.E306, url=self.url, detail=message)
        if "malformed" in low or "not a database" in low or "corrupt" in low:
            return EventwireError(Errors.E307, url=self.url, detail=message)
        return EventwireError(Errors.E303, url=self.url, detail=message)

    def executescript(self, sql: str) -> None:
        self.conn.executescript(sql)
