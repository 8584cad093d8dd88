"""Which name keys the gazetteer holds, answered without SQLite (issue #12,
speed51).

Most names the place and actor stages look up are in no gazetteer row
("last week", "coach maurice cheeks saturday", "2 december": 2,949 of the
3,450 distinct keys asked per 200 ECB+ development articles), and SQLite
answered each miss in ~24 µs of CPU on a first pass (a statement run and a
B-tree descent): ~70 ms per 200 articles, the largest single cost of the
place stage's first pass over new text.

The 64-bit hashes of every key (BLAKE2b: the same in every process) are
kept sorted in a sidecar file beside the database, read in one go when the
gazetteer opens (8 bytes per distinct key, ~5.6 MB) and asked with a
bisection (~2 µs with the hash). A key whose hash is absent is in no row,
so its query is skipped and its answer is the empty one the query gives; a
hash that is present (the key itself, or another key's 64-bit collision) is
asked of SQLite as before. The answers are the same.

The sidecar is named after the database's size and modification time, so a
rebuilt database gets a new one. It is written on first use (~0.5 s, once
per database) through a temporary file and an atomic rename (processes that
race write the same bytes); a directory that cannot be written keeps the
table in memory for the process and logs why.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from array import array
from bisect import bisect_left
from pathlib import Path

log = logging.getLogger(__name__)


def key_hash(key: str) -> int:
    """The key's 64-bit BLAKE2b hash: the same in every process and every
    version of every library (the sidecar outlives both)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def sidecar_path(db: Path) -> Path:
    """The key-hash file of the database ``db`` as it is now."""
    stat = db.stat()
    return db.with_name(f"{db.name}.keys-blake2b-{stat.st_size}-{stat.st_mtime_ns}")


class KeyHashes:
    """The sorted hashes of every ``names.key`` of one gazetteer."""

    def __init__(self, hashes: array[int]) -> None:
        self._hashes = hashes

    def __len__(self) -> int:
        return len(self._hashes)

    def may_hold(self, key: str) -> bool:
        """False when no row has ``key``; True when one may (a row has a key
        of the same hash)."""
        h = key_hash(key)
        hashes = self._hashes
        i = bisect_left(hashes, h)
        return i < len(hashes) and hashes[i] == h


def build_hashes(con: sqlite3.Connection) -> array[int]:
    """Every distinct key's hash, ascending, read from the ``names`` table."""
    return array("Q", sorted({key_hash(k) for (k,) in con.execute("SELECT key FROM names")}))


def load_key_hashes(db: Path, con: sqlite3.Connection) -> KeyHashes:
    """The key hashes of the database ``db`` (open as ``con``): read from its
    sidecar, or built and the sidecar written."""
    path = sidecar_path(db)
    if path.is_file():
        hashes = array("Q")
        hashes.frombytes(path.read_bytes())
        return KeyHashes(hashes)
    hashes = build_hashes(con)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(hashes.tobytes())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        log.warning("gazetteer key hashes not written to %s (%s): kept in memory", path, exc)
    return KeyHashes(hashes)
