"""Mistagged town names recognised by the article's own geography
(``stages/geo/neighbours.py``): sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "country", "state"), [
    # sentence-initial subjects
    ("Heavy rain flooded roads across Mississippi on Sunday. Tupelo lost power for six hours.",
     "Tupelo", "USA", "MS"),
    ("Storms crossed Queensland overnight. Rockhampton was cut off by floodwater.",
     "Rockhampton", "AUS", None),
    ("Officials in Ukraine said drones hit a power station. Sumy was without heat on Monday.",
     "Sumy", "UKR", None),
    # later conjuncts and objects of motion verbs
    ("Volunteers from Brunswick and Topsham cleared trees, Maine officials said.",
     "Topsham", "USA", "ME"),
    ("Buses left Hue for Quang Ngai after the floods in Vietnam receded.", "Quang Ngai", "VNM",
     None),
    # all-capital datelines
    ("TUPELO, Miss. — The city council approved a new park on Tuesday.", "TUPELO", "USA", "MS"),
])
def test_mistagged_towns_of_the_articles_geography(
        places_of, text: str, name: str, country: str,  # type: ignore[no-untyped-def]
        state: str | None) -> None:
    found = places_of(text)
    assert name in found, sorted(found)
    assert found[name].country == country
    if state is not None:
        assert found[name].admin1 == state


@pytest.mark.parametrize(("text", "name"), [
    # a person: title, longer name elsewhere, a verb of saying
    ("Governor Ann Selby visited Portland, Oregon, on Friday. Mr. Salem met her there.", "Salem"),
    ("Mark Eugene, a farmer near Medford, Oregon, lost his barn. Eugene said he would rebuild.",
     "Eugene"),
    ("Flooding hit towns across Alabama. Jackson said the state would send help.", "Jackson"),
    # calendar words, pieces of longer names, acronyms
    ("Floods hit towns across Alabama. May brought more rain to Mobile.", "May"),
    ("Tourists in Dresden, Germany, crowded the Dresden Zoo on Sunday.", "Zoo"),
])
def test_people_and_name_pieces_stay_out(places_of, text: str,  # type: ignore[no-untyped-def]
                                         name: str) -> None:
    assert name not in places_of(text)
