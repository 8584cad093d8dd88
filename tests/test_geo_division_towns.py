"""Class *a division the text names as such, read as a foreign town of its
name* (geo18): the town pick abroad is dropped and the division gets a
vicinity point in the article's country; a town of the article's own
country stays. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.eval.geo import haversine_km
from eventwire.stages.geo.division_towns import foreign_division_towns
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention


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


# Direct tests of ``foreign_division_towns`` (lists19): hand-built mentions and
# picks over a blank tokenizer's Doc (made-up places), so the rule alone is
# tested, without the gazetteer or the ranker.
def _division_case(text: str, names: list[str], picks: list[tuple[str, str]]
                   ) -> tuple[Doc, list[Mention], list[Place | None]]:
    """One mention per name, in order (a name said twice is two mentions);
    the same name gets the same place id."""
    doc = spacy.blank("en")(text)
    words = [t.text for t in doc]
    mentions: list[Mention] = []
    places: list[Place | None] = []
    for name, (country, feature) in zip(names, picks, strict=True):
        i = words.index(name, mentions[-1].end if mentions else 0)
        mentions.append(Mention(i, i + 1, name, "ner", "GPE", []))
        places.append(Place(sum(map(ord, name)), name, 0.0, 0.0, country, None, 5000, feature))
    return doc, mentions, places


@pytest.mark.parametrize(("text", "names", "picks", "expected"), [
    # a typed division picked as a town abroad of the main country: dropped
    ("Farmers in Alto district fled to Bela and Cora .", ["Alto", "Bela", "Cora"],
     [("RWA", "city"), ("KEN", "city"), ("KEN", "city")], {0}),
    # the same town in the main country stays
    ("Farmers in Alto district fled to Bela and Cora .", ["Alto", "Bela", "Cora"],
     [("KEN", "city"), ("KEN", "city"), ("KEN", "city")], set()),
    # untyped: no type word, no drop
    ("Farmers in Alto fled to Bela and Cora .", ["Alto", "Bela", "Cora"],
     [("RWA", "city"), ("KEN", "city"), ("KEN", "city")], set()),
    # one other name only: no main country
    ("Farmers in the district of Alto fled to Bela .", ["Alto", "Bela"],
     [("RWA", "city"), ("KEN", "city")], set()),
    # another name lies in the pick's country: the story goes there
    ("Farmers in Alto district fled to Bela , Cora and Dara .", ["Alto", "Bela", "Cora", "Dara"],
     [("RWA", "city"), ("KEN", "city"), ("KEN", "city"), ("RWA", "country")], set()),
    # said again untyped, the same pick is dropped with it
    ("Farmers in Alto district fled to Bela and Cora ; Alto is dry .",
     ["Alto", "Bela", "Cora", "Alto"],
     [("RWA", "city"), ("KEN", "city"), ("KEN", "city"), ("RWA", "city")], {0, 3}),
])
def test_foreign_division_towns_direct(text: str, names: list[str],
                                       picks: list[tuple[str, str]], expected: set[int]) -> None:
    doc, mentions, places = _division_case(text, names, picks)
    assert foreign_division_towns(doc, mentions, places) == expected
