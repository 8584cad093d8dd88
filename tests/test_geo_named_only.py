"""``named_only``: toponyms that place no event (geo29). Each class with
sentences written for these tests; none of them reaches ``place_mentions``."""

from __future__ import annotations

import pytest

from eventwire.eval.geo import haversine_km
from eventwire.models import PlaceMention


@pytest.fixture(scope="module")
def split_of():  # type: ignore[no-untyped-def]
    """Text -> (place mentions, toponyms that place no event), by text."""
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(components=("eventwire_actors", "eventwire_places"))

    def run(text: str) -> tuple[dict[str, PlaceMention], dict[str, PlaceMention]]:
        ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
        return ({p.text: p for p in doc._.place_mentions},
                {p.text: p for p in doc._.toponym_mentions})
    return run


@pytest.mark.parametrize(("text", "demonym", "iso3"), [
    ("Ivorian troops crossed the river near Bouaké on Tuesday.", "Ivorian", "CIV"),
    ("Peruvian police cleared the road to Cusco after a week of protests.", "Peruvian", "PER"),
    ("A Norwegian trawler was towed into Tromsø with a damaged rudder.", "Norwegian", "NOR"),
])
def test_an_adjectival_demonym_is_its_country(split_of, text: str, demonym: str,  # type: ignore[no-untyped-def]
                                              iso3: str) -> None:
    places, only = split_of(text)
    assert demonym not in places
    assert only[demonym].country == iso3 and only[demonym].precision == "country"


@pytest.mark.parametrize("text", [
    "Thousands of Peruvians marched in Lima on Sunday.",
    "The Norwegians won the relay in Oslo.",
    "Hundreds of Ivorians returned to Abidjan by bus.",
])
def test_a_plural_people_noun_is_no_toponym(split_of, text: str) -> None:  # type: ignore[no-untyped-def]
    _places, only = split_of(text)
    assert not any(t.endswith("ns") for t in only), only


@pytest.mark.parametrize(("text", "capital", "lat", "lon"), [
    ("Moscow said on Friday that it would answer the new sanctions.", "Moscow", 55.75, 37.62),
    ("Beijing denied the report, and Manila summoned the envoy.", "Beijing", 39.9, 116.4),
    ("Paris warned that the talks could fail before the summer.", "Paris", 48.85, 2.35),
])
def test_a_capital_for_its_government_is_the_city(split_of, text: str, capital: str,  # type: ignore[no-untyped-def]
                                                  lat: float, lon: float) -> None:
    places, only = split_of(text)
    assert capital not in places
    assert haversine_km(only[capital].lat, only[capital].lon, lat, lon) < 50


@pytest.mark.parametrize(("text", "name"), [
    ("Crews repaired a broken pipe under Sycamore Street in Dayton, Ohio, on Monday.",
     "Sycamore Street"),
    ("A lorry overturned on Interstate 80 near Cheyenne, Wyoming, closing both lanes.",
     "Interstate 80"),
    ("Police closed Route 9 between Saratoga Springs and Glens Falls, New York.", "Route 9"),
])
def test_a_street_or_numbered_road_is_placed_near_its_town(split_of, text: str,  # type: ignore[no-untyped-def]
                                                           name: str) -> None:
    places, only = split_of(text)  # a toponym of eval geo, whichever list holds it
    road = {**places, **only}[name]
    town = next(p for p in places.values() if p.precision == "city")
    assert road.geonameid is None and road.lat is not None
    assert haversine_km(road.lat, road.lon, town.lat, town.lon) < 161


