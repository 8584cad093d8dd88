"""Single words the gazetteer scan takes by their own name or by what
follows them (``eventwire/stages/geo/ownname.py``). Sentences written for
these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Guerrero provides a main route for drug smugglers.", "Guerrero", "MEX"),
    ("Sindh needs more relief, the minister said on Monday.", "Sindh", "PAK"),
    ("Voters in Jalisco chose a new governor.", "Jalisco", "MEX"),
])
def test_an_untagged_large_division_by_its_own_name(places_of, text: str,  # type: ignore[no-untyped-def]
                                                    name: str, country: str) -> None:
    assert places_of(text)[name].country == country


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Buffalo, New York in the United States may be an option.", "Buffalo", "NY"),
    ("Durham, North Carolina is growing fast.", "Durham", "NC"),
    ("Reno, Nevada saw record heat in July.", "Reno", "NV"),
])
def test_a_town_before_a_multiword_division(places_of, text: str,  # type: ignore[no-untyped-def]
                                            name: str, state: str) -> None:
    found = places_of(text)
    assert found[name].country == "USA" and found[name].admin1 == state


@pytest.mark.parametrize(("text", "gone"), [
    ("Central Bank officials met on Monday.", "Central"),
    ("Western powers accused the government of delays.", "Western"),
    ("Northern Rock shares fell sharply.", "Northern"),
])
def test_ordinary_words_are_no_divisions(places_of, text: str,  # type: ignore[no-untyped-def]
                                         gone: str) -> None:
    assert gone not in places_of(text)


@pytest.mark.parametrize(("text", "gone"), [
    ("Ankara summoned the Swedish ambassador after the protest.", "Ankara"),
    ("Kyiv asked its partners for more air defence systems.", "Kyiv"),
])
def test_a_capitals_namesake_division_is_no_rescue_for_a_metonym(  # type: ignore[no-untyped-def]
        places_of, text: str, gone: str) -> None:
    assert gone not in places_of(text)
