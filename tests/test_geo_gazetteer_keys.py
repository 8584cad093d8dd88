"""The gazetteer's key hashes (eventwire/stages/geo/gazetteer_keys.py,
speed51): a key in a row is always asked of SQLite, a key in none is
answered empty without it, the sidecar file is written once and read back,
and the real gazetteer answers as its query does."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import pytest

from eventwire.stages.geo import gazetteer_keys
from eventwire.stages.geo.build import key
from eventwire.stages.geo.gazetteer import gazetteer
from eventwire.stages.geo.gazetteer_keys import build_hashes, load_key_hashes, sidecar_path

KEYS = ["mosul", "saint louis county", "sao paulo", "n'djamena", "al-hasakah", "ürümqi"]


def _db(tmp_path: Path, keys: list[str]) -> tuple[Path, sqlite3.Connection]:
    path = tmp_path / "names.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE names (key TEXT, id INTEGER, main INTEGER, "
                "PRIMARY KEY (key, id)) WITHOUT ROWID")
    # a key held by two places is one hash
    con.executemany("INSERT INTO names VALUES (?, ?, 1)",
                    [(k, i) for i, k in enumerate(keys)] + [(keys[0], 99)])
    con.commit()
    return path, con


@pytest.mark.parametrize("present", KEYS)
def test_every_key_of_a_row_may_be_held(tmp_path: Path, present: str) -> None:
    path, con = _db(tmp_path, KEYS)
    assert load_key_hashes(path, con).may_hold(present)


@pytest.mark.parametrize("absent", ["last week", "mosul ", "Mosul", "coach maurice cheeks", ""])
def test_keys_of_no_row_are_not_held(tmp_path: Path, absent: str) -> None:
    """Near misses: a trailing space, another case, an empty key."""
    path, con = _db(tmp_path, KEYS)
    assert not load_key_hashes(path, con).may_hold(absent)


def test_the_sidecar_is_written_once_and_read_back(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path, con = _db(tmp_path, KEYS)
    first = load_key_hashes(path, con)
    assert sidecar_path(path).is_file() and len(first) == len(KEYS)

    def no_build(_con: sqlite3.Connection) -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(gazetteer_keys, "build_hashes", no_build)
    again = load_key_hashes(path, con)
    assert all(again.may_hold(k) for k in KEYS) and not again.may_hold("kyiv")


def test_a_rebuilt_database_gets_its_own_sidecar(tmp_path: Path) -> None:
    path, con = _db(tmp_path, KEYS)
    before = sidecar_path(path)
    con.execute("INSERT INTO names VALUES ('kyiv', 7, 1)")
    con.commit()
    os.utime(path, ns=(1, 1))  # another size or time: another file
    assert sidecar_path(path) != before
    assert load_key_hashes(path, con).may_hold("kyiv")


def test_an_unwritable_directory_keeps_the_hashes_in_memory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    path, con = _db(tmp_path, KEYS)

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(gazetteer_keys.os, "replace", refuse)
    with caplog.at_level(logging.WARNING, logger=gazetteer_keys.__name__):
        keys = load_key_hashes(path, con)
    assert keys.may_hold("mosul") and not sidecar_path(path).exists()
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
    assert "kept in memory" in caplog.text


def test_the_gazetteer_answers_as_its_query() -> None:
    """Hits, misses and abbreviated names: never a key of a row skipped."""
    gaz = gazetteer()
    assert len(gaz._keys) == len(build_hashes(gaz._con))
    names = ["Baghdad", "Cook County", "St. Louis County", "last week", "2 December",
             "Coach Maurice Cheeks Saturday", "Democratic Republic of Congo", "Nowhere Such"]
    for name in names:
        k = key(name)
        held = gaz._rows("SELECT count(*) FROM names WHERE key = ?", (k,))[0][0] > 0
        assert gaz._keys.may_hold(k) or not held
        assert bool(gaz._query(k)) == held
    assert gaz.candidates("St. Louis County") and not gaz.candidates("last week")
