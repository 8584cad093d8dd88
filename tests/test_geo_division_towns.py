"""Class *a division the text names as such, read as a foreign town of its
name* (geo18): the town pick abroad is dropped and the division gets a
vicinity point in the article's country; a town of the article's own
country stays. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.eval.geo import haversine_km
from eventwire.stages.geo.division_towns import foreign_division_towns, foreign_small_towns
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


# Class *a small foreign namesake for a local name* (geo28): hand-built
# mentions and picks (made-up places), the rule alone, over a blank Doc of
# made-up words (no demonym in the sentence).
_DOC = spacy.blank("en")("Alpha beta gamma delta epsilon zeta .")
for _tok in _DOC:
    _tok.is_sent_start = _tok.i == 0
def _small_case(names: list[str], picks: list[tuple[str, str, int]]
                ) -> tuple[list[Mention], list[Place | None]]:
    mentions = [Mention(i, i + 1, name, "ner", "GPE", []) for i, name in enumerate(names)]
    places: list[Place | None] = [
        Place(sum(map(ord, name)), name, 0.0, 0.0, country, None, people, feature)
        for name, (country, feature, people) in zip(names, picks, strict=True)]
    return mentions, places


@pytest.mark.parametrize(("names", "picks", "groups", "expected"), [
    # "a sushi bar in Pavilly" in a London story: a hamlet abroad, dropped
    (["Londo", "Kensa", "Pavilly"],
     [("GBR", "city", 8_000_000), ("GBR", "city", 20_000), ("AUS", "city", 2_000)],
     [0, 1, 2], {2}),
    # "Sobu, Migra, Homra and Kisa" (a Kenyan list) read Sobu in Fiji: the list
    # stays in the main country, so the far pick goes
    (["Sobu", "Migra", "Homra", "Kisa"],
     [("FJI", "city", 70_000), ("KEN", "city", 30_000), ("KEN", "city", 40_000),
      ("KEN", "city", 50_000)], [0, 0, 0, 0], {0}),
    # said twice, dropped twice
    (["Kalo", "Swato", "Mingo", "Kalo"],
     [("IND", "city", 25_000), ("PAK", "admin2", 0), ("PAK", "city", 300_000),
      ("IND", "city", 25_000)], [0, 1, 2, 3], {0, 3}),
])
def test_a_small_foreign_namesake_is_dropped(names: list[str], picks: list[tuple[str, str, int]],
                                             groups: list[int], expected: set[int]) -> None:
    mentions, places = _small_case(names, picks)
    assert foreign_small_towns(_DOC, mentions, places, groups, set()) == expected


@pytest.mark.parametrize(("names", "picks", "groups"), [
    # a big town abroad stays ("flew on to Lyonne")
    (["Londo", "Kensa", "Lyonne"],
     [("GBR", "city", 8_000_000), ("GBR", "city", 20_000), ("FRA", "city", 500_000)],
     [0, 1, 2]),
    # a list that spans countries ("the Zairo, Bundo, Ivoria and Sudo strains")
    (["Manilo", "Cebo", "Zairo", "Bundo", "Ivoria"],
     [("PHL", "city", 1_000_000), ("PHL", "city", 900_000), ("COD", "country", 0),
      ("UGA", "city", 20_000), ("CIV", "country", 0)], [0, 1, 2, 2, 2]),
    # another name lies in the town's country: the story goes there
    (["Londo", "Kensa", "Pavilly", "Austra"],
     [("GBR", "city", 8_000_000), ("GBR", "city", 20_000), ("AUS", "city", 2_000),
      ("AUS", "country", 0)], [0, 1, 2, 3]),
    # no main country named twice
    (["Londo", "Pavilly"], [("GBR", "city", 8_000_000), ("AUS", "city", 2_000)], [0, 1]),
])
def test_a_town_abroad_that_the_story_reaches_stays(names: list[str],
                                                    picks: list[tuple[str, str, int]],
                                                    groups: list[int]) -> None:
    mentions, places = _small_case(names, picks)
    assert foreign_small_towns(_DOC, mentions, places, groups, set()) == set()


def test_a_town_in_a_country_the_article_says_otherwise_stays() -> None:
    """"Nigerien troops patrolled around Dafo" (a demonym), "fighting near
    Tilla in Nigra" with Nigra read as a division of the main country."""
    mentions, places = _small_case(["Maido", "Kano", "Dafo"],
                                   [("NGA", "city", 800_000), ("NGA", "city", 3_000_000),
                                    ("NER", "city", 40_000)])
    assert foreign_small_towns(_DOC, mentions, places, [0, 1, 2], {"NER"}) == set()
    mentions, places = _small_case(["Maido", "Kano", "Tilla", "Nigra"],
                                   [("NGA", "city", 800_000), ("NGA", "city", 3_000_000),
                                    ("NER", "city", 40_000), ("NGA", "admin1", 0)])
    mentions[3].candidates = [Place(1, "Nigra", 0.0, 0.0, "NER", None, 0, "country")]
    assert foreign_small_towns(_DOC, mentions, places, [0, 1, 2, 3], set()) == set()
