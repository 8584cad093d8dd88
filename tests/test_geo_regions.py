"""Named regions and waters (stages/geo/regions.py, issue 13): seas, gulfs,
straits, rivers, lakes, deserts, ranges and regions from the project's
curated list. Sentences written for these tests (none from an evaluation
set), several per class."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.regions import load_regions


def test_the_list_is_well_formed() -> None:
    regions = load_regions()
    assert 150 <= len(regions) <= 260
    assert len({r.ident for r in regions}) == len(regions)  # stable, distinct ids
    for r in regions:
        assert -90 <= r.lat <= 90 and -180 <= r.lon <= 180, r
        assert r.fclass in ("H", "L", "T") and r.fcode, r
        assert all(n[:1].isupper() for n in r.names), r  # matched case-sensitively
        assert all(n.lower() not in ("gulf", "sea", "strait", "river", "valley", "lake")
                   for n in r.names), r  # a generic head alone is never a name


@pytest.mark.parametrize(("text", "name", "precision"), [
    ("A tanker was attacked in the Gulf of Oman on Thursday.", "Gulf of Oman", "water"),
    ("Houthi forces fired missiles at ships in the Red Sea.", "Red Sea", "water"),
    ("Shipping through the Strait of Hormuz slowed after the seizure.", "Strait of Hormuz",
     "water"),
    ("Pirates boarded a cargo ship in Gulf of Aden waters.", "Gulf of Aden", "water"),
    ("The navy held drills in the South China Sea last week.", "South China Sea", "water"),
    ("A drone struck a vessel in the Black Sea near the coast.", "Black Sea", "water"),
    ("Migrants drowned when their boat capsized in the Mediterranean Sea.", "Mediterranean Sea",
     "water"),
    ("Fighting in Darfur displaced thousands of families.", "Darfur", "region"),
    ("Drought has spread across the Sahel this year.", "Sahel", "region"),
    ("Aid agencies warned of famine in the Horn of Africa.", "Horn of Africa", "region"),
    ("Shelling continued across the Donbas overnight.", "Donbas", "region"),
    ("Israeli troops were deployed to the Golan Heights.", "Golan Heights", "region"),
    ("Militants attacked a checkpoint in the Sinai Peninsula.", "Sinai Peninsula", "region"),
    ("Clashes broke out in Nagorno-Karabakh on Tuesday.", "Nagorno-Karabakh", "region"),
    # macro-regions news names (schema 13)
    ("Measles cases rose across West Africa this spring.", "West Africa", "region"),
    ("The heat wave moved from Western Europe toward Poland.", "Western Europe", "region"),
    ("Vaccination rates fell in the Americas, the agency said.", "Americas", "region"),
    ("Tourists returned to East Africa after the floods.", "East Africa", "region"),
])
def test_waters_and_regions_are_places(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                       precision: str) -> None:
    found = places_of(text)
    assert name in found, found
    assert found[name].precision == precision, found[name]


@pytest.mark.parametrize(("text", "name", "feature"), [
    # a division of the same name keeps it: the standard reading
    ("Protests spread across Punjab after the arrests.", "Punjab", "admin1"),
    ("Settlers in the West Bank clashed with villagers.", "West Bank", "admin1"),
    ("Separatists in Balochistan attacked a train.", "Balochistan", "admin1"),
])
def test_a_division_of_the_same_name_keeps_it(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                              feature: str) -> None:
    found = places_of(text)
    assert name in found and found[name].precision == feature, found


@pytest.mark.parametrize("text", [
    "The Black Sea Fleet moved two frigates out of port.",
    "Middle East Eye reported the talks had stalled.",
])
def test_a_region_inside_an_organisation_name_is_no_place(places_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = places_of(text)
    assert not {"Black Sea", "Middle East"} & set(found), found


@pytest.mark.parametrize("text", [
    "The gulf between the two parties widened.",
    "They walked along the river to the valley.",
])
def test_generic_words_alone_are_no_place(places_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not places_of(text)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Gunmen attacked a tanker in the Gulf of Aden on Monday.", "attacked", "Gulf of Aden"),
    ("Militias attacked a village in Darfur, Sudan, killing ten.", "attacked", "Darfur"),
])
def test_a_region_places_the_event(pipe: Pipeline, text: str, trigger: str, name: str) -> None:
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    event = next(e for e in events if e.mention.trigger.text == trigger)
    assert event.mention.place is not None and event.mention.place.text == name