@pytest.mark.parametrize(("text", "name"), [
    ("Flights at Bradley International Airport in Windsor Locks, Connecticut, were delayed.",
     "Bradley International Airport"),
    ("Soldiers at Fort Drum near Watertown, New York, were sent to help.", "Fort Drum"),
    ("The boy was flown to Riverside Children's Hospital, 40 miles from Norfolk, Virginia.",
     "Riverside Children's Hospital"),
    ("Patients were moved from Mercy General Hospital in Sacramento, California, to Davis.",
     "Mercy General Hospital"),
])
def test_a_named_facility_is_a_toponym(split_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    places, only = split_of(text)  # a toponym of eval geo, whichever list holds it
    assert name in {**places, **only}


@pytest.mark.parametrize("text", [
    "The fund was worth $US 15 billion at the end of the year in Sydney.",
    "Costs rose to Route 66 million dollars, said no one in Tulsa.",
    "He left Fort Detrick. A spokesman said nothing more.",
])
def test_amounts_and_sentence_ends_are_no_road_or_facility(split_of, text: str) -> None:  # type: ignore[no-untyped-def]
    _places, only = split_of(text)
    assert not any("15" in t or "66" in t or t.endswith(". A") for t in only), only


def test_event_places_do_not_change(split_of) -> None:  # type: ignore[no-untyped-def]
    places, only = split_of("Israeli jets struck near Tyre, and Beirut said on Sunday it "
                            "would complain to the United Nations.")
    assert "Tyre" in places and "Israeli" in only and "Israeli" not in places


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("The Dubuque Police Department said a car hit the floodwall near the Mississippi.",
     "Dubuque", "IA"),
    ("Classes were cancelled by the Boise School District after the storm, officials in "
     "Meridian, Idaho, said.", "Boise", "ID"),
    ("The Cabell County Commission met in Huntington, West Virginia, on Monday.",
     "Cabell County", "WV"),
])
def test_a_place_opening_a_public_body_is_a_toponym(split_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                                    admin1: str) -> None:
    places, only = split_of(text)
    assert {**places, **only}[name].admin1 == admin1


@pytest.mark.parametrize("text", [
    "The Dallas Cowboys beat the Denver Broncos on Sunday in Arlington, Texas.",
    "Shares of Texas Instruments rose in New York.",
    "The Orlando Magic signed a guard from Spain.",
    "The Justice Department charged the Baltimore man on Friday.",
])
def test_a_team_or_firm_named_for_a_place_is_no_public_body(split_of, text: str) -> None:  # type: ignore[no-untyped-def]
    _places, only = split_of(text)
    assert not any(t in ("Dallas", "Denver", "Texas", "Orlando", "Justice") for t in only), only


@pytest.mark.parametrize(("text", "name"), [
    ("Thousands fled toward the Kelbani camp near the border with Chad.", "Kelbani"),
    ("Lorries waited for two days at the Ostrava Nord crossing into Poland.", "Ostrava Nord"),
    ("Shutters of the Marvelli dam were opened after rain in Kerala.", "Marvelli"),
])
def test_a_name_before_a_facility_noun_is_a_toponym(split_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    places, only = split_of(text)  # a toponym overlapping the name ("Ostrava" of "Ostrava Nord")
    start = text.index(name)
    assert any(p.start < start + len(name) and start < p.end
               for p in [*places.values(), *only.values()])


@pytest.mark.parametrize("text", [
    "The Biden camp said nothing about the poll in Ohio.",
    "Aides in the Sanders camp met in Des Moines.",
    "Police at the Syrian border checked cars near Kilis.",
])
def test_a_persons_camp_is_no_toponym(split_of, text: str) -> None:  # type: ignore[no-untyped-def]
    _places, only = split_of(text)
    assert not any(t in ("Biden", "Sanders", "Syrian border") for t in only), only


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("FLORENCE — Muscle Shoals, Sheffield and Tuscumbia will share a new water plant, "
     "Lauderdale County said.", "FLORENCE", "AL"),
    ("TROY, N.Y. — Rensselaer County closed two bridges after the storm.", "TROY", "NY"),
    ("ATHENS, Ga. — Clarke County schools reopened on Monday after the ice storm.",
     "ATHENS", "GA"),
])
def test_the_dateline_place_is_a_toponym(split_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                         admin1: str) -> None:
    places, only = split_of(text)
    assert {**places, **only}[name].admin1 == admin1


