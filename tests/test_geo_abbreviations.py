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
