"""The offline gazetteer: GeoNames data (CC BY 4.0) compiled into one SQLite
file (``build.py``), opened read-only and queried lazily.

Where the file lives: ``$EVENTWIRE_GAZETTEER`` if set, else
``$XDG_CACHE_HOME/eventwire/gazetteer-v<schema>.sqlite`` (``~/.cache`` by
default). It is built on first use from the installed packages' data (about
30 s, 34 MB; ``python tools/build_gazetteer.py`` builds it ahead of time):
too large to ship inside the package, and every input is already installed.

Each place has its own GeoNames id and point: a country and a first- or
second-level division are never placed at a city (precision ``country``,
``admin1``, ``admin2``). Users add places (a camp, a checkpoint, a crossing)
with ``eventwire places import FILE`` (``places.py``); those come first.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.stages.actors.kb import normalise
from eventwire.stages.geo.build import SCHEMA_VERSION, key
from eventwire.stages.geo.gazetteer_keys import load_key_hashes

MAX_CANDIDATES = 40


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str | None  # ISO3
    admin1: str | None  # GeoNames admin1 code ("IL")
    population: int
    feature: str  # city, admin1, admin2, country, continent, airport, user
    admin1_id: int | None = None
    admin2_id: int | None = None
    capital: bool = False
    main_name: bool = True  # the text is the place's own name, not an alternate one


ABBREVIATIONS = {"st": "saint", "mt": "mount", "ft": "fort", "ste": "sainte"}


def default_path() -> Path:
    if os.environ.get("EVENTWIRE_GAZETTEER"):
        return Path(os.environ["EVENTWIRE_GAZETTEER"])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "eventwire" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def ensure_built(path: Path | None = None) -> Path:
    """The gazetteer file, built first (in a child process) if missing."""
    path = path or default_path()
    if path.is_file():
        return path
    proc = subprocess.run([sys.executable, "-m", "eventwire.stages.geo.build", str(path)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not path.is_file():
        raise EventwireError(Errors.E411, path=path, detail=proc.stderr.strip()[-400:])
    return path


_COLUMNS = ("p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.population, p.feature, "
            "p.admin1_id, p.admin2_id, p.capital")


class Gazetteer:
    def __init__(self, path: Path | None = None,
                 user_places: list[tuple[list[str], Place]] | None = None) -> None:
        self.path = ensure_built(path)
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                    check_same_thread=False)
        self._con.execute("PRAGMA mmap_size = 67108864")  # file pages shared, not copied
        self._keys = load_key_hashes(self.path, self._con)  # misses skip SQLite (speed51)
        self._lock = threading.Lock()
        self._user: dict[str, list[Place]] = {}
        for names, place in user_places if user_places is not None else _user_places():
            for name in names:
                self._user.setdefault(key(name), []).append(place)
        self._by_key = lru_cache(maxsize=200_000)(self._query)
        self._countries: dict[str, Place] | None = None
        self._demonyms: dict[str, str] | None = None
        self._capitals: dict[str, Place] | None = None

    def _rows(self, sql: str, args: tuple[object, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    def _query(self, key: str) -> tuple[Place, ...]:
        if not self._keys.may_hold(key):
            return ()  # no row has this key: what the query answers (gazetteer_keys.py)
        rows = self._rows(f"SELECT {_COLUMNS}, n.main FROM names n JOIN places p ON p.id = n.id "
                          "WHERE n.key = ?", (key,))  # sorted here: 1.5x faster than in SQL
        rows.sort(key=lambda r: -r[6])
        return tuple(_place(r) for r in rows[:MAX_CANDIDATES])

    def candidates(self, name: str) -> list[Place]:
        """Places of that name; an abbreviated leading "St."/"Mt."/"Ft." also
        as "Saint"/"Mount"/"Fort" when the short form names nothing ("St.
        Louis County" is GeoNames' "Saint Louis County")."""
        k = key(name)
        found = [*self._user.get(k, []), *self._by_key(k)]
        if not found and " " in k and (full := ABBREVIATIONS.get(k.split(" ", 1)[0].rstrip("."))):
            k = f"{full} {k.split(' ', 1)[1]}"
            found = [*self._user.get(k, []), *self._by_key(k)]
        return found

    def get(self, geonameid: int) -> Place | None:
        rows = self._rows(f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.id = ?", (geonameid,))
        return _place(rows[0]) if rows else None

    def countries(self) -> dict[str, Place]:
        """Every country by ISO3 (238 rows, read once)."""
        if self._countries is None:
            rows = self._rows(f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.feature = 'country'",
                              ())
            self._countries = {str(r[4]): _place(r) for r in rows}
        return self._countries

    def country(self, iso3: str) -> Place | None:
        return self.countries().get(iso3)

    def capitals(self) -> dict[str, Place]:
        """ISO3 -> the country's most populous city flagged capital (read
        once, on the first "the capital" an article names)."""
        if self._capitals is None:
            rows = self._rows(f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.capital = 1 "
                              "AND p.feature = 'city'", ())
            out: dict[str, Place] = {}
            for place in map(_place, rows):
                best = out.get(place.country or "")
                if place.country and (best is None or place.population > best.population):
                    out[place.country] = place
            self._capitals = out
        return self._capitals

    def demonyms(self) -> dict[str, str]:
        """Every demonym key -> ISO3 (~220 rows, read once: the stage asks
        about every capitalised span, and one query each cost ~8% of it)."""
        if self._demonyms is None:
            rows = self._rows("SELECT key, country FROM demonyms", ())
            self._demonyms = {str(k): str(c) for k, c in rows}  # key is the primary key
        return self._demonyms

    def demonym(self, word: str) -> str | None:
        """The ISO3 country of a demonym or adjective ("Iraqi" -> IRQ)."""
        return self.demonyms().get(normalise(word))

    def size(self) -> dict[str, int]:
        rows = self._rows("SELECT (SELECT count(*) FROM places), (SELECT count(*) FROM names)", ())
        return {"places": int(rows[0][0]), "names": int(rows[0][1]),
                "bytes": self.path.stat().st_size}


def _place(r: tuple[Any, ...]) -> Place:
    return Place(int(r[0]), str(r[1]), float(r[2]), float(r[3]), r[4] or None, r[5] or None,
                 int(r[6] or 0), str(r[7]), r[8] or None, r[9] or None, bool(r[10]), bool(r[11]))


def _user_places() -> list[tuple[list[str], Place]]:
    from eventwire.stages.geo.places import load_overlay

    return load_overlay()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
