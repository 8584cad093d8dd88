"""The place stage on sentences: recognition (NER, gazetteer scan,
organisations named after places, metonymy from the actor stage, demonyms),
resolution (hierarchy, context) and the event place with its basis."""

from __future__ import annotations

import pytest

from eventwire.eval.geo import haversine_km
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline


def test_cities_countries_and_divisions_carry_their_own_point(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Rebels shelled Mosul, and officials in Iraq, Britain and Illinois "
                      "said so.")
    mosul, iraq, illinois, uk = found["Mosul"], found["Iraq"], found["Illinois"], found["Britain"]
    assert (mosul.geonameid, mosul.precision) == (99072, "city")
    assert (iraq.geonameid, iraq.precision) == (99237, "country")
    assert (illinois.geonameid, illinois.precision) == (4896861, "admin1")
    # a country is not at its capital, a state not at a city
    assert haversine_km(uk.lat, uk.lon, 51.51, -0.13) > 161  # London
    assert haversine_km(uk.lat, uk.lon, 54.76, -2.70) < 161  # GeoNames' point
    assert haversine_km(illinois.lat, illinois.lon, 40.0, -89.25) < 161  # GeoNames' point


def test_hierarchy_picks_the_right_namesake_in_either_direction(places_of) -> None:  # type: ignore[no-untyped-def]
    assert places_of("Officials met in Paris, Texas.")["Paris"].admin1 == "TX"
    assert places_of("A tornado hit Springfield, Illinois, on Monday.")["Springfield"].admin1 \
        == "IL"
    paris = places_of("Police in Paris said protests spread across France.")["Paris"]
    assert paris.country == "FRA"


def test_metonymy_is_the_actor_stage_call_and_real_places_stay(places_of) -> None:  # type: ignore[no-untyped-def]
    gone = places_of("Washington threatened new sanctions on Friday.")
    assert "Washington" not in gone  # the government, not a place
    kept = places_of("Georgia's governor signed the bill. Fighting went on in Iran's south.")
    assert kept["Georgia"].precision == "admin1" or kept["Georgia"].precision == "country"
    assert kept["Iran"].country == "IRN"


def test_small_towns_organisations_and_demonyms(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Hogs were culled at a farm in Pandi, Bulacan on Sunday, the U.S. Centers "
                      "for Disease Control said. Iraqi officials agreed.")
    assert found["Pandi"].country == "PHL" and found["Bulacan"].country == "PHL"
    assert found["U.S."].precision == "country"  # the organisation's place
    assert "Iraqi" not in found  # a demonym is not a place


def test_event_place_basis() -> None:
    pipe = Pipeline(components=("eventwire_actors", "eventwire_places", "eventwire_events",
                                "eventwire_event_place"))
    text = ("Rebels attacked an army post in Mosul on Monday. Washington condemned the attack. "
            "Iraq's army later arrested two men.")
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    attacked = next(e for e in doc._.events if e.trigger.text == "attacked")
    assert attacked.place is not None and attacked.place.name == "Mosul"
    assert attacked.place.basis == "trigger"
    condemned = next((e for e in doc._.events if e.trigger.text == "condemned"), None)
    if condemned is not None:  # no place in its sentence: the article's country, flagged
        assert condemned.place is not None and condemned.place.basis == "focus"
        assert condemned.place.precision == "country" and condemned.place.country == "IRQ"
        assert condemned.place.confidence < attacked.place.confidence


def test_no_place_is_invented() -> None:
    pipe = Pipeline(components=("eventwire_actors", "eventwire_places", "eventwire_events",
                                "eventwire_event_place"))
    ((_, doc, _),) = list(pipe.docs([Article(text="The rebels attacked a convoy at dawn.")]))
    assert doc._.events and all(e.place is None for e in doc._.events)


def test_a_list_of_names_of_one_level_keeps_that_level(places_of) -> None:  # type: ignore[no-untyped-def]
    """resolve.list_levels: a list of countries or of one country's states;
    inside it "China, Japan" or "Iraq, Iran" states no hierarchy."""
    found = places_of("Officials asked Armenia, Azerbaijan, Georgia, Iraq, Iran, and Syria to "
                      "take care.")
    assert {found[n].precision for n in ("Georgia", "Iraq", "Iran")} == {"country"}
    assert found["Georgia"].country == "GEO" and found["Iraq"].country == "IRQ"
    found = places_of("Cases were reported in Mexico, China, Japan and Brazil.")
    assert (found["China"].precision, found["China"].country) == ("country", "CHN")
    found = places_of("Recalls reached stores in Nevada, Ohio, Oregon, Utah, Washington and "
                      "Wyoming.")
    assert found["Nevada"].precision == found["Washington"].precision == "admin1"
    assert found["Washington"].admin1 == "WA"
    found = places_of("Storms hit Alabama, Georgia and Florida overnight.")
    assert (found["Georgia"].precision, found["Georgia"].admin1) == ("admin1", "GA")


