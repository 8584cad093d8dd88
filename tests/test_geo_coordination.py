"""Coordinated place names the small NER model loses
(``eventwire/stages/geo/coordination.py``): one entity holding a list of
places, and two towns coordinated in a state the article names. Sentences
written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.stages.geo.coordination import home_divisions, split_list
from eventwire.stages.geo.gazetteer import gazetteer

NLP = spacy.blank("en")


def _span(text: str, start: int, end: int):  # type: ignore[no-untyped-def]
    return NLP(text)[start:end]


@pytest.mark.parametrize(("text", "start", "end", "label", "parts"), [
    ("Shelling hit Kharkiv and Odesa overnight.", 2, 5, "WORK_OF_ART", ["Kharkiv", "Odesa"]),
    ("The road between Karachi and Hyderabad was cut.", 3, 6, "ORG", ["Karachi", "Hyderabad"]),
    ("Buses ran from Leeds, Bradford and Wakefield.", 3, 8, "ORG",
     ["Leeds", "Bradford", "Wakefield"]),
    ("Flights to Lima & Cusco resumed.", 2, 5, "PRODUCT", ["Lima", "Cusco"]),
])
def test_a_list_entity_splits_into_places(text: str, start: int, end: int, label: str,
                                          parts: list[str]) -> None:
    assert [p.text for p, _ in split_list(_span(text, start, end), label)] == parts


@pytest.mark.parametrize(("text", "start", "end", "label"), [
    ("Shares of Marks and Spencer fell.", 2, 5, "ORG"),        # not towns of 10,000+
    ("He joined Procter and Gamble in May.", 2, 5, "ORG"),
    ("Trinidad and Tobago won the match.", 0, 3, "GPE"),       # one country
    ("Odesa and Smith signed the lease.", 0, 3, "PERSON"),     # a person tag never splits
    ("Russian and Ukrainian troops moved.", 0, 3, "NORP"),     # demonyms are no places
    ("Kharkiv was quiet.", 0, 1, "GPE"),                       # no list
])
def test_other_lists_stay_whole(text: str, start: int, end: int, label: str) -> None:
    assert split_list(_span(text, start, end), label) == []


def test_home_divisions_come_from_counties_divisions_and_rare_towns() -> None:
    gaz = gazetteer()
    kennebec = {p.admin1_id for p in gaz.candidates("Kennebec County")}
    assert kennebec <= home_divisions([gaz.candidates("Kennebec County")])
    # a town name found in many states says nothing about the article's state
    assert home_divisions([[p for p in gaz.candidates("Springfield") if p.feature == "city"]]) \
        == set()


@pytest.mark.parametrize(("text", "names", "state"), [
    ("Hallowell and Gardiner want the same meters, Kennebec County officials said.",
     ("Hallowell", "Gardiner"), "ME"),
    ("Florence and Muscle Shoals will build a bike path, Lauderdale County engineers said.",
     ("Florence", "Muscle Shoals"), "AL"),
    ("Auburn and Opelika schools open late this year, Lee County officials said.",
     ("Auburn", "Opelika"), "AL"),
    ("Ulster County health officials said New Paltz and Saugerties were not affected.",
     ("New Paltz", "Saugerties"), "NY"),
])
def test_two_towns_of_the_articles_state(places_of, text: str,  # type: ignore[no-untyped-def]
                                         names: tuple[str, str], state: str) -> None:
    found = places_of(text)
    assert all(found[n].country == "USA" and found[n].admin1 == state for n in names)


@pytest.mark.parametrize(("text", "names"), [
    ("Jackson and Madison wrote the letters while Hamilton stayed in New York.",
     ("Jackson", "Madison")),
    ("Smith and Jones will share the prize, the committee in Oslo said.", ("Smith", "Jones")),
])
def test_people_pairs_stay_people(places_of, text: str,  # type: ignore[no-untyped-def]
                                  names: tuple[str, str]) -> None:
    found = places_of(text)
    assert not any(n in found for n in names)


# geo15: a village of 500-999 people beside a town of the article's state
@pytest.mark.parametrize(("text", "village", "state"), [
    ("Windsor County officials said the river reached Windsor and Ascutney late on Friday.",
     "Ascutney", "VT"),
    ("Chittenden County said floodwater reached Colchester and Shelburne on Sunday.",
     "Shelburne", "VT"),
])
def test_a_village_beside_a_town_of_the_articles_state(  # type: ignore[no-untyped-def]
        places_of, text: str, village: str, state: str) -> None:
    assert places_of(text)[village].admin1 == state


def test_two_villages_alone_say_nothing(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """Foreston (516) and Loretto (668), Minnesota: both under
    PAIR_MIN_POPULATION, so no pair; Milaca (2,883) and Foreston are one."""
    from eventwire.stages.geo.coordination import home_pair
    minnesota = {5037779}
    doc = spacy_nlp("Foreston and Loretto will share a truck.")
    assert not home_pair(doc[0:1], minnesota)
    doc = spacy_nlp("Milaca and Foreston will share a truck.")
    assert home_pair(doc[2:3], minnesota) and home_pair(doc[0:1], minnesota)


@pytest.mark.parametrize("text", [
    "Storms hit Colchester and Shelburne before reaching St. Albans-on-Sea.",
    "Crews from  Khan Younis and Rafah met\tnear the old border, officials said.",
    "\u201cWe saw Lincoln and Douglas,\u201d said a man from Springfield.",
])
def test_home_pair_reads_the_names_cut_from_the_text(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed29: ``home_pair`` asks the gazetteer with the name cut from the
    text (``span_text``); it is ``span.text`` for every span."""
    from eventwire.nlp.extensions import span_text
    doc = spacy_nlp(text)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text
