"""Place names inside names of other things
(``eventwire/stages/geo/nonplace.py``): a publication's name and a disease
named after a place. Sentences written for these tests (none from an
evaluation set)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "gone"), [
    ("Mr. Kemp told the New York Times that the case was weak.", "New York"),
    ("The Washington Times reported on Monday that the plant would close.", "Washington"),
    ("A columnist for the Chicago Tribune said the vote was close.", "Chicago"),
    ("The mayor gave an interview to the Jerusalem Post last week.", "Jerusalem"),
])
def test_a_publications_place_is_no_place(places_of, text: str,  # type: ignore[no-untyped-def]
                                          gone: str) -> None:
    assert gone not in places_of(text)


@pytest.mark.parametrize(("text", "gone"), [
    ("The West Nile virus was found in two crows last week.", "West Nile"),
    ("Marburg haemorrhagic fever has killed dozens of people.", "Marburg"),
    ("Tests found the Reston ebolavirus in pigs at a farm.", "Reston"),
    ("Doctors say Lassa fever is spread by rats.", "Lassa"),
    ("Mercury poisoning causes Minamata disease in fishing villages.", "Minamata"),
])
def test_a_disease_named_after_a_place(places_of, text: str,  # type: ignore[no-untyped-def]
                                       gone: str) -> None:
    assert gone not in places_of(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("He wrote for the Jerusalem Post in Jerusalem.", "Jerusalem"),
    ("Officials in Texas said the outbreak in Dallas had slowed.", "Dallas"),
    ("A fever clinic opened in Kisumu on Monday.", "Kisumu"),
    ("Floods hit New York on Monday, the Times reported.", "New York"),
])
def test_the_place_itself_stays(places_of, text: str,  # type: ignore[no-untyped-def]
                                kept: str) -> None:
    assert kept in places_of(text)


def _in_publication_scan(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """``in_publication`` without its first-token shortcut: every entity."""
    from eventwire.stages.geo.nonplace import PUBLICATION_LABELS, PUBLICATION_WORDS

    return any(ent.label_ in PUBLICATION_LABELS and ent.start <= start and end < ent.end
               and ent[-1].lower_ in PUBLICATION_WORDS and ent[-1].text[:1].isupper()
               for ent in doc.ents)


@pytest.mark.parametrize("text", [
    "Mr. Kemp told the New York Times that the case was weak.",
    "The Washington Post and the Jerusalem Post reported from Paris and Gaza.",
    "A reporter for the Los Angeles Times flew from Boston to Lima on Friday.",
])
def test_publication_shortcut_answers_as_the_scan(spacy_nlp, text: str  # type: ignore[no-untyped-def]
                                                  ) -> None:
    from eventwire.stages.geo.nonplace import in_publication

    doc = spacy_nlp(text)
    pairs = [(s, e) for s in range(len(doc)) for e in range(s + 1, min(len(doc), s + 4) + 1)]
    assert any(_in_publication_scan(doc, s, e) for s, e in pairs)
    assert all(in_publication(doc, s, e) == _in_publication_scan(doc, s, e) for s, e in pairs)


@pytest.mark.parametrize(("text", "gone"), [
    ("Samples were flown to the CDC laboratory, officials said on Friday.", "CDC"),
    ("According to FAO, the herds were culled.", "FAO"),
    ("According to FDA inspectors, the plant was clean.", "FDA"),
    ("Doctors at SOS hospitals treated the wounded.", "SOS"),
    ("Cattle born before the ban may have been exposed to BSE, inspectors said.", "BSE"),
])
def test_an_acronym_read_through_a_towns_code_is_no_place(  # type: ignore[no-untyped-def]
        places_of, text: str, gone: str) -> None:
    assert gone not in places_of(text)


def test_a_capitalised_town_name_or_country_short_form_stays(  # type: ignore[no-untyped-def]
        places_of) -> None:
    found = places_of("LIMA, Peru — Exporters said shipments to the UAE and to NYC would "
                      "resume next month.")
    assert {"LIMA", "NYC"} <= set(found) and found["LIMA"].geonameid is not None
