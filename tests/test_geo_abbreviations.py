"""Class *an abbreviation the article defines for a place* (geo11): the
bracketed short form and its later uses, even as a modifier the NER model
tags as an organisation, name the defined place. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.stages.geo.abbreviations import _initials


@pytest.mark.parametrize(("text", "short", "country"), [
    ("Aid reached the Democratic Republic of Congo (DRC) on Friday, and DRC soldiers "
     "escorted the trucks.", "DRC", "COD"),
    ("Rain fell across KwaZulu-Natal (KZN); farmers in KZN said the maize was saved.",
     "KZN", "ZAF"),
    ("The Central African Republic (CAR) held a vote, and CAR officials counted it "
     "overnight.", "CAR", "CAF"),
    ("Flights to the United Arab Emirates (UAE) resumed as UAE carriers added seats.",
     "UAE", "ARE"),
])
def test_a_defined_short_form_is_the_place_each_time(places_of, text: str, short: str,  # type: ignore[no-untyped-def]
                                                     country: str) -> None:
    found = places_of(text)  # the last mention of each text
    assert short in found and found[short].country == country
    assert found[short].start == text.rindex(short)  # the later use, not only the bracket


def test_the_short_form_must_be_the_names_initials() -> None:
    assert _initials("DRC", "Democratic Republic of Congo")
    assert _initials("KZN", "KwaZulu-Natal")
    assert not _initials("UCLA", "Los Angeles")  # the university's, not the city's
    assert not _initials("NYPD", "New York")


def test_a_bracketed_word_after_a_place_that_is_no_short_form_is_left(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("A plant in Los Angeles (UCLA) was closed; UCLA students protested.")
    assert "UCLA" not in found


@pytest.mark.parametrize(("text", "short", "country"), [
    ("After the storm hit Newcastle, the NSW government closed two showgrounds.", "NSW", "AUS"),
    ("Officials said DRC troops had crossed the river by dawn.", "DRC", "COD"),
    ("Two UAE carriers added seats on the route this winter.", "UAE", "ARE"),
    ("Bus fares will rise in the ACT from July, the transport minister in Canberra said.", "ACT",
     "AUS"),
])
def test_an_undefined_standard_initialism_is_the_place(places_of, text: str, short: str,  # type: ignore[no-untyped-def]
                                                       country: str) -> None:
    found = places_of(text)
    assert short in found and found[short].country == country


@pytest.mark.parametrize(("text", "short"), [
    ("The EST rate was quoted at noon by the desk.", "EST"),  # Estonia's code, not initials
    ("Viewers told CNN the storm had passed.", "CNN"),  # Cunene's code
    ("The MAC address of the router was logged.", "MAC"),  # Macao's code
])
def test_a_code_that_is_not_the_initials_is_no_place(places_of, text: str, short: str) -> None:  # type: ignore[no-untyped-def]
    assert short not in places_of(text)


def test_which_words_are_standard_initialisms() -> None:
    from eventwire.stages.geo.abbreviations import standard_places

    assert [p.country for p in standard_places("NSW")] == ["AUS"]
    assert standard_places("NATO") == () and standard_places("CDC") == ()


@pytest.mark.parametrize(("text", "short"), [
    # a division's initials with no other place of its country in the text
    ("The navy lost contact with the ARA Santa Rosa frigate off Argentina.", "ARA"),
    ("Health ministers in Chile and Bolivia said NCD clinics were full.", "NCD"),
    ("Pupils in Texas who sat the ACT this spring got late scores.", "ACT"),
])
def test_a_division_initialism_whose_country_the_text_never_names_is_no_place(  # type: ignore[no-untyped-def]
        places_of, text: str, short: str) -> None:
    assert short not in places_of(text)


def test_a_country_initialism_needs_no_other_mention() -> None:
    from eventwire.stages.geo.abbreviations import standard_places, stated

    assert [p.country for p in stated(standard_places("DRC"), set())] == ["COD"]
    assert stated(standard_places("NSW"), {"NZL"}) == ()
    assert [p.country for p in stated(standard_places("NSW"), {"AUS"})] == ["AUS"]


@pytest.mark.parametrize(("text", "short"), [
    # fused with a letter or a number into a longer code
    ("Doctors in Boston began offering CAR-T therapy to children.", "CAR"),
    ("A clinic in Leeds said CAR T cells cleared the tumour.", "CAR"),
    # the head of a phrase opened by "a"/"an": a thing, not the place
    ("The reporter saved the map as a PNG before sending it.", "PNG"),
    ("The council built an STP to treat the estate's waste water.", "STP"),
])
def test_a_country_initialism_used_as_a_term_is_no_place(  # type: ignore[no-untyped-def]
        places_of, text: str, short: str) -> None:
    assert short not in places_of(text)


@pytest.mark.parametrize(("text", "short", "country"), [
    ("Gunmen attacked a CAR army post near the border on Monday.", "CAR", "CAF"),
    ("Voters queued for hours as a UAE carrier flew observers in.", "UAE", "ARE"),
    ("UAE-backed forces took the port, officials said.", "UAE", "ARE"),
])
def test_a_country_initialism_modifying_a_noun_stays_the_place(  # type: ignore[no-untyped-def]
        places_of, text: str, short: str, country: str) -> None:
    found = places_of(text)
    assert short in found and found[short].country == country