def test_a_state_named_like_its_city_counts_as_a_state_in_a_list(places_of) -> None:  # type: ignore[no-untyped-def]
    """resolve._own_level: "Oklahoma" (Oklahoma City lies in it) and "New
    York" name states in a list of states; "Oklahoma, Pennsylvania" inside
    the list is no hierarchy (a borough of Pennsylvania)."""
    found = places_of("The blight was found in Georgia, Oklahoma, Pennsylvania, Wisconsin and "
                      "California.")
    assert (found["Oklahoma"].precision, found["Oklahoma"].admin1) == ("admin1", "OK")
    found = places_of("The chain closed stores in Oklahoma, Kansas and Missouri.")
    assert found["Oklahoma"].precision == "admin1"
    found = places_of("Voters in New York, Texas and Ohio went to the polls.")
    assert (found["New York"].precision, found["New York"].admin1) == ("admin1", "NY")


@pytest.mark.parametrize(("text", "names"), [
    ("Exports of rice fell from China, Japan, and the Philippines last year.",
     ("China", "Japan", "Philippines")),
    ("Delegates from Iraq, Syria and the United Arab Emirates met in Geneva.",
     ("Iraq", "Syria", "United Arab Emirates")),
    ("Flights to Chad, Niger and the Central African Republic were cancelled.",
     ("Chad", "Niger", "Central African Republic")),
])
def test_a_list_keeps_its_level_across_an_article(places_of, text: str,  # type: ignore[no-untyped-def]
                                                  names: tuple[str, ...]) -> None:
    """component.list_groups: "and the Philippines" still ends the list, so
    "China, Japan" inside it states no hierarchy (China, not a Japanese town)."""
    found = places_of(text)
    assert all(found[n].precision == "country" for n in names)


def test_a_hierarchy_stated_with_in(places_of) -> None:  # type: ignore[no-untyped-def]
    """component.adjacency: "Austin, in Scott County, Indiana"."""
    found = places_of("The town of Austin, in Scott County, Indiana, was the centre of it.")
    assert found["Austin"].admin1 == "IN"
    found = places_of("Researchers from Paris, in Texas, joined the study.")
    assert found["Paris"].admin1 == "TX"


@pytest.mark.parametrize(("text", "first", "second", "placed"), [
    ("The tour ended in Victoria, the capital of the Seychelles, on Sunday.", "Victoria",
     "Seychelles", True),
    ("Floods cut off Gaya, a small town in southern Niger, last week.", "Gaya", "Niger", True),
    ("Ferries stopped at Kingston, a port city in eastern Ontario, because of ice.", "Kingston",
     "Ontario", True),
    ("Thousands marched in Cordoba, the second city of Argentina, on Friday.", "Cordoba",
     "Argentina", True),
    ("Trade talks opened in Cambridge, near Boston, on Friday.", "Cambridge", "Boston", False),
    ("A gunman opened fire in El Paso, a city on the border with Mexico.", "Paso", "Mexico",
     False),
    ("Prices rose in Lyon, a city of 500,000 in France.", "Lyon", "France", False),
])
def test_an_apposition_states_the_hierarchy(text: str, first: str, second: str,
                                            placed: bool) -> None:
    """component.apposed_in: ", the capital of", ", a town in southern" put
    the name before inside the name after; ", near", ", on the border with"
    and a number do not."""
    import spacy

    from eventwire.stages.geo.component import apposed_in

    doc = spacy.blank("en")(text)
    words = [t.text for t in doc]
    assert apposed_in(doc, words.index(first) + 1, words.index(second)) is placed


