"""Airports in the gazetteer (stages/geo/airports.py, issue 13): an airport
named in full is the airport itself, at its own point (precision
``point``); "the Kabul airport" is still the city; an IATA code or a short
form alone is no place. Sentences written for these tests (none from an
evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.stages.geo.airports import airport_id, airport_names, spellings
from eventwire.stages.geo.build import key

AIRPORTS = {
    "KORD": {"name": "Chicago O'Hare International Airport", "city": "Chicago", "iata": "ORD",
             "lat": 41.98, "lon": -87.91},
    "OAKB": {"name": "Kabul International Airport", "city": "Kabul", "iata": "KBL",
             "lat": 34.57, "lon": 69.21},
    "EGLL": {"name": "London Heathrow Airport", "city": "London", "iata": "LHR",
             "lat": 51.47, "lon": -0.46},
    "TE17": {"name": "Heathrow Airport", "city": "", "iata": "", "lat": 10.0, "lon": -61.0},
    "00AA": {"name": "Aero B Ranch Airport", "city": "Leoti", "iata": "", "lat": 38.7,
             "lon": -101.5},
    "XHEL": {"name": "Smith Hospital Heliport", "city": "X", "iata": "", "lat": 1, "lon": 1},
}
PLACES = {"kabul": [(34.53, 69.17)], "heathrow": [(28.76, -81.37)], "chicago": [(41.85, -87.65)]}


def _names() -> dict[str, tuple[list[str], list[str]]]:
    def near(k: str, lat: float, lon: float) -> bool:
        return any(abs(lat - a) < 0.5 and abs(lon - b) < 0.5 for a, b in PLACES.get(k, ()))
    return airport_names(AIRPORTS, key, near)


def test_short_names_are_conservative() -> None:
    names = _names()
    assert names["KORD"][0] == ["Chicago O'Hare International Airport"]
    assert {"O'Hare International Airport", "O'Hare Airport", "ORD Airport"} <= \
        set(names["KORD"][1])
    assert "Kabul Airport" not in names["OAKB"][1]  # Kabul the city lies by it
    assert "Heathrow Airport" in names["EGLL"][1]  # Heathrow, Florida is far away
    assert "TE17" not in names  # no IATA code and a coded airport's name
    assert "XHEL" not in names  # a heliport
    assert all(n.endswith("Airport") for full, short in names.values() for n in full + short)
    assert not {"ORD", "O'Hare", "Heathrow", "JFK"} & {n for v in names.values() for n in v[1]}


def test_spellings_and_ids() -> None:
    assert "John F. Kennedy Airport" in spellings("John F Kennedy Airport")
    assert "Hartsfield-Jackson Airport" in spellings("Hartsfield/Jackson Airport")
    assert airport_id("KORD") == airport_id("KORD") < -(2**32)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Flights were grounded at O'Hare International Airport after the storm.",
     "O'Hare International Airport", "USA"),
    ("Passengers were evacuated from Ben Gurion Airport on Friday.",
     "Ben Gurion Airport", "ISR"),
    ("Two men were arrested at Gatwick Airport on Saturday.", "Gatwick Airport", "GBR"),
    ("A fire broke out at Los Angeles International Airport on Sunday.",
     "Los Angeles International Airport", "USA"),
    ("The aircraft landed safely at Lake Charles Regional Airport.",
     "Lake Charles Regional Airport", "USA"),
    ("Two rockets hit Kabul International Airport overnight.",
     "Kabul International Airport", "AFG"),
    ("The jets took off from Incirlik Air Base in Turkey before dawn.", "Incirlik Air Base",
     "TUR"),
    ("A plane skidded off the runway at John F. Kennedy International Airport in New York.",
     "John F. Kennedy International Airport", "USA"),
    ("Delays spread from JFK Airport to other hubs on the East Coast.", "JFK Airport", "USA"),
])
def test_an_airport_named_in_full_is_the_airport(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                                 country: str) -> None:
    p = places_of(text)[name]
    assert (p.country, p.precision) == (country, "point")
    assert p.geonameid < -(2**32)


@pytest.mark.parametrize(("text", "name"), [
    ("A rocket landed near the Kabul airport late on Tuesday.", "Kabul"),
    ("Security was tightened at the airport in Kandahar.", "Kandahar"),
])
def test_the_city_airport_is_the_city(places_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert places_of(text)[name].precision == "city"


def test_an_iata_code_alone_is_no_place(places_of) -> None:  # type: ignore[no-untyped-def]
    assert not places_of("Officials said JFK was closed for two hours, and LAX too.")


def test_the_built_gazetteer_has_airports_beside_their_cities() -> None:
    from eventwire.stages.geo.gazetteer import gazetteer

    gaz = gazetteer()
    (ohare,) = gaz.candidates("O'Hare International Airport")
    assert ohare.feature == "airport" and abs(ohare.lat - 41.98) < 0.05
    assert not [p for p in gaz.candidates("Kabul Airport") if p.feature == "airport"]
    assert not [p for p in gaz.candidates("JFK") + gaz.candidates("O'Hare")
                if p.feature == "airport"]
    assert gaz.candidates("Heathrow Airport")[0].country == "GBR"