@pytest.mark.parametrize(("text", "name", "country"), [
    ("BRISBANE, Australia — Victoria said on Monday it would send firefighters to Cairns "
     "and Townsville.", "Victoria", "AUS"),
    ("PERTH, Australia — Canberra will fund the new port at Geraldton, and Broome and Albany "
     "will follow.", "Canberra", "AUS"),
    ("MACON, Ga. — Atlanta sent 40 trucks to Valdosta and Albany after the storm.",
     "Atlanta", "USA"),
])
def test_a_metonym_takes_the_articles_own_namesake(split_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                                   country: str) -> None:
    places, only = split_of(text)
    assert {**places, **only}[name].country == country


@pytest.mark.parametrize("text", [
    "Refugees crossing into Chad at Adre described the fighting.",
    "Migrants crossing into Texas near Eagle Pass were stopped.",
    "Herders Camp near the river at night, officials in Garissa said.",
])
def test_a_verb_after_a_word_is_no_facility(split_of, text: str) -> None:  # type: ignore[no-untyped-def]
    _places, only = split_of(text)
    assert not any(t in ("Refugees", "Migrants", "Herders") for t in only), only


@pytest.mark.parametrize(("text", "word"), [
    ("An Egyptian was arrested in Milan on Friday.", "Egyptian"),
    ("A Briton and an Australian were among the dead in Bali, police said.", "Australian"),
    ("The Kenyan who won the race in Boston thanked the crowd.", "Kenyan"),
    ("She answered the reporters in Arabic and then in French in Cairo.", "French"),
])
def test_a_demonym_naming_a_person_or_a_language_is_no_toponym(  # type: ignore[no-untyped-def]
        split_of, text: str, word: str) -> None:
    _places, only = split_of(text)
    assert word not in only, only


def test_a_predicative_demonym_is_still_its_country(split_of) -> None:  # type: ignore[no-untyped-def]
    _places, only = split_of("The tanker seized off Hormuz was Norwegian, its owners said.")
    assert only["Norwegian"].country == "NOR"


@pytest.mark.parametrize(("text", "name"), [
    ("Actor Nathan Lane said he would return to Broadway next spring.", "Nathan Lane"),
    ("Zebulon Pike explored the Arkansas River valley in 1806.", "Zebulon Pike"),
    ("Diane Lane and Grace Park attended the premiere in Toronto.", "Diane Lane"),
])
def test_a_persons_name_ending_in_a_street_word_is_no_street(  # type: ignore[no-untyped-def]
        split_of, text: str, name: str) -> None:
    _places, only = split_of(text)
    assert not any(name in t for t in only), only


@pytest.mark.parametrize(("text", "town"), [
    ("The Kansas City Chiefs signed a kicker, while Luton Town sacked their manager.", "Luton"),
    ("Derby County were relegated, and the Chicago Fire lost at home.", "Chicago"),
    ("The Chicago Fire beat Orlando City 2-1 at Soldier Field.", "Chicago"),
])
def test_a_club_named_for_its_town_is_no_public_body(split_of, text: str,  # type: ignore[no-untyped-def]
                                                     town: str) -> None:
    _places, only = split_of(text)
    assert town not in only and "Kansas" not in only, only


@pytest.mark.parametrize(("text", "town"), [
    ("The Luton Town Council voted to close two libraries on Monday.", "Luton"),
    ("The Chicago Fire Department sent 30 trucks to the warehouse blaze.", "Chicago"),
    ("The Flint Water Authority tested pipes in 40 homes in Genesee County, Michigan.",
     "Flint"),
])
def test_a_body_word_after_a_club_word_is_still_a_public_body(  # type: ignore[no-untyped-def]
        split_of, text: str, town: str) -> None:
    places, only = split_of(text)
    assert town in {**places, **only}


