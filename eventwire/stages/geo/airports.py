"""Airports for the gazetteer, from the ``airportsdata`` package (MIT licence;
~28,000 airports with ICAO and IATA codes, name, city and point).

Class: an airport or air base named in full ("O'Hare International Airport",
"Ben Gurion Airport", "Incirlik Air Base", "JFK Airport") is the facility
itself, with its own point (feature ``airport``, precision ``point``), not
the city it serves. Which names each airport gets, conservatively:

* its full name as ``airportsdata`` has it ("Chicago O'Hare International
  Airport"; "Intl" spelt out), always;
* the name without the leading city ("O'Hare International Airport",
  "Heathrow Airport") and without "International" ("Ben Gurion Airport",
  "O'Hare Airport"), and "<IATA> Airport" ("JFK Airport", "LAX airport"),
  only when what stands before the airport word is not a gazetteer place
  within ``NEAR_KM`` of the airport ("Kabul Airport" is not added: "the
  Kabul airport" stays the city of Kabul, through ``facility.modifier_place``; "Kabul International
  Airport" in full is the airport) and no other airport has that name;
* never a short form alone ("O'Hare", "Heathrow": words and surnames) nor
  an IATA code alone ("JFK", "LAX", "BUS": people, words, acronyms).

Only names ending in an airport word (Airport, Airfield, Air Base,
Aerodrome...) are taken: heliports and strips named after a ranch or a
person are left out. An airport has no GeoNames id: its id is
``-(2**32 + crc32(ICAO code))``, below every user place's id (``places.py``).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from eventwire.stages.geo.distance import haversine_km
from eventwire.stages.geo.facility import GENERIC

Row = tuple[int, str, float, float, str | None, str | None, int | None, int | None, int, str, int]
# last words of an airport's name
AIRPORT_WORDS = ("airport", "airfield", "air base", "aerodrome", "airstrip", "airpark",
                 "air force base", "air station", "air field")
NEAR_KM = 50
_INTL = re.compile(r"\bIntl\b\.?")
_INITIAL = re.compile(r"(?<= )([A-Z])(?= )")
_INTERNATIONAL = re.compile(r"\s+International(?=\s)")


def airport_id(icao: str) -> int:
    """A stable id for an airport, out of the GeoNames and user-place ranges."""
    return -(2**32 + zlib.crc32(icao.encode()))


def is_airport_name(name: str) -> bool:
    return name.lower().endswith(AIRPORT_WORDS)


def _modifier(name: str) -> str:
    """What stands before the airport word ("Kabul" of "Kabul Airport")."""
    low = name.lower()
    for word in sorted(AIRPORT_WORDS, key=len, reverse=True):
        if low.endswith(" " + word):
            return name[:-len(word) - 1].strip()
    return name


def spellings(name: str) -> list[str]:
    """A name as news spells it too: "John F. Kennedy" for "John F Kennedy",
    "Hartsfield-Jackson" for "Hartsfield/Jackson"."""
    out = [name, name.replace("/", "-")]
    out += [_INITIAL.sub(r"\1.", n) for n in out]
    return list(dict.fromkeys(out))


def variants(a: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """An airport's full name (its spellings) and its candidate short names
    (before the uniqueness and place checks of ``airport_names``)."""
    full = _INTL.sub("International", a["name"]).strip()
    out = [full]
    city = (a.get("city") or "").strip()
    if city and full.startswith(city + " "):
        out.append(full[len(city) + 1:])  # "O'Hare International Airport"
    out += [_INTERNATIONAL.sub("", n) for n in out if _INTERNATIONAL.search(n)]
    if a.get("iata"):
        out.append(f"{a['iata']} Airport")
    short = [s for n in out[1:] for s in spellings(n)]
    return spellings(full), [n for n in dict.fromkeys(short) if n not in out[:1]]


def airport_names(airports: Mapping[str, Mapping[str, Any]], key: Callable[[str], str],
                  is_place: Callable[[str, float, float], bool]
                  ) -> dict[str, tuple[list[str], list[str]]]:
    """ICAO code -> (full name spellings, short names) of every airport
    kept: short names unique to one airport and whose modifier is not a
    place. An airport without an IATA code is left out when one with a code
    has any of its names (``TE17`` "Heathrow Airport" beside Heathrow)."""
    kept = {icao: variants(a) for icao, a in airports.items() if is_airport_name(a["name"])}
    coded = {key(n) for icao, (full, short) in kept.items() if airports[icao].get("iata")
             for n in [*full, *short]}
    kept = {icao: v for icao, v in kept.items() if airports[icao].get("iata")
            or not coded & {key(n) for n in [*v[0], *v[1]]}}
    uses = Counter(key(n) for full, short in kept.values() for n in {*full, *short})
    out = {}
    for icao, (full, short) in kept.items():
        lat, lon = float(airports[icao]["lat"]), float(airports[icao]["lon"])
        out[icao] = (full, [n for n in short if uses[key(n)] == 1
                            and _named(n, key, lambda k: is_place(k, lat, lon))])  # noqa: B023
    return out


def _named(name: str, key: Callable[[str], str], is_place: Callable[[str], bool]) -> bool:
    """A short name's modifier names this airport: not only generic words
    ("International Airport" of "Los Angeles International Airport") and
    not a place near the airport ("Kabul Airport", "Los Angeles Airport":
    that place is where it is; "Heathrow Airport" is no airport of
    Heathrow, Florida)."""
    mod = _modifier(name)
    return any(w.lower() not in GENERIC for w in mod.split()) and not is_place(key(mod))


def near_place(points: Mapping[str, list[tuple[float, float]]]
               ) -> Callable[[str, float, float], bool]:
    """Is a place of this key within ``NEAR_KM`` of (lat, lon)?"""
    def near(k: str, lat: float, lon: float) -> bool:
        return any(haversine_km(lat, lon, *p) <= NEAR_KM for p in points.get(k, ()))
    return near


def airport_rows(iso3: dict[str, str], key: Callable[[str], str],
                 points: Callable[[set[str]], Mapping[str, list[tuple[float, float]]]]
                 ) -> Iterator[tuple[Row, str, list[str]]]:
    """(place row, main name, other names) of each airport kept; ``points``
    gives the gazetteer's points of the names asked (key -> points)."""
    import airportsdata

    data = airportsdata.load()
    mods = {key(_modifier(n)) for a in data.values() if is_airport_name(a["name"])
            for n in variants(a)[1]}
    is_place = near_place(points(mods))
    for icao, (full, short) in airport_names(data, key, is_place).items():
        a = data[icao]
        yield ((airport_id(icao), full[0], round(float(a["lat"]), 5), round(float(a["lon"]), 5),
                iso3.get(a["country"]), None, None, None, 0, "airport", 0), full[0],
               [*full[1:], *short])
