"""A throw-away PostgreSQL server for the tests: ``initdb`` + ``pg_ctl`` in a
temporary directory, listening on a free loopback port only, stopped at the
end. As root, the server runs as the ``postgres`` system user (PostgreSQL
refuses to run as root). ``make test`` installs the server first
(``.ci/setup-postgres.sh``).

Set ``EVENTWIRE_TEST_PG_URL`` to use a running server instead.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


class ServerUnavailable(RuntimeError):
    pass


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    if not found[-1]:
        raise ServerUnavailable(f"{name} not found: run .ci/setup-postgres.sh")
    return found[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="ew-pg-"))
        self.port = _free_port()
        self.user = "postgres" if os.geteuid() == 0 else None

    def _run(self, *cmd: str) -> None:
        argv = ["runuser", "-u", self.user, "--", *cmd] if self.user else list(cmd)
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise ServerUnavailable(f"{' '.join(cmd)}: {done.stderr.strip()[-500:]}")

    def start(self) -> str:
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        data = self.root / "data"
        self._run(_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--no-instructions")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c max_connections=50")
        self._run(_bin("pg_ctl"), "-D", str(data), "-o", options, "-l",
                  str(self.root / "log"), "-w", "-t", "60", "start")
        return self.admin_url

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def restart(self) -> None:
        """Restart the server (``pg_ctl restart -m fast``): every open
        connection is cut, as when an operator restarts it mid-run."""
        self._run(_bin("pg_ctl"), "-D", str(self.root / "data"), "-l", str(self.root / "log"),
                  "-m", "fast", "-w", "-t", "60", "restart")

    def stop(self) -> None:
        try:
            self._run(_bin("pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def started_server() -> PostgresServer:
    """A started server, or the test is skipped (developer machine without
    PostgreSQL) — a failure in CI, where the set-up must have installed it."""
    import pytest

    server = PostgresServer()
    try:
        server.start()
    except ServerUnavailable as exc:
        server.stop()
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"PostgreSQL could not start in CI: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc} (run .ci/setup-postgres.sh)")
    return server


def fresh_database(admin_url: str) -> str:
    """A new empty database on the server; its URL."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + "/" + name