@pytest.mark.parametrize(("text", "inner", "name"), [
    ("A car overturned on U.S. 41 north of Marquette, Michigan, on Monday.", "U.S.", "U.S. 41"),
    ("Nurses at St. Joseph's Hospital in Tampa walked out on Thursday, and Hillsborough "
     "County deputies watched the picket.", "St. Joseph's", "St. Joseph's Hospital"),
    ("Volunteers at Alice Peck Day Memorial Hospital in Lebanon, New Hampshire, gave blood.",
     "Alice", "Alice Peck Day Memorial Hospital"),
])
def test_a_far_place_inside_a_longer_name_gives_way_to_it(  # type: ignore[no-untyped-def]
        split_of, text: str, inner: str, name: str) -> None:
    places, only = split_of(text)
    assert inner not in places, places
    town = next(p for p in places.values() if p.precision == "city")
    assert haversine_km(only[name].lat, only[name].lon, town.lat, town.lon) < 161


@pytest.mark.parametrize(("text", "inner"), [
    ("Traffic was slow on U.S. 41 on Friday after the snow.", "U.S."),
    ("Nurses at St. Mary's Hospital in Athens, Georgia, walked out.", "St. Mary"),
    ("Nurses at St. Mary's Hospital in Waycross, Georgia, walked out.", "St. Mary"),
])
def test_an_inner_place_the_article_supports_or_alone_is_kept(  # type: ignore[no-untyped-def]
        split_of, text: str, inner: str) -> None:
    places, _only = split_of(text)
    assert inner in places, places


@pytest.mark.parametrize(("text", "inner"), [
    ("A trooper of the Florida Highway Patrol stopped the car near Valdosta, Georgia.",
     "Florida"),
    ("Officers of the U.S. Park Police arrested two men near Arlington, Virginia.", "U.S."),
    ("The Ohio State Highway Patrol closed two lanes near Erie, Pennsylvania.", "Ohio"),
])
def test_an_organisation_named_after_a_road_is_no_road(  # type: ignore[no-untyped-def]
        split_of, text: str, inner: str) -> None:
    places, only = split_of(text)
    assert not any(t.endswith(("Highway", "Park")) for t in only), only
    assert inner in places, places


@pytest.mark.parametrize(("text", "owner"), [
    ("Flights at Moscow's Vnukovo International Airport were delayed, and passengers flew "
     "on to Minsk, Belarus.", "Moscow"),
    ("Patients at Hong Kong's Queen Mary Hospital were moved, health officials in Macau said.",
     "Hong Kong"),
    ("Crews at Chicago's Midway International Airport cleared snow as flights left for "
     "Toronto, Canada.", "Chicago"),
])
def test_the_place_owning_a_facility_stays_a_place(split_of, text: str,  # type: ignore[no-untyped-def]
                                                   owner: str) -> None:
    places, only = split_of(text)
    assert owner in places, places
    assert not any(t.startswith(owner) for t in only), only


@pytest.mark.parametrize(("text", "name"), [
    ("Anna Kowalski was taken to Suburban Hospital in Bethesda, Maryland.", "Suburban Hospital"),
    ("Maria Lopez was flown to Holy Cross Adventist Hospital in Silver Spring, Maryland.",
     "Holy Cross Adventist Hospital"),
    ("Jamal Reed died at Mercy Grove Adventist Hospital in Rockville, Maryland, on Sunday.",
     "Mercy Grove Adventist Hospital"),
])
def test_a_facility_the_model_tags_a_person_is_still_a_facility(  # type: ignore[no-untyped-def]
        split_of, text: str, name: str) -> None:
    places, only = split_of(text)
    assert name in {**places, **only}


@pytest.mark.parametrize(("text", "owner"), [
    ("Fire broke out at the Exxon refinery in Baytown, Texas, on Monday.", "Exxon"),
    ("Police raided the Hezbollah checkpoint on the road to Tyre.", "Hezbollah"),
    ("Gunmen attacked the Hamas checkpoint near Rafah on Friday.", "Hamas"),
])
def test_an_organisation_before_a_facility_noun_is_its_owner(  # type: ignore[no-untyped-def]
        split_of, text: str, owner: str) -> None:
    _places, only = split_of(text)
    assert owner not in only, only