def test_an_apposition_places_a_namesake(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("The tour ended in Victoria, the capital of the Seychelles, on Sunday.")
    assert found["Victoria"].country == "SYC"


def test_a_stated_hierarchy_still_holds_beside_a_list(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Officials met in Atlanta, Georgia, and Birmingham, Alabama.")
    assert (found["Georgia"].precision, found["Georgia"].admin1) == ("admin1", "GA")
    assert found["Birmingham"].admin1 == "AL"
    assert places_of("The firm has offices in Paris, London and Berlin.")["Paris"].country \
        == "FRA"


def test_an_office_says_country_or_state(places_of) -> None:  # type: ignore[no-untyped-def]
    """component.office_cues: a national office or body makes the name a
    country, a state office a first-level division; the article's bare
    mentions of the name follow."""
    found = places_of("Zurab Zhvania, Prime Minister of Georgia, was found dead. Gas "
                      "poisoning is not unknown in Georgia.")
    assert found["Georgia"].precision == "country"  # the last (bare) mention follows
    assert places_of("Georgia's parliament approved the budget.")["Georgia"].country == "GEO"
    assert places_of("The president of Georgia spoke in Tbilisi.")["Georgia"].country == "GEO"
    assert places_of("Georgia's governor signed the bill.")["Georgia"].precision == "admin1"
    assert places_of("The legislature of Georgia adjourned.")["Georgia"].admin1 == "GA"
    assert places_of("Mexico's army arrested him near Monterrey.")["Mexico"].precision \
        == "country"


@pytest.mark.parametrize(("text", "names", "absent"), [
    ("FLOODS HIT MOZAMBIQUE AS RAINS SWAMP BEIRA AND QUELIMANE",
     ("MOZAMBIQUE", "BEIRA"), ("HIT", "RAINS", "AND")),
    ("POLICE KILL TWO IN NAIROBI SLUM CLASH", ("NAIROBI",), ("POLICE", "KILL")),
    ("DROUGHT GRIPS KENYA AND ETHIOPIA", ("KENYA", "ETHIOPIA"), ("DROUGHT",)),
])
def test_all_capital_headline(places_of, text: str, names: tuple[str, ...],  # type: ignore[no-untyped-def]
                              absent: tuple[str, ...]) -> None:
    """A headline in capitals: own names of countries, divisions and cities
    of 100k+ are places; "HIT" (Hit, Iraq) and "POLICE" (a Polish town) not."""
    found = places_of(text)
    assert all(n in found for n in names) and not any(n in found for n in absent)


@pytest.mark.parametrize(("text", "name"), [
    ("Floods hit Mozambique as rains swamp the coast.", "Mozambique"),
    ("The envoy said talks with Eritrea would resume soon.", "Eritrea"),
])
def test_untagged_country_name(places_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert places_of(text)[name].precision == "country"


@pytest.mark.parametrize("text", [
    "Floods were reported near Maradi in Niger.",
    "The convoy left for the north, and two soldiers died near Ayorou in Niger.",
    "By 2021 the herders had crossed into Niger.",
])
def test_a_country_the_model_tags_a_date_is_the_country(places_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """geo28: the small model tags "Niger" at a sentence's end DATE; a
    country's own name is never a date or a number."""
    found = places_of(text)
    assert found["Niger"].country == "NER" and found["Niger"].precision == "country"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Food prices doubled in neighbouring Burkina Faso after the harvest failed.",
     "Burkina Faso", "BFA"),
    ("Aid workers went into remote northern Mali in March.", "Mali", "MLI"),
    ("Clashes broke out in northern Mali and spread south.", "Mali", "MLI"),
])
def test_a_locative_over_adjectives_places_a_mistagged_name(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                                           country: str) -> None:
    """geo28: "in southern <name>" — the NER model tags the country a person
    or an organisation; the preposition still governs it over the adjective."""
    assert places_of(text)[name].country == country


@pytest.mark.parametrize(("text", "name"), [
    ("Defects were found in recent Toyota models sold abroad.", "Toyota"),
    ("Jobs were cut in several Nokia plants last year.", "Nokia"),
    ("The fault showed up in older Mercedes engines, the firm said.", "Mercedes"),
])
def test_adjectives_of_the_noun_a_name_qualifies_are_no_locative(places_of, text: str,  # type: ignore[no-untyped-def]
                                                                 name: str) -> None:
    """review43: "in recent <Name> models" — the adjective and the locative
    govern the noun the organisation's name qualifies, not the name."""
    assert name not in places_of(text)


@pytest.mark.parametrize(("text", "name", "division"), [
    ("The fair in Lima, Montana, was cancelled.", "Lima", "Montana"),
    ("A fire destroyed a barn in Moscow, Vermont.", "Moscow", "Vermont"),
    ("Cattle prices fell at the sale barn in Havana, North Dakota.", "Havana", "North Dakota"),
])
def test_a_stated_division_without_the_town_places_it(  # type: ignore[no-untyped-def]
        places_of, text: str, name: str, division: str) -> None:
    """resolve.stated_outside (geo30): the gazetteer holds no town of the
    name in the stated division, so the division's point, not a far
    namesake's."""
    found = places_of(text)
    assert found[name].geonameid == found[division].geonameid


def test_a_stated_country_or_a_fitting_town_is_left_alone(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Dancers from Hong Kong, China, and from Glasgow, Kentucky, won prizes.")
    assert found["Hong Kong"].country == "HKG" and found["Glasgow"].precision == "city"
    # Belfast, Prince Edward Island: a namesake in the division's own country stays
    assert places_of("Hunters gathered near Belfast, Ontario.")["Belfast"].precision == "city"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Thousands of refugees reached Dhaka, Assam and Tripura by boat.", "Dhaka", "BGD"),
    ("Delegates flew in from Lagos, Ontario and Bavaria for the summit.", "Lagos", "NGA"),
    ("The storm hit Manila, Queensland and Okinawa within a week.", "Manila", "PHL"),
])
def test_a_list_member_states_no_division(  # type: ignore[no-untyped-def]
        places_of, text: str, name: str, country: str) -> None:
    """review50: in a list of three names or more the comma after a town
    lists the next name; resolve.stated_outside leaves the town alone."""
    assert places_of(text)[name].country == country


def test_a_town_state_country_chain_is_no_list(places_of) -> None:  # type: ignore[no-untyped-def]
    """review50: "Lima, Montana, USA" chains a town, its state and that
    state's country; stated_outside still reads the town in the state."""
    found = places_of("The county fair in Lima, Montana, United States, was cancelled.")
    assert found["Lima"].geonameid == found["Montana"].geonameid
