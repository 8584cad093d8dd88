"""Mistagged town names recognised by the article's own geography
(``stages/geo/neighbours.py``): sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "country", "state"), [
    # sentence-initial subjects (tagged PERSON or left untagged by the NER model)
    ("Heavy rain flooded roads across Mississippi on Sunday. Tupelo lost power for six hours.",
     "Tupelo", "USA", "MS"),
    ("Storms crossed Queensland overnight. Rockhampton was cut off by floodwater.",
     "Rockhampton", "AUS", None),
    ("Officials in Ukraine said drones hit a power station. Sumy was without heat on Monday.",
     "Sumy", "UKR", None),
    ("Heat warnings covered north Texas on Sunday. Denton opened a cooling centre downtown.",
     "Denton", "USA", "TX"),
    ("Heavy rain fell in Italy. Genoa closed its schools on Thursday.", "Genoa", "ITA", None),
    ("Protests spread in Pakistan. Quetta was shut by a strike on Friday.", "Quetta", "PAK",
     None),
    # later conjuncts and objects of motion verbs
    ("Volunteers from Brunswick and Topsham cleared trees, Maine officials said.",
     "Topsham", "USA", "ME"),
    ("Buses left Hue for Quang Ngai after the floods in Vietnam receded.", "Quang Ngai", "VNM",
     None),
    ("Drought spread through Kenya this year. Herders left Marsabit for Isiolo.", "Isiolo",
     "KEN", None),
    ("A blizzard moved across Kansas. Salina closed its schools, and Hays followed on Tuesday.",
     "Hays", "USA", "KS"),
    ("Storms hit Tasmania. Ferries stopped between Devonport and Burnie.", "Burnie", "AUS", None),
    # all-capital datelines the model takes for a person
    ("TUPELO, Miss. — The city council approved a new park on Tuesday.", "TUPELO", "USA", "MS"),
    ("HOUMA, La. — The parish council approved money for a new levee on Monday.", "HOUMA",
     "USA", "LA"),
    ("LAFAYETTE, La. — Schools reopened on Thursday after a week of floods.", "LAFAYETTE",
     "USA", "LA"),
])
def test_mistagged_towns_of_the_articles_geography(
        places_of, text: str, name: str, country: str,  # type: ignore[no-untyped-def]
        state: str | None) -> None:
    found = places_of(text)
    assert name in found, sorted(found)
    assert found[name].country == country
    if state is not None:
        assert found[name].admin1 == state


@pytest.mark.parametrize(("text", "name"), [
    # a person: a title before the name
    ("Governor Ann Selby visited Portland, Oregon, on Friday. Mr. Salem met her there.", "Salem"),
    ("Floods struck Alabama. Judge Florence ordered the county jail moved.", "Florence"),
    ("Rain fell across Ohio. Governor Dayton said the state was ready.", "Dayton"),
    # a person: a longer person name elsewhere ending in the same word
    ("Mark Eugene, a farmer near Medford, Oregon, lost his barn. Eugene said he would rebuild.",
     "Eugene"),
    ("Jim Tyler, a farmer in Smith County, Texas, lost his cattle. Tyler hopes to rebuild.",
     "Tyler"),
    ("Lee Austin, a teacher in Waco, Texas, lost her car. Austin drove a truck instead.",
     "Austin"),
    # a person: the subject of a verb of saying or writing, or coordinated with it
    ("Flooding hit towns across Alabama. Jackson said the state would send help.", "Jackson"),
    ("Storms crossed Texas on Monday. Tyler told reporters the barn was gone.", "Tyler"),
    ("Storms crossed Mississippi on Sunday. Madison and Jefferson wrote to the governor.",
     "Madison"),
])
def test_people_stay_out(places_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name not in places_of(text)


@pytest.mark.parametrize(("text", "name"), [
    # calendar words
    ("Floods hit towns across Alabama. May brought more rain to Mobile.", "May"),
    ("Crops failed across Kansas in August. July had been dry too.", "July"),
    # pieces of longer names, quoted titles
    ("Tourists in Dresden, Germany, crowded the Dresden Zoo on Sunday.", "Zoo"),
    ("Wildfires burned in Oregon. Eugene Water and Electric Board cut power to homes.",
     "Eugene"),
    ("Fires burned across Victoria, Australia. The \"Ballarat\" exhibition closed.", "Ballarat"),
])
def test_name_pieces_and_calendar_words_stay_out(  # type: ignore[no-untyped-def]
        places_of, text: str, name: str) -> None:
    assert name not in places_of(text)


@pytest.mark.parametrize(("text", "name", "country", "state"), [
    # a dateline the parser makes the subject of the first sentence's "said"
    ("HOUMA, La. — Shrimpers in Terrebonne Parish said on Monday that the season had been "
     "poor.", "HOUMA", "USA", "LA"),
    ("Darwin, Australia — Cyclone forecasters in the Northern Territory said the storm had "
     "weakened.", "Darwin", "AUS", None),
    ("Nelson, New Zealand — Orchard owners in the Tasman district said the frost had hit "
     "apples.", "Nelson", "NZL", None),
])
def test_a_dateline_before_said_is_a_place(
        places_of, text: str, name: str, country: str, state: str | None) -> None:  # type: ignore[no-untyped-def]
    found = places_of(text)
    assert name in found, sorted(found)
    assert found[name].country == country
    if state is not None:
        assert found[name].admin1 == state


@pytest.mark.parametrize(("text", "name"), [
    # a person opening a sentence without a place after it is no dateline
    ("Jackson — Jackson said on Monday that he would run for mayor.", "Jackson"),
    ("Nelson, a farmer near the river, said the frost had hit his apples.", "Nelson"),
    ("Darwin wrote that the finches of each island differed.", "Darwin"),
])
def test_a_speaker_is_no_dateline(places_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name not in places_of(text)


@pytest.mark.parametrize(("text", "names", "country"), [
    # a verb whose object is a place (geo37, ``place_object``)
    ("Rebel fighters stormed Goma on Sunday after a week of heavy shelling.", ["Goma"], "COD"),
    # and its coordinated object
    ("Artillery shelled Donetsk and Horlivka through the night, local officials said.",
     ["Donetsk", "Horlivka"], "UKR"),
    # a verb that acts on people too takes a big place
    ("The convoy left Mosul before dawn and reached Erbil by noon.", ["Erbil"], "IRQ"),
])
def test_the_place_a_verb_of_fleeing_or_striking_acts_on(  # type: ignore[no-untyped-def]
        places_of, text: str, names: list[str], country: str) -> None:
    found = places_of(text)
    for name in names:
        assert name in found, sorted(found)
        assert found[name].country == country and found[name].geonameid is not None


@pytest.mark.parametrize(("text", "name"), [
    # a title before the name
    ("A stray ball hit Judge Murcia during the charity match, organisers said.", "Murcia"),
    # a person's surname said in full elsewhere in the article
    ("Reporters reached Carla Mendoza by phone, and Mendoza said the deal was off.", "Mendoza"),
    # a verb acting on people too with a small town's name
    ("The boxer hit Gonzalez twice in the first round, and the referee stepped in.",
     "Gonzalez"),
])
def test_a_person_a_verb_acts_on_is_no_place(places_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name not in places_of(text)


@pytest.mark.parametrize(("text", "names", "country"), [
    # a town of two words the model tags a person is no surname of itself (geo37)
    ("CAMAGÜEY, Cuba — The grid failed again on Sunday. Holguín and Las Tunas were dark for "
     "ten hours, and Bayamo ran on generators.", ["Las Tunas"], "CUB"),
    ("CHIANG RAI, Thailand — Smoke from farm fires hung over the border on Sunday. Mae Sai "
     "and Chiang Saen were shrouded, and flights to Bangkok were delayed.",
     ["Mae Sai", "Chiang Saen"], "THA"),
    ("UDON THANI, Thailand — The haze eased on Monday. Nong Khai and Sakon Nakhon reopened "
     "schools, and Loei kept them shut.", ["Nong Khai", "Sakon Nakhon"], "THA"),
])
def test_a_two_word_town_tagged_a_person_is_no_surname_of_itself(  # type: ignore[no-untyped-def]
        places_of, text: str, names: list[str], country: str) -> None:
    found = places_of(text)
    for name in names:
        assert name in found, sorted(found)
        assert found[name].country == country
