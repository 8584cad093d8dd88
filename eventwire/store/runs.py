"""Runs: who ran what, with which settings, and how it ended.

A run records its process (pid and host) in its settings, so that a run
killed with ``kill -9`` — which cannot record anything itself — is marked
``killed`` by the next run on the same host instead of staying ``running``
for ever (issue #17). ``SQLStore`` mixes this in.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from eventwire import __version__


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")  # run order must be total


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


class RunQueries:
    """The ``runs`` table; needs ``execute``, ``rows`` and ``commit``."""

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    def rows(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    def commit(self) -> None:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    def begin_run(self, settings: dict[str, Any], inputs: list[str]) -> str:
        """Record a run (with the process that runs it, so that a run killed
        with ``kill -9`` is later marked ``killed`` instead of ``running``)."""
        self.mark_dead_runs()
        run_id = "r-" + uuid.uuid4().hex[:12]
        process = {"pid": os.getpid(), "host": socket.gethostname()}
        self.execute("INSERT INTO runs (id, started, version, settings, inputs, status) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (run_id, now(), __version__,
                      json.dumps({**settings, "_process": process}, default=str),
                      json.dumps(inputs), "running"))
        self.commit()
        return run_id

    def mark_dead_runs(self) -> int:
        """Runs still ``running`` whose process on this host is gone become
        ``killed``; returns how many."""
        host, dead = socket.gethostname(), []
        for row in self.rows("SELECT id, settings FROM runs WHERE status = ?", ("running",)):
            process = json.loads(row["settings"] or "{}").get("_process") or {}
            if process.get("host") == host and not _alive(int(process.get("pid") or 0)):
                dead.append(row["id"])
        for run_id in dead:
            self.execute("UPDATE runs SET status = ?, finished = ? WHERE id = ?",
                         ("killed", now(), run_id))
        self.commit()
        return len(dead)

    def finish_run(self, run_id: str, counts: dict[str, Any], status: str = "ok") -> None:
        self.execute("UPDATE runs SET finished = ?, counts = ?, status = ? WHERE id = ?",
                     (now(), json.dumps(counts), status, run_id))
        self.commit()

    def runs(self) -> list[dict[str, Any]]:
        return self.rows("SELECT * FROM runs ORDER BY started")
