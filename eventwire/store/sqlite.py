"""SQLite backend: WAL mode, one writer, foreign keys on."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.store.base import SQLStore


class SQLiteStore(SQLStore):
    PARAM = "?"

    def connect(self) -> Any:
        path = self.url.removeprefix("sqlite:///") or ":memory:"
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, timeout=float(os.environ.get(
                "EVENTWIRE_SQLITE_TIMEOUT", "30")))
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as exc:
            raise EventwireError(Errors.E303, url=self.url, detail=str(exc)) from exc
        return conn

    def executescript(self, sql: str) -> None:
        self.conn.executescript(sql)
