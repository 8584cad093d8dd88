"""A compass part of a country or first-level division ("Northern Nigeria",
"Eastern Kenya", "Central Mexico") is that country or division; a name the
gazetteer knows whole ("North Korea", "West Virginia", "Western Cape") and a
compass part of a town ("North Shields") stay themselves (geo41,
``name_extent.compass_part``). Sentences written for these tests (none from
an evaluation set)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from eventwire.stages.geo.name_extent import compass_part, compass_words


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    ("Gunmen stormed a village in Northern Nigeria overnight, police said.",
     "Nigeria", "NGA", "country"),
    ("Drought deepens across Eastern Kenya as rains fail", "Kenya", "KEN", "country"),
    ("\"We have lost everything,\" a farmer in Central Mexico told reporters.",
     "Mexico", "MEX", "country"),
    ("Fires spread through Southern California on Sunday.", "California", "USA", "admin1"),
    ("Nurses in the province of Eastern Equateur reported new cases.",
     "Equateur", "COD", "admin1"),
    ("Shelling hit towns across South-Western Syria.", "Syria", "SYR", "country"),
])
def test_a_compass_part_is_its_country_or_division(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                                  country: str, precision: str) -> None:
    found = places_of(text)
    assert found[name].country == country
    assert found[name].precision == precision
    # the direction word is no place of its own (not Uganda's "Northern" region)
    assert not any(key.split("-")[0] in ("Northern", "Eastern", "Central", "Southern",
                                          "South", "Western") for key in found)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Aid convoys reached North Korea on Friday.", "North Korea", "PRK"),
    ("Voters in West Virginia went to the polls.", "West Virginia", "USA"),
    ("Western Cape officials declared a drought.", "Western Cape", "ZAF"),
    ("Police in North Shields arrested two men.", "North Shields", "GBR"),
])
def test_a_name_known_whole_stays_itself(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                         country: str) -> None:
    assert places_of(text)[name].country == country


@pytest.mark.parametrize("text", [
    "Surfers crowded the South Coast beaches all weekend.",
    "Growers in the West Valley lost their crops to frost.",
    "Smog alerts came from the South Coast Air District on Friday.",
])
def test_a_direction_before_a_feature_word_is_no_division(places_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = places_of(text)
    assert not any(p.country == "KEN" or key in ("Coast", "Valley") for key, p in found.items())


def _span(text: str, start: int, end: int) -> Span:
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, start, end, label="LOC")]
    return doc[start:end]


def test_compass_part_needs_a_country_or_division_after_the_direction() -> None:
    part = compass_part(_span("in Western Kenya today", 1, 3))
    assert part is not None and part[0].text == "Kenya"
    assert {p.feature for p in part[1]} <= {"country", "admin1"}
    # a town after the direction ("South Reading") and a direction alone stay unknown
    assert compass_part(_span("in South Reading today", 1, 3)) is None
    assert compass_part(_span("in the North today", 2, 3)) is None
    # a hyphen alone is no direction
    assert compass_part(_span("the - Kenya", 1, 3)) is None


def test_compass_words_are_those_left_of_a_mention_inside_the_entity() -> None:
    doc = _span("riots in North-Eastern Kenya and North Korea", 2, 6).doc
    doc.ents = [Span(doc, 2, 6, label="LOC"), Span(doc, 7, 9, label="GPE")]
    assert compass_words(doc, [5]) == {2, 3, 4}
    assert compass_words(doc, [7]) == set()  # a mention that starts the entity
