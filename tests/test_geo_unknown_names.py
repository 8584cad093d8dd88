"""Classes of ``unknown_names`` (geo28): place names no shipped gazetteer
holds, made places by their frame — a definition, a typed list, a list of
places — and a place named after "called"/"named". Sentences written for
these tests; the unknown names are made up."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name"), [
    ("Tarnvelo is a rural township in southern Finland, and its school closed on Monday.",
     "Tarnvelo"),
    ("Water ran dry in Kelvalu, a suburb east of Harare, residents said on Tuesday.",
     "Kelvalu"),
    ("The pupils came from Ostravina Nova, a farming town near the Polish border.",
     "Ostravina Nova"),
])
def test_a_name_defined_as_a_place_is_one(places_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = places_of(text)
    assert name in found and found[name].geonameid is None


@pytest.mark.parametrize(("text", "names"), [
    ("Doctors reached the hamlets of Ardovu, Belvuno and Corranet in Sierra Leone.",
     ["Belvuno", "Corranet"]),
    ("The outbreak in Uganda has hit three villages: Ardovu, Belvuno, Corranet and Dunavo.",
     ["Ardovu", "Belvuno", "Dunavo"]),
    ("Health workers quarantined the Ardovu and Belvuno districts of Kenya on Friday.",
     ["Belvuno"]),
])
def test_members_of_a_typed_list_are_places(places_of, text: str, names: list[str]  # type: ignore[no-untyped-def]
                                            ) -> None:
    found = places_of(text)
    assert all(n in found for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("Cases were found in Nairobi, Mombasa, Kisumu and Kwatunde this week.", "Kwatunde"),
    ("Birds died in Leeds, York, Harrowbyne and Hull after the storm.", "Harrowbyne"),
    ("Flights resumed to Quito, Cuenca, and Ambalavo on Sunday.", "Ambalavo"),
])
def test_an_unknown_member_of_a_list_of_places_is_one(places_of, text: str, name: str  # type: ignore[no-untyped-def]
                                                      ) -> None:
    assert name in places_of(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Talks between Israel, Egypt and Hezbollah resumed in Cairo.", "Hezbollah"),
    ("The recall covered Kenton, Darby, Brellmoor and Sunvale eggs.", "Brellmoor"),
    ("Donors were screened for Lassa, Marburg, Hantavirus and Zika before the trial.",
     "Hantavirus"),
])
def test_a_list_that_is_not_one_of_places_adds_nothing(places_of, text: str, name: str  # type: ignore[no-untyped-def]
                                                       ) -> None:
    assert name not in places_of(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Frogs are dying in a town called Ravnbyle in western Denmark.", "Ravnbyle"),
    ("The village named Kellsdorfen lies in the Austrian Alps.", "Kellsdorfen"),
    ("Rebels hold a district known as Oruvalen in eastern Congo.", "Oruvalen"),
])
def test_a_place_called_so_is_one(places_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in places_of(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Marta Kovalenko is a town councillor in Lviv.", "Marta Kovalenko"),
    ("Jon Brasker, a village elder, said the well was dry.", "Jon Brasker"),
    ("Acme Veltro is a state-owned company in Poland.", "Acme Veltro"),
])
def test_a_person_or_firm_with_a_place_noun_is_no_place(places_of, text: str, name: str  # type: ignore[no-untyped-def]
                                                        ) -> None:
    assert name not in places_of(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The city named Ahmed Bello its new police chief on Monday.", "Ahmed Bello"),
    ("The district called Mirela Tosk a hero after the flood.", "Mirela Tosk"),
    ("The province named Keltra Vos as its envoy to the talks.", "Keltra Vos"),
    ("The county named Dorian Welk its new sheriff in May.", "Dorian Welk"),
])
def test_a_person_a_place_names_is_no_place(places_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """review43: "called"/"named" is the verb of the type noun, whose second
    object ("its new police chief", "a hero", "as its envoy") follows the
    name: the name is the person named."""
    assert name not in places_of(text)


def test_a_place_called_so_before_a_time_is_one(places_of) -> None:  # type: ignore[no-untyped-def]
    assert "Ravnbyle" in places_of("Frogs were found in a town called Ravnbyle this spring.")


def test_word_lists_are_shared_with_the_older_geo_modules() -> None:
    """review43: the list separators, the plural type words and the numeric
    labels are the ones ``coordination``, ``context`` and ``component`` use,
    not copies that can drift apart."""
    from eventwire.stages.geo import component, context, coordination, recognize, unknown_names

    assert unknown_names.LIST_WORDS is coordination.LIST_WORDS is component.LIST_WORDS
    assert context.PLURAL_TYPES - {"states", "departments"} <= unknown_names.LIST_TYPES
    assert recognize.NUMERIC is context.NUMERIC and context.NUMERIC <= context.NOT_NAMES


@pytest.mark.parametrize(("text", "name"), [
    ("Letters were sent to Spain, Portugal and Marisol Ventaja last week.", "Marisol Ventaja"),
    ("The prize went to teams from Ghana, Togo and Kofi Mensavi.", "Kofi Mensavi"),
    ("Ministers from France, Italy and Tobias Wendler signed the pact.", "Tobias Wendler"),
])
def test_a_person_ending_a_list_of_places_is_no_place(places_of, text: str, name: str  # type: ignore[no-untyped-def]
                                                      ) -> None:
    """review43: a person's full name the actor stage typed a person is no
    unknown member of the list of places it ends."""
    assert name not in places_of(text)


@pytest.mark.parametrize("text", [
    "Aid reached a hamlet called Tresk and the village named Kellsdorf after the storm.",
    "The district known as Oruvale reported floods; the city named Ahmed Bello its chief.",
    "Known as a quiet port, the town called its council together in the region known as Vesh.",
])
def test_called_place_equals_the_token_reading(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed29: the words before a span read on the LOWER column answer as
    the Token reading did, for every span of up to three words."""
    from eventwire.stages.geo.unknown_names import (
        CALLED_TYPES,
        CALLING,
        _second_object,
        called_place,
    )
    doc = spacy_nlp(text)
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 4, len(doc) + 1)):
            span, i = doc[start:end], start
            if i >= 3 and doc[i - 1].lower_ == "as" and doc[i - 2].lower_ == "known":
                i -= 1
            read = i >= 2 and doc[i - 1].lower_ in CALLING | {"known"} and \
                doc[i - 2].lower_ in CALLED_TYPES and doc[i - 2].text.islower() and \
                not (doc[i - 1].lower_ in CALLING and _second_object(span, doc[i - 1].i))
            assert called_place(span) == read
