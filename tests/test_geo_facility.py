"""Facility and feature names (stages/geo/facility.py, issue 13): a name
headed by a generic feature word resolves as a whole, else as the place its
modifier names, else not at all; a generic word alone never resolves.
Sentences written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest

# a generic word or the feature's own name must not become a place
NOT_PLACES = ["Fort", "Hood", "Camp", "Air", "Airport", "Base", "Lake", "Stanford",
              "Pendleton", "Campbell", "River", "University", "Station", "Hudson"]


@pytest.mark.parametrize("text", [
    "Troops at Fort Hood were placed on alert after the shooting.",
    "The soldier had been stationed at Fort Campbell before his deployment.",
    "Marines at Camp Pendleton began a live-fire exercise on Monday.",
    "Camp David talks resumed on Monday with both delegations present.",
    "Students at Stanford University walked out of class at noon.",
    "The body of a kayaker was recovered from the Hudson River overnight.",
    "Fishermen on the Mekong River reported the lowest water in decades.",
    "Airport workers went on strike over pay on Thursday.",
    "Lake officials warned swimmers about the algae.",
])
def test_a_generic_word_or_a_features_own_name_is_no_place(places_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = places_of(text)
    assert not set(found) & set(NOT_PLACES), found


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The jets took off from Incirlik Air Base in Turkey before dawn.", "Turkey", "TUR"),
    ("A fire broke out at the Los Angeles Convention Center on Sunday.", "Los Angeles", "USA"),
    ("A rocket landed near the Kabul airport late on Tuesday.", "Kabul", "AFG"),
    ("Flights were cancelled at the Baghdad airport after the strike.", "Baghdad", "IRQ"),
    ("The ship docked at Port Sudan with food aid.", "Port Sudan", "SDN"),
    ("Researchers at Boston University published the survey.", "Boston", "USA"),
])
def test_the_whole_name_or_the_modifier_place(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                              country: str) -> None:
    found = places_of(text)
    assert found[name].country == country
    assert "Air" not in found and "Airport" not in found


def test_the_whole_name_wins_over_its_generic_word(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Fort Worth and Fort Lauderdale both raised their water rates.")
    assert found["Fort Worth"].admin1 == "TX"
    assert found["Fort Lauderdale"].admin1 == "FL"


def test_the_facility_rules_in_isolation() -> None:
    import spacy

    from eventwire.stages.geo.facility import after_prefix, generic, head

    nlp = spacy.blank("en")
    doc = nlp("Incirlik Air Base and Fort Hood and the Ohio River")
    assert head(doc[0:3]) == "base" and head(doc[4:6]) == "fort" and head(doc[8:10]) == "river"
    assert generic(doc[1]) and generic(doc[4]) and not generic(doc[0])
    assert after_prefix(doc[5]) and not after_prefix(doc[0])


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Dublin and Hilliard will widen the road next spring.", "Dublin", "OH"),
    ("Hilliard and Dublin agreed to share a fire station.", "Dublin", "OH"),
])
def test_a_capital_listed_with_a_town_is_a_town(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                                admin1: str) -> None:
    """entity_places._beside_a_town and resolve.list_states: towns listed
    together lie together, and a capital's name beside a town is no
    government."""
    assert places_of(text)[name].admin1 == admin1


def test_list_states_needs_one_state() -> None:
    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.recognize import Mention
    from eventwire.stages.geo.resolve import list_states

    gaz = gazetteer()
    m = [Mention(0, 1, n, "ner", "GPE", gaz.candidates(n)) for n in ("Paris", "London")]
    assert list_states(m, [0, 0]) == {}  # several states hold both: nothing decided
    m = [Mention(0, 1, n, "ner", "GPE", gaz.candidates(n)) for n in ("Dublin", "Hilliard")]
    assert list_states(m, [0, 0]) == {0: ("USA", "OH"), 1: ("USA", "OH")}
    assert list_states(m, [0, 1]) == {}  # not one list


def test_list_states_far_readings_meet_in_one_state() -> None:
    """resolve._close_state: towns listed together whose readings lie far
    apart meet in the one state that holds them close and holds one of the
    readings."""
    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.recognize import Mention
    from eventwire.stages.geo.resolve import list_states, most_populous

    gaz = gazetteer()

    def run(*names: str) -> dict[int, tuple[str | None, str | None]]:
        m = [Mention(0, 1, n, "ner", "GPE", gaz.candidates(n)) for n in names]
        picks = [most_populous(x.candidates) for x in m]
        return list_states(m, [0] * len(m), picks)

    assert set(run("Utica", "Rome").values()) == {("USA", "NY")}
    assert set(run("Springfield", "Decatur").values()) == {("USA", "IL")}
    assert run("Athens", "Rome") == {}  # Maine holds both, neither reading is there
    assert run("Paris", "London") == {}
    assert run("Paris", "Versailles") == {}  # already close: nothing to decide


@pytest.mark.parametrize("text", [
    "Passengers flying from Paris, Toronto and Sydney were screened on arrival.",
    "Prices rose in Toronto, Dublin and Sydney last year.",
    "Shoppers in Dublin, Toronto and Sydney queued for the new phone.",
])
def test_listed_world_cities_are_not_one_states_namesakes(  # type: ignore[no-untyped-def]
        places_of, text: str) -> None:
    """resolve.list_states (geo30): without an anchor, the one state whose
    small towns carry every name of the list (Ohio: Toronto, Dublin, Sidney)
    must hold the members' own readings close, as ``_close_state`` asks."""
    found = places_of(text)
    assert found["Toronto"].country == "CAN" and found["Sydney"].country == "AUS"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Police in Utica and Rome arrested four men after a string of burglaries.", "Rome", "NY"),
    ("Crews from Springfield and Decatur helped restore power after the storm.", "Springfield",
     "IL"),
    ("Rome and Utica will share the cost of a new dispatch center.", "Rome", "NY"),
    ("Snow fell in Troy and Albany overnight, and schools opened late.", "Albany", "NY"),
])
def test_listed_towns_far_apart_move_together(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                              admin1: str) -> None:
    place = places_of(text)[name]
    assert place.admin1 == admin1 and place.precision == "city"


