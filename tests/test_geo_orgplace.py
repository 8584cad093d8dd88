"""Toponyms inside or beside names the NER model tags otherwise
(``eventwire/stages/geo/orgplace.py``): an organisation "of <place>" or ",
<country>", and "<name>, <region>" with a stated hierarchy. Sentences
written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "country"), [
    ("She was treated at the Children's Hospital of Pittsburgh last spring.", "Pittsburgh",
     "USA"),
    ("Doctors at the General Hospital of Guangzhou treated the first cases.", "Guangzhou",
     "CHN"),
    ("The Bank of Japan left interest rates unchanged on Friday.", "Japan", "JPN"),
    ("Donors pledged funds to the Ministry of Health, Angola, for vaccines.", "Angola", "AGO"),
    ("Engineers from the Port Authority of Mombasa inspected the cranes.", "Mombasa", "KEN"),
])
def test_organisation_of_a_place(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                 country: str) -> None:
    assert places_of(text)[name].country == country


@pytest.mark.parametrize("text", [
    "The Department of Justice opened an inquiry into the sale.",
    "Members of the Church of Christ held a vigil.",
    "The Board of Directors met on Tuesday.",
    "A professor at the University of Michigan led the study.",
    "She told the Voice of America that the talks had failed.",
    "Researchers at the University of California, San Diego published the data.",
])
def test_organisation_without_a_place_names_none(places_of, text: str  # type: ignore[no-untyped-def]
                                                 ) -> None:
    found = places_of(text)
    assert not any(n in found for n in ("Christ", "Directors", "Michigan", "America",
                                        "California"))


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Krasnodar, Russia officials said the outbreak was contained.", "Krasnodar", "RUS"),
    ("Temryuk, Russia reported two more dead swans.", "Temryuk", "RUS"),
    ("Farmers in Tarija, Bolivia lost their harvest.", "Tarija", "BOL"),
])
def test_name_before_its_region(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                country: str) -> None:
    assert places_of(text)[name].country == country
