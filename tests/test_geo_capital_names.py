"""Class *a capital named like a division that does not hold it* (place41):
Washington, Buenos Aires and Maputo read as the capital, not Washington
State, Buenos Aires Province or Maputo Province, in the body and in a
dateline; the division stays where the text says it means the division.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.capital_names import dateline_city, national_capital
from eventwire.stages.geo.gazetteer import gazetteer

# the capitals' own GeoNames points, and the divisions'
CAPITALS = {"Washington": (38.9, -77.0), "Buenos Aires": (-34.6, -58.4),
            "Maputo": (-25.97, 32.58)}


def _at(p: Any, point: tuple[float, float]) -> bool:
    return p is not None and p.lat is not None and abs(p.lat - point[0]) < 0.2 \
        and abs(p.lon - point[1]) < 0.2


@pytest.mark.parametrize(("text", "name"), [
    ("Sudanese envoys will resume talks in Washington next week, mediators said.",
     "Washington"),
    ("Thousands of retirees marched through Buenos Aires on Wednesday to demand higher "
     "pensions.", "Buenos Aires"),
    ("Hundreds of street vendors clashed with municipal police in Maputo on Monday.",
     "Maputo"),
    ("The Lesotho delegation flew home from Maputo after the summit, while Kenya's envoy "
     "stayed on in Washington.", "Washington"),
])
def test_a_bare_capital_name_is_the_capital(places_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    p = places_of(text)[name]
    assert p.precision == "city" and _at(p, CAPITALS[name])


@pytest.mark.parametrize(("text", "name", "precision"), [
    # the text says it means the division: a division word, a stated hierarchy,
    # a list of divisions, "the province of"
    ("Wildfires forced 300 families from their homes in Washington state on Sunday.",
     "Washington", "admin1"),
    ("Police in the province of Buenos Aires arrested 12 people on Monday.",
     "Buenos Aires", "admin1"),
    ("Floods cut the main road in Maputo province, officials in Matola said.",
     "Maputo province", "admin1"),
    ("Voters in Washington and Oregon backed the measure on Tuesday.", "Washington",
     "admin1"),
    ("Governors of Oregon, Idaho, Washington and Montana met on Monday.", "Washington",
     "admin1"),
])
def test_the_division_stays_where_the_text_says_so(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                                   precision: str) -> None:
    assert places_of(text)[name].precision == precision


def test_a_stated_town_keeps_its_state(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Two men were arrested in Yakima, Washington, after the fire.")
    assert found["Washington"].precision == "admin1"
    assert found["Yakima"].country == "USA"


def test_a_capital_held_by_its_namesake_is_left_to_the_ranker() -> None:
    # Baghdad the province holds Baghdad the city: not this class
    cands = gazetteer().candidates("Baghdad")
    cap = national_capital(cands, "IRQ")
    assert cap is not None and cap.feature == "city"
    division = next(c for c in cands if c.feature == "admin1")
    assert division.geonameid in (cap.admin1_id, cap.admin2_id)


def test_dateline_city_reads_the_whole_name() -> None:
    city = dateline_city("PORT OF SPAIN", None)
    assert city is not None and city.country == "TTO" and city.feature == "city"
    assert dateline_city("WASHINGTON", "USA") is not None
    assert dateline_city("NOWHERE LAND", None) is None


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


def _places(pipe: Pipeline, text: str) -> dict[str, Any]:
    art = Article(text=text, id="t", published=date(2025, 3, 6), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    return {e.mention.trigger.text: e.mention.place for e in events}


@pytest.mark.parametrize(("text", "trigger", "point"), [
    ("WASHINGTON, March 5 (Reuters) - U.S. Capitol Police arrested 14 protesters on "
     "Wednesday, the agency said.", "arrested", CAPITALS["Washington"]),
    ("BUENOS AIRES, March 5 (Reuters) - Argentine riot police fired tear gas at pensioners "
     "on Wednesday.", "fired", CAPITALS["Buenos Aires"]),
    ("MAPUTO, March 5 (Reuters) - Mozambican police detained 40 opposition supporters on "
     "Wednesday.", "detained", CAPITALS["Maputo"]),
    ("PORT OF SPAIN, March 5 (Reuters) - Trinidad police arrested 20 gang members on "
     "Wednesday.", "arrested", (10.67, -61.52)),
])
def test_a_dateline_names_its_city(pipe: Pipeline, text: str, trigger: str,
                                   point: tuple[float, float]) -> None:
    got = _places(pipe, text)[trigger]
    assert got is not None and got.basis == "dateline" and got.precision == "city"
    assert _at(got, point)


def test_a_city_dateline_is_kept(pipe: Pipeline) -> None:
    got = _places(pipe, "LIMA, March 5 (Reuters) - Peruvian police detained 30 miners on "
                        "Wednesday.")["detained"]
    assert got is not None and got.basis == "dateline" and _at(got, (-12.04, -77.03))


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # a capital owning a noun of will names its government, no scene
    ("Rwandan troops have been deployed in Cabo Delgado since 2021 at Maputo's request, the "
     "army said.", "deployed", "Cabo Delgado"),
    ("Kenyan police officers were deployed to Haiti at Washington's urging last year.",
     "deployed", "Haiti"),
    ("Polish engineers were sent to Lviv at Kyiv's invitation to repair the bridges.",
     "sent", "Lviv"),
])
def test_a_capital_owning_a_will_noun_is_no_scene(pipe: Pipeline, text: str, trigger: str,
                                                 want: str) -> None:
    got = _places(pipe, text)[trigger]
    assert got is not None and got.text == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # near misses: a capital owning or modifying a scene noun still places the act
    ("Gunmen opened fire at a Maputo nightclub on Saturday, police said.", "opened", "Maputo"),
    ("Protesters threw stones at Buenos Aires's main courthouse on Friday.", "threw",
     "Buenos Aires"),
])
def test_a_capital_owning_a_scene_noun_places_the_act(pipe: Pipeline, text: str,
                                                      trigger: str, want: str) -> None:
    got = _places(pipe, text)[trigger]
    assert got is not None and got.text == want and got.precision == "city"


def test_the_gazetteer_pairs_the_class_covers() -> None:
    from tools.capital_namesakes import namesakes
    outranked = {cap.name for cap, d in namesakes() if d.population > cap.population}
    assert {"Washington", "Buenos Aires", "Maputo"} <= outranked
