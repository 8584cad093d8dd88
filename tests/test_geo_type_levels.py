"""The level a place-type word gives a name (``geo/type_levels.py``):
"Idlib province" is the division, "the town of Hebron" the town, "the second
city of Peru" a city in the country. Sentences written for these tests (none
from an evaluation set)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.stages.geo.gazetteer import gazetteer


@pytest.mark.parametrize(("text", "name", "precision", "country"), [
    ("The army moved into Idlib province overnight.", "Idlib", "admin1", "SYR"),
    ("Rebels seized the province of Kandahar last year.", "Kandahar", "admin1", "AFG"),
    ("Drones struck the Lviv region before dawn.", "Lviv", "admin1", "UKR"),
    ("Clinics closed across Hebei province after the outbreak.", "Hebei", "admin1", "CHN"),
    ("Voters in Panamá Province went to the polls.", "Panamá", "admin1", "PAN"),
    ("Settlers marched through the town of Hebron on Friday.", "Hebron", "city", "PSE"),
])
def test_a_type_word_says_the_level(places_of, text: str, name: str, precision: str,  # type: ignore[no-untyped-def]
                                    country: str) -> None:
    """type_levels.typed: "province", "region", "the town of" choose the
    candidates of that level; a division word ending an unknown span is
    trimmed ("Hebei province" -> Hebei)."""
    place = places_of(text)[name]
    assert place.precision == precision and place.country == country


@pytest.mark.parametrize(("text", "name"), [
    ("Thousands marched in Guadalajara, the second city of Mexico, on Sunday.", "Mexico"),
    ("Arequipa, the second city of Peru, was shaken by an earthquake.", "Peru"),
    ("Tripoli, the second city of Lebanon, saw clashes overnight.", "Lebanon"),
    ("Zarqa, the largest city of Jordan after Amman, ran short of water.", "Jordan"),
    ("Medellín, the second city of Colombia, elected a new mayor.", "Colombia"),
])
def test_a_ranked_type_word_names_a_place_inside(places_of, text: str,  # type: ignore[no-untyped-def]
                                                 name: str) -> None:
    """type_levels._partitive: "the second city of Peru" is a city IN Peru (the
    country), not "the city of Peru" (Peru, Indiana)."""
    assert places_of(text)[name].precision == "country"


@pytest.mark.parametrize(("text", "name"), [
    ("Dengue has now spread to 30 provinces of China, the ministry said.", "China"),
    ("Locusts swept through the northern regions of Mali last month.", "Mali"),
    ("Aid reached several provinces of Bolivia after the floods.", "Bolivia"),
    ("The new law applies in all regions of Niger from January.", "Niger"),
])
def test_a_plural_type_word_names_the_places_inside_one_name(  # type: ignore[no-untyped-def]
        places_of, text: str, name: str) -> None:
    """type_levels._partitive (geo30): "30 provinces of China" are provinces IN
    China, not a division named China (China, Nuevo León)."""
    assert places_of(text)[name].precision == "country"


def test_a_plural_type_word_before_a_list_still_types_each(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Rebels hold the districts of Kisumu and Siaya.")
    assert found["Kisumu"].precision == "admin1" and found["Kisumu"].country == "KEN"


def test_a_type_word_without_a_candidate_of_its_level_keeps_all() -> None:
    from eventwire.stages.geo.type_levels import typed

    doc = spacy.blank("en")("The Sahel region dried up .")
    cands = gazetteer().candidates("Sahel")
    assert typed(doc, 1, 2, cands) == cands
    doc = spacy.blank("en")("Idlib province")
    assert {c.feature for c in typed(doc, 0, 1, gazetteer().candidates("Idlib"))} == {"admin1"}
