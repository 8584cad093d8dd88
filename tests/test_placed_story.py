"""Class *a local story whose places only the place stage resolves*
(``events.placed_story``, recip55): the people acted on in a town story the
NER gives no GPE for take the country of the place stage's resolved places.
Every sentence here was written for these tests; none comes from an
evaluation set."""

from __future__ import annotations

import pytest
import spacy

from eventwire.models import PlaceMention
from eventwire.nlp.extensions import get_list, register_extensions
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.placed_story import placed_country
from tests.conftest import event_with_trigger as event


def _doc_with_places(countries: list[str | None], resolved: bool = True,
                     ids: list[int] | None = None) -> spacy.tokens.Doc:
    """A doc whose place stage found one place per country given (each its
    own gazetteer entry unless ``ids`` says which mentions are one place)."""
    register_extensions()
    doc = spacy.blank("en")("A man was arrested.")
    places = get_list(doc, "place_mentions")
    for i, country in enumerate(countries):
        gid = (ids[i] if ids else 100 + i) if resolved else None
        places.append(PlaceMention(i, i + 1, f"Town{i}", geonameid=gid, country=country))
    return doc


@pytest.mark.parametrize("countries,expected", [
    (["GBR", "GBR"], "GBR"),  # one town named twice
    (["USA", "USA", "USA"], "USA"),  # three towns of one country
    (["USA", "USA", "MEX"], "USA"),  # twice as often as the other
    (["GBR", None, "GBR"], "GBR"),  # an unresolved word does not vote
])
def test_a_country_its_places_name_again_is_the_storys(countries: list[str | None],
                                                       expected: str) -> None:
    assert placed_country(_doc_with_places(countries)) == expected


@pytest.mark.parametrize("countries", [
    [],  # no place (or no place stage)
    ["ARE"],  # one place, once: a misread word must not decide
    ["GBR", "FRA"],  # two countries once each
    ["USA", "USA", "MEX", "MEX"],  # a tie
    ["USA", "USA", "USA", "MEX", "MEX"],  # no clear majority
])
def test_no_clear_country_of_places_names_none(countries: list[str | None]) -> None:
    assert placed_country(_doc_with_places(countries)) is None


@pytest.mark.parametrize("countries,ids,expected", [
    # one misread word repeated four times against a city named once
    (["USA", "USA", "USA", "USA", "ARG"], [7, 7, 7, 7, 8], None),
    # one misread word repeated, two real towns of another country
    (["USA", "USA", "USA", "BRA", "BRA"], [7, 7, 7, 8, 9], None),
    # the story's own town named three times and a second town: two places
    (["GBR", "GBR", "GBR", "GBR", "ESP"], [1, 1, 1, 2, 3], "GBR"),
    # one town named again and again, no other country: still the story's
    (["USA", "USA", "USA"], [5, 5, 5], "USA"),
])
def test_distinct_places_decide_the_majority(countries: list[str | None], ids: list[int],
                                             expected: str | None) -> None:
    assert placed_country(_doc_with_places(countries, ids=ids)) == expected


def test_places_the_gazetteer_did_not_resolve_do_not_vote() -> None:
    assert placed_country(_doc_with_places(["GBR", "GBR"], resolved=False)) is None


@pytest.mark.parametrize("text,trigger,word,country", [
    ("A fisherman was attacked on Millom Pier on Sunday night. Officers arrested a teenager "
     "near Millom Pier hours later and drove him to Preston for questioning.",
     "arrested", "teenager", "GBR"),
    ("Three nurses were assaulted at a clinic in Bell Gardens, and deputies arrested a "
     "patient in Bell Gardens on Wednesday.", "arrested", "patient", "USA"),
    ("A cyclist was knocked down on purpose outside a pub in Hawaiian Gardens, and deputies "
     "detained the driver at his home in Hawaiian Gardens.", "detained", "driver", "USA"),
    ("A security guard was stabbed at a warehouse in Santa Fe Springs on Friday. Deputies "
     "arrested a former employee in Santa Fe Springs hours later.", "stabbed", "guard", "USA"),
    ("A bar owner was beaten on Cleator Moor high street, and detectives arrested two men in "
     "Cleator Moor on Saturday.", "arrested", "men", "GBR"),
])
def test_people_acted_on_in_a_placed_town_story(full_pipeline: Pipeline, text: str,
                                                trigger: str, word: str, country: str) -> None:
    ev = event(full_pipeline, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    # one word the place stage misreads as a town abroad
    ("Two men attacked a lorry driver at a lay-by in Northeast Philly, and police arrested "
     "one of them at a diner.", "attacked"),
    # towns of two countries, once each
    ("A dentist from Montreal was mugged in Dublin on Friday, and officers arrested a man "
     "near the hotel.", "arrested"),
    # a street is no resolved place
    ("A shop worker was threatened with a hammer at a store on Kendal Road on Tuesday, and "
     "officers detained a man near Kendal Road.", "detained"),
])
def test_no_clear_placed_country_leaves_none(full_pipeline: Pipeline, text: str,
                                             trigger: str) -> None:
    ev = event(full_pipeline, text, trigger)
    assert ev.recipient is not None and ev.recipient.country is None, ev.recipient