def test_listed_capitals_stay_capitals(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Ministers from Athens and Rome met to discuss migration.")
    assert found["Athens"].country == "GRC" and found["Rome"].country == "ITA"
    found = places_of("Flights between Paris and London were cancelled by the strike.")
    assert found["Paris"].country == "FRA" and found["London"].country == "GBR"


def test_a_list_of_states_is_no_list_of_towns(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Most of the illnesses were in Oklahoma and New Mexico, officials said.")
    assert found["Oklahoma"].precision == "admin1" and found["New Mexico"].precision == "admin1"
    found = places_of("Reporters in New York City and Florida received the letters.")
    assert found["Florida"].precision == "admin1"


# an airport by its short name and a lower-case "airport" (geo15): the airport, not a
# namesake town (Heathrow, Florida; La Guardia, Spain) nor nothing
@pytest.mark.parametrize(("text", "span", "lat", "lon"), [
    ("Flights at Heathrow airport were delayed on Monday by fog.", "Heathrow airport",
     51.47, -0.46),
    ("Snow closed LaGuardia airport and slowed traffic at Newark on Sunday.",
     "LaGuardia airport", 40.78, -73.87),
    ("Gatwick airport closed one runway after a drone was seen.", "Gatwick airport",
     51.15, -0.19),
    ("A flight from O'Hare airport to Denver turned back after a bird strike.",
     "O'Hare airport", 41.98, -87.91),
])
def test_an_airport_by_its_short_name(places_of, text: str, span: str,  # type: ignore[no-untyped-def]
                                      lat: float, lon: float) -> None:
    place = places_of(text)[span]
    assert abs(place.lat - lat) < 0.05 and abs(place.lon - lon) < 0.05


def test_a_city_airport_stays_the_city(places_of) -> None:  # type: ignore[no-untyped-def]
    """"the Kabul airport": no airport bears "Kabul Airport" (a place near it
    does), so the mention is the city, as before."""
    found = places_of("A rocket hit the Kabul airport on Sunday, officials said.")
    assert "Kabul" in found and "Kabul airport" not in found


def test_a_place_named_before_airport_keeps_its_place(places_of) -> None:  # type: ignore[no-untyped-def]
    """"Bali airport": Bali is an Indonesian province; an airport of that
    name in Cameroon must not take the mention."""
    found = places_of("Tourists were stranded at Bali airport after the volcano erupted.")
    assert "Bali airport" not in found and found["Bali"].lat < 0
