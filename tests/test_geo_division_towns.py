"""Class *a division the text names as such, read as a foreign town of its
name* (geo18): the town pick abroad is dropped and the division gets a
vicinity point in the article's country; a town of the article's own
country stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.eval.geo import haversine_km


@pytest.mark.parametrize(("text", "division", "country", "near"), [
    ("Herders in Taita district have lost half their cattle to drought, officials in Mombasa "
     "and Voi said, and Kenya's government promised water trucks.", "Taita", "KEN", "Voi"),
    ("Diamond diggers in Kono district went on strike on Monday; traders in Kenema and "
     "Freetown said Sierra Leone's mines were idle.", "Kono", "SLE", "Kenema"),
    ("Coffee farmers of the Dairi district say the rains failed; buyers in Sibolga and "
     "Pematangsiantar, Indonesia, raised prices.", "Dairi", "IDN", "Sibolga"),
])
def test_a_typed_division_is_not_a_town_abroad(places_of, text: str, division: str,  # type: ignore[no-untyped-def]
                                              country: str, near: str) -> None:
    found = places_of(text)
    d, town = found[division], found[near]
    assert d.geonameid is None and d.lat is not None and town.country == country
    assert haversine_km(d.lat, d.lon, town.lat, town.lon) < 400


def test_the_name_said_again_untyped_is_the_same_place(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Herders in Taita district have lost their cattle, officials in Mombasa "
                      "and Voi said. Kenya will send water to Taita next week.")
    assert found["Taita"].geonameid is None and found["Taita"].lat is not None


def test_a_typed_division_named_after_a_home_town_stays(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Schools in the district of Bo reopened on Monday, teachers in Kenema "
                      "and Freetown in Sierra Leone said.")
    assert found["Bo"].geonameid is not None and found["Bo"].country == "SLE"


def test_a_typed_name_without_a_main_country_keeps_its_pick(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Officials said Taita district had no rain this year.")
    assert found["Taita"].geonameid is not None


def test_a_typed_town_in_a_country_the_article_names_stays(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Officials in London and Manchester said British aid will reach the "
                      "Dairi district, where floods hit Ivory Coast last week.")
    assert found["Dairi"].geonameid is not None and found["Dairi"].country == "CIV"
