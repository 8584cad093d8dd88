"""Class *a part of a city named "<Name> of <City>"* (geo11): the part takes
the city's point instead of a far namesake town's. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.eval.geo import haversine_km
from eventwire.models import PlaceMention
from eventwire.stages.geo.city_parts import place_city_parts


@pytest.mark.parametrize(("text", "part", "city"), [
    ("Crowds gathered on the North Side of Chicago on Sunday.", "North Side", "Chicago"),
    ("Gunfire was heard in the West End of Boston overnight.", "West End", "Boston"),
    ("Rents rose again on the Upper East Side of Manhattan.", "Upper East", "Manhattan"),
    ("Pipes burst on the South Side of Pittsburgh, the utility said.", "South Side",
     "Pittsburgh"),
])
def test_a_part_of_a_city_is_placed_at_the_city(places_of, text: str, part: str,  # type: ignore[no-untyped-def]
                                                city: str) -> None:
    found = places_of(text)
    p, c = found[part], found[city]
    assert p.lat is not None and c.lat is not None
    assert haversine_km(p.lat, p.lon, c.lat, c.lon) < 1
    assert p.geonameid is None and p.precision == "vicinity"


def _at(start: int, text: str, lat: float, lon: float, precision: str = "city"
        ) -> PlaceMention:
    return PlaceMention(start, start + len(text), text, 7, text, lat, lon, "USA", "XX",
                        precision, 0.9)


def test_a_near_part_or_another_gap_keeps_its_own_pick() -> None:
    text = "Oak Park of Chicago. Springfield and Chicago."
    near = _at(0, "Oak Park", 41.88, -87.78)  # 10 km from Chicago: its own town
    chicago = _at(12, "Chicago", 41.85, -87.65)
    far = _at(21, "Springfield", 39.80, -89.64)
    chicago2 = _at(37, "Chicago", 41.85, -87.65)
    place_city_parts([near, chicago, far, chicago2], text)
    assert near.geonameid == 7 and far.geonameid == 7  # " and " is no part-of gap


def test_a_part_of_a_division_is_not_moved() -> None:
    text = "Springfield of Illinois"
    town = _at(0, "Springfield", 37.2, -93.3)
    state = _at(15, "Illinois", 40.0, -89.2, "admin1")
    place_city_parts([town, state], text)
    assert town.geonameid == 7  # only a city holds parts here


@pytest.mark.parametrize(("text", "part", "city"), [
    ("Pipes burst on the East End of Pittsburgh on Monday.", "East End", "Pittsburgh"),
    ("Pipes burst on the South Side of Pittsburgh, the utility said.", "South Side",
     "Pittsburgh"),
])
def test_a_whole_part_of_city_span_keeps_the_city(places_of, text: str, part: str,  # type: ignore[no-untyped-def]
                                                  city: str) -> None:
    found = places_of(text)  # the NER model tags "the ... of Pittsburgh" as one place
    assert found[city].admin1 == "PA"
    assert found[part].admin1 == "PA" and found[part].precision == "vicinity"


def test_a_gulf_of_a_town_name_is_not_split(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Pirates fled across the Gulf of Eden\nWarships patrolled on Monday.")
    assert "Eden" not in found  # a misspelt gulf, not the town in North Carolina


# the possessive order, "<City>'s <Part>" (geo15)
@pytest.mark.parametrize(("text", "part", "city"), [
    ("Two men were shot on Chicago's South Side overnight, police said.", "South Side",
     "Chicago"),
    ("Rents in London's East End rose again this year, the council said.", "East End",
     "London"),
    ("A water main broke on Pittsburgh's North Side on Monday.", "North Side",
     "Pittsburgh"),
])
def test_a_part_after_its_city_possessive_is_placed_at_the_city(  # type: ignore[no-untyped-def]
        places_of, text: str, part: str, city: str) -> None:
    found = places_of(text)
    p, c = found[part], found[city]
    assert p.lat is not None and c.lat is not None
    assert haversine_km(p.lat, p.lon, c.lat, c.lon) < 1 and p.precision == "vicinity"


def test_a_possessive_division_or_near_place_keeps_its_pick() -> None:
    text = "Chicago's Illinois. Chicago's Evanston"
    chicago = _at(0, "Chicago", 41.85, -87.65)
    state = _at(10, "Illinois", 40.0, -89.2, "admin1")  # a division is never a part
    chicago2 = _at(20, "Chicago", 41.85, -87.65)
    near = _at(30, "Evanston", 42.04, -87.69)  # 21 km: its own town
    place_city_parts([chicago, state, chicago2, near], text)
    assert state.geonameid == 7 and near.geonameid == 7


@pytest.mark.parametrize(("text", "town"), [
    ("Snow buried New York's Buffalo on Monday, and Rochester closed its schools.", "Buffalo"),
    ("Floods hit Quebec's Gatineau on Tuesday, and the river kept rising.", "Gatineau"),
])
def test_a_town_of_a_state_named_like_a_city_keeps_its_pick(  # type: ignore[no-untyped-def]
        places_of, text: str, town: str) -> None:
    assert places_of(text)[town].precision == "city"
