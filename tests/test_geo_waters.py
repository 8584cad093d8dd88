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


@pytest.mark.parametrize(("text", "sea"), [
    ("Warm water in the tropical Pacific region drives the monsoon over India and Australia.",
     "Pacific"),
    ("Geese that winter along the Atlantic coast reach Maine and Quebec in March.", "Atlantic"),
    ("Fishing fleets from Peru and Chile cross the Pacific every year.", "Pacific"),
])
def test_an_ocean_by_its_short_name_after_the(places_of, text: str, sea: str) -> None:  # type: ignore[no-untyped-def]
    p = places_of(text)[sea]
    assert p.name == f"{sea} Ocean" and p.country is None


@pytest.mark.parametrize(("text", "name"), [
    ("Police in Pacific, Missouri, closed the bridge over the Meramec on Friday.", "Pacific"),
    ("He grew up in Atlantic, Iowa, and moved to Des Moines in 1990.", "Atlantic"),
])
def test_a_town_named_like_an_ocean_without_the_stays_a_town(places_of, text: str,  # type: ignore[no-untyped-def]
                                                             name: str) -> None:
    p = places_of(text)[name]
    assert p.country == "USA"



@pytest.mark.parametrize("text", ["Riots spread in the Pacific territory on Tuesday .",
                                  "Aid reached the Pacific islands by ship .",
                                  "Crowds filled the Pacific Northwest towns ."])
def test_a_place_in_the_sea_or_a_longer_name_keeps_every_candidate(text: str) -> None:
    import spacy

    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.waters import sea_by_short_name

    doc = spacy.blank("en")(text)
    start = next(t.i for t in doc if t.text == "Pacific")
    cands = gazetteer().candidates("Pacific")
    assert sea_by_short_name(doc, start, start + 1, cands) == cands
    whole = spacy.blank("en")("Storms crossed the Pacific .")
    assert [c.name for c in sea_by_short_name(whole, 3, 4, cands)] == ["Pacific Ocean"]
