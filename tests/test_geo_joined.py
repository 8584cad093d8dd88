"""A place name the NER model cuts into two mentions is joined when the
gazetteer holds the whole (``stages/geo/joined.py``). Sentences written for
these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.stages.geo.joined import fold


@pytest.mark.parametrize(("text", "whole"), [
    ("Aid convoys left Senegal, Gambia, Guinea-Bissau and Sierra Leone on Monday.",
     "Guinea-Bissau"),
    ("Measles spread across Zambia, Malawi and the Democratic Republic of the Congo this "
     "spring.", "Democratic Republic of the Congo"),
    ("The ministry sent vaccines to Uganda, Rwanda, and Democratic Republic of the Congo.",
     "Democratic Republic of the Congo"),
    ("Doctors flew to Goz Beida after the rains.", "Goz Beida"),
])
def test_a_cut_name_is_one_place(places_of, text: str, whole: str) -> None:  # type: ignore[no-untyped-def]
    found = places_of(text)
    assert whole in found and found[whole].geonameid is not None
    halves = {"Guinea-Bissau": ("Guinea", "Bissau"), "Goz Beida": ("Goz", "Beida")}.get(
        whole, ("Democratic Republic", "Congo"))
    assert not any(h in found for h in halves)


def test_a_comma_or_and_never_joins(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Floods reached Niger and Nigeria, and aid flew to Paris, Texas.")
    assert {"Niger", "Nigeria", "Paris", "Texas"} <= set(found)


def test_names_compare_without_case_and_accents() -> None:
    assert fold("Goz Béïda") == fold("goz beida")
    assert fold("Foz do Iguaçu") == "foz do iguacu"



def test_the_joined_name_keeps_every_candidate(places_of) -> None:  # type: ignore[no-untyped-def]
    # "Tuxtla Gutiérrez" is the municipality's own name and the city's
    # alternate one: both stay candidates, as for the name found whole
    whole = places_of("Aftershocks were felt in Tuxtla Gutiérrez and in Oaxaca on Friday.")
    cut = places_of("Rescue teams flew from Tuxtla Gutiérrez, the state capital, to the coast.")
    assert "Tuxtla Gutiérrez" in cut
    assert cut["Tuxtla Gutiérrez"].geonameid == whole["Tuxtla Gutiérrez"].geonameid
