"""A county lies in the article's state (``stages/geo/counties.py``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.stages.geo.counties import (
    article_state,
    county_states,
    home_state,
    town_states,
)
from eventwire.stages.geo.gazetteer import Place, gazetteer
from eventwire.stages.geo.recognize import Mention


def _town(name: str, state: str) -> Place:
    return max((c for c in gazetteer().candidates(name) if c.admin1 == state
                and c.feature == "city"), key=lambda c: c.population)


def test_article_state_needs_a_majority_of_two() -> None:
    m = [Mention(0, 1, n, "ner", "GPE", []) for n in ("Douglas County", "Topeka", "Lawrence")]
    assert article_state(m, [None, _town("Topeka", "KS"), _town("Lawrence", "KS")], 0) == \
        ("USA", "KS")
    assert article_state(m, [None, _town("Topeka", "KS"), None], 0) is None
    assert article_state(m, [None, _town("Topeka", "KS"), _town("Lawrence", "MA")], 0) is None


def test_a_county_name_takes_the_articles_state() -> None:
    gaz = gazetteer()
    m = [Mention(0, 1, n, "ner", "GPE", gaz.candidates(n))
         for n in ("Douglas County", "Topeka", "Lawrence")]
    picks = [max(m[0].candidates, key=lambda c: c.population), _town("Topeka", "KS"),
             _town("Lawrence", "KS")]
    assert county_states(m, picks, [False] * 3)[0].admin1 == "KS"
    assert county_states(m, picks, [True, False, False]) == {}  # a stated hierarchy wins


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("The city of Lawrence will close its main street for the parade, and Douglas County "
     "deputies will help. Fans from Topeka are expected.", "Douglas County", "KS"),
    ("Washington County deputies arrested two men from Hagerstown after a chase that began "
     "in Frederick.", "Washington County", "MD"),
    ("Jefferson County schools in Louisville will open late, and buses from Shelbyville "
     "will not run.", "Jefferson County", "KY"),
])
def test_local_news_names_its_own_states_counties(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                                  admin1: str) -> None:
    assert places_of(text)[name].admin1 == admin1


# a town whose most populous namesake lies far from the article's state
@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("Wapakoneta and Sidney opened cooling centres, Shelby County said on Monday. Lima and "
     "Celina sent water trucks.", "Lima", "USA", "OH"),
    ("Wapakoneta and Sidney opened cooling centres, Shelby County said on Monday. Lima and "
     "Celina sent water trucks.", "Celina", "USA", "OH"),
    ("A boil-water notice covers Lebanon and Hanover until Thursday, Grafton County health "
     "officials said.", "Lebanon", "USA", "NH"),
    ("Huntsville and Madison will share a new water plant, Madison County said. Decatur and "
     "Athens have joined the talks.", "Athens", "USA", "AL"),
])
def test_a_far_namesake_gives_way_to_the_articles_state(
        places_of, text: str, name: str, country: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    found = places_of(text)[name]
    assert (found.country, found.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    # a country the article names keeps its places ("London ... Britain")
    ("Kentucky officials in Frankfort and Lexington met on Monday. The governor flew to "
     "London for trade talks with Britain.", "London", "GBR", "ENG"),
    # a namesake close to the article's places stays (Memphis beside north Mississippi)
    ("Storms hit Tupelo and Oxford on Sunday. Lee County crews cleared roads, and flights "
     "from Memphis were delayed.", "Memphis", "USA", "TN"),
    # famous names alone decide no state: no name picked in it, none found only there
    ("Fashion weeks in Paris, London, Milan and Berlin drew record crowds.", "Paris", "FRA",
     None),
])
def test_a_namesake_the_article_supports_stays(
        places_of, text: str, name: str, country: str, admin1: str | None) -> None:  # type: ignore[no-untyped-def]
    found = places_of(text)[name]
    assert found.country == country
    if admin1 is not None:
        assert found.admin1 == admin1


def test_home_state_needs_coverage_and_support() -> None:
    gaz = gazetteer()
    names = ("Huntsville", "Madison", "Madison County", "Decatur", "Athens")
    m = [Mention(0, 1, n, "ner", "GPE", gaz.candidates(n)) for n in names]
    al = [_town("Huntsville", "AL"), _town("Madison", "AL"), None, None, None]
    assert home_state(m, al) == ("USA", "AL")  # Tennessee and Texas hold all five too
    assert home_state(m, [None] * 5) is None  # a tie no pick breaks
    assert home_state(m[:2], al[:2]) is None  # fewer than three names


# a big namesake one state over, closer than FAR_KM but off the story's map (geo15)
@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Seymour and North Vernon closed their schools on Monday after the ice storm, Jackson "
     "County said, and buses from Columbus were sent to help.", "Columbus", "IN"),
    ("Jeffersonville and New Albany will share a new fire station, Clark County said on "
     "Monday, and Clarksville will pay a third of its cost.", "Clarksville", "IN"),
    ("Brown County deputies in Indiana said a cabin burned near Nashville overnight, and "
     "firefighters from Bloomington and Ellettsville helped.", "Nashville", "IN"),
])
def test_a_near_state_namesake_gives_way_to_the_home_town_among_its_places(
        places_of, text: str, name: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    assert places_of(text)[name].admin1 == admin1


def test_a_home_namesake_not_among_the_articles_places_leaves_the_pick() -> None:
    """Nashville, Indiana lies 42 km from Seymour: more than AMONG_KM, so a
    flight to Nashville stays Tennessee's."""
    gaz = gazetteer()
    names = ("Seymour", "North Vernon", "Jackson County", "Nashville")
    m = [Mention(0, 1, n, "ner", "GPE", gaz.candidates(n)) for n in names]
    picks = [_town("Seymour", "IN"), _town("North Vernon", "IN"),
             next(c for c in m[2].candidates if c.admin1 == "IN"), _town("Nashville", "TN")]
    assert town_states(m, picks, [False] * 4) == {}
    m[3] = Mention(0, 1, "Columbus", "ner", "GPE", gaz.candidates("Columbus"))
    picks[3] = _town("Columbus", "OH")
    assert town_states(m, picks, [False] * 4)[3].admin1 == "IN"
