"""Class *a division that holds the article's other places, read as a
namesake abroad* (geo37, ``holding.holding_divisions``). Sentences written
for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "country"), [
    # India's Punjab, not Pakistan's more populous one
    ("Farmers blocked the highway between Ludhiana and Jalandhar on Monday, and police in "
     "Punjab said talks would resume.", "Punjab", "IND"),
    # Colombia's Amazonas department, not the Brazilian state
    ("Fires spread near Leticia and Puerto Nariño in Amazonas on Sunday.", "Amazonas", "COL"),
    # Cameroon's North-West region, not South Africa's province
    ("Separatists burned a school in Wum on Tuesday, and soldiers patrolled Nkambe in the "
     "North-West region.", "North-West", "CMR"),
])
def test_the_division_holding_the_other_places(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                               country: str) -> None:
    place = places_of(text)[name]
    assert place.country == country and place.precision == "admin1"


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    # the pick holds the other places itself
    ("Crews from Lahore and Multan were sent to flooded villages in Punjab on Friday.",
     "Punjab", "PAK", "admin1"),
    # a city in the division's own country stays the city
    ("Markets closed in Abu Ghraib and Mahmudiya, and traffic in Baghdad was light.",
     "Baghdad", "IRQ", "city"),
    # a country's name stays the country
    ("Refugees from Kharkiv and Sumy crossed into Poland, and Ukraine asked for more aid.",
     "Ukraine", "UKR", "country"),
])
def test_a_division_abroad_that_holds_nothing_is_not_forced(  # type: ignore[no-untyped-def]
        places_of, text: str, name: str, country: str, precision: str) -> None:
    place = places_of(text)[name]
    assert place.country == country and place.precision == precision
