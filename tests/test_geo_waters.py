"""Class *a lake, river or creek of a local article read as a far town of
its name* (geo11): the pick is dropped and the water gets the article's
vicinity point; towns named like waters in the home state stay towns.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.eval.geo import haversine_km


@pytest.mark.parametrize(("text", "water", "near"), [
    ("Boaters were rescued on Lake Winnebago on Sunday, and police in Oshkosh, Appleton and "
     "Fond du Lac, Wis., warned of thin ice.", "Lake Winnebago", "Oshkosh"),
    ("Sandbags were stacked along the Fox River in Green Bay, De Pere and Kaukauna, Wis., on "
     "Monday.", "Fox River", "Green Bay"),
    ("Anglers in Dubuque, Davenport and Clinton, Iowa, said the Maquoketa River ran high.",
     "Maquoketa River", "Davenport"),
])
def test_a_water_is_not_a_far_town_of_its_name(places_of, text: str, water: str,  # type: ignore[no-untyped-def]
                                               near: str) -> None:
    found = places_of(text)
    w, town = found[water], found[near]
    assert w.geonameid is None and w.lat is not None and town.lat is not None
    assert haversine_km(w.lat, w.lon, town.lat, town.lon) < 161


def test_towns_named_like_waters_in_the_home_state_stay_towns(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Lake Crystal, Eagle Lake and Mankato, Minn., opened shelters.")
    assert found["Lake Crystal"].admin1 == "MN" and found["Lake Crystal"].geonameid is not None
    assert found["Eagle Lake"].admin1 == "MN"
