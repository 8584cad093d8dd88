"""The story's country from the places it names
(eventwire/stages/actors/place_home.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.place_home import places_country
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,agent,country", [
    ("Riot police fired tear gas at protesters in Marseille on Sunday. Shops were looted in "
     "Lyon overnight.", "Riot police", "FRA"),
    ("Officers arrested 40 people after a march in Chicago turned violent. The march had "
     "started in Milwaukee.", "Officers", "USA"),
    ("Hundreds of students marched through Osaka. In Nagoya, police blocked a bridge.",
     "police", "JPN"),
])
def test_a_story_that_names_only_its_towns(pipe: Pipeline, text: str, agent: str,
                                           country: str) -> None:
    """Class *a story that names its towns, not its state*."""
    _, mentions = mentions_of(pipe, text)
    found = next(m for m in mentions if m.text == agent)
    assert found.country == country, found


@pytest.mark.parametrize("text", [
    "Police in Lyon detained a man.",  # a single place is too little
    "Protesters gathered in Lyon and in Chicago.",  # a tie names no country
])
def test_too_few_places_name_no_country(pipe: Pipeline, text: str) -> None:
    doc, mentions = mentions_of(pipe, text)
    assert places_country(doc, mentions) is None


@pytest.mark.parametrize("text,town,country", [
    ("Tulsa police arrested a woman on Friday.", "Tulsa", "USA"),
    ("The Tucson Police Department said two men were detained.", "Tucson", "USA"),
    ("The Bakersfield Police Department said a man was shot.", "Bakersfield", "USA"),
])
def test_a_local_force_named_by_its_town(pipe: Pipeline, text: str, town: str,
                                         country: str) -> None:
    """Class *a local force named by its town* (``force_towns``): counted
    only when ``forces`` is asked for (the events stage's local country)."""
    doc, mentions = mentions_of(pipe, text)
    from eventwire.stages.actors.place_home import force_towns

    assert [t.text for t in force_towns(doc, mentions)] == [town]
    assert places_country(doc, mentions, min_votes=1, forces=True) == country
    assert places_country(doc, mentions) is None


@pytest.mark.parametrize("text", [
    "Federal Police detained a man on Friday.",  # a kind of force, not a town
    "The Metropolitan Police arrested a man.",
    "Kenyan police arrested a man.",  # a nationality (and a state's own country)
])
def test_a_kind_of_force_names_no_town(pipe: Pipeline, text: str) -> None:
    doc, mentions = mentions_of(pipe, text)
    from eventwire.stages.actors.place_home import force_towns

    assert force_towns(doc, mentions) == []


def _towns_by_token_loop(doc, mentions):  # type: ignore[no-untyped-def]
    """The scan ``force_towns`` ran before speed20: every Token's ``lower_``."""
    from eventwire.stages.actors.place_home import FORCE_NOUNS, force_towns

    nouns = [t.i for t in doc if t.lower_ in FORCE_NOUNS]
    return nouns, [t.text for t in force_towns(doc, mentions)]


@pytest.mark.parametrize("text,towns", [
    ("Tulsa police said the Leeds City Council met. Orange County Sheriff deputies came.",
     ["Tulsa", "Orange"]),
    ("The Staunton POLICE and the Dover Council spoke; the mayor did not.", ["Dover"]),
    ("No force is named in this sentence at all.", []),
    ("Police, police and more Police: Federal Police and Kenyan police.", []),
])
def test_force_towns_reads_every_force_noun(pipe: Pipeline, text: str,
                                            towns: list[str]) -> None:
    """The force nouns are found on the LOWER array (speed20): every casing
    of every force noun is visited, in document order, as the token loop did
    (the towns are the token loop's answers at main c1841a8)."""
    doc, mentions = mentions_of(pipe, text)
    from eventwire.nlp.arrays import where_lower
    from eventwire.stages.actors.place_home import FORCE_NOUNS

    nouns, found = _towns_by_token_loop(doc, mentions)
    assert where_lower(doc, FORCE_NOUNS) == nouns
    assert found == towns


@pytest.mark.parametrize("text,country", [
    ("The Essex County Sheriff said the road was closed after the crash.", "USA"),
    ("Bay County Sheriff deputies found the stolen car behind a motel.", "USA"),
    ("Officers of the Leeds City Constabulary said the market would reopen.", "GBR"),
    ("Kent County Council said the coast road would close for a week.", "GBR"),
    ("Essex County Council approved the new school budget on Monday.", "GBR"),
])
def test_a_county_force_is_looked_up_with_its_kind(pipe: Pipeline, text: str,
                                                   country: str) -> None:
    """"Essex County Sheriff": the town's name is read without "County"
    (``force_towns``) but voted for by the place the whole name is
    ("Essex County", USA), not by the bare name's most populous place
    ("Essex", England; "Bay", a region of Somalia); a kind the gazetteer
    does not know with the name ("Leeds City") falls back to the name, and
    so does a "County Council" (the British name of a county's council)."""
    doc, mentions = mentions_of(pipe, text)
    assert places_country(doc, mentions, min_votes=1, forces=True) == country


@pytest.mark.parametrize("text", [
    "The Supreme Council of the armed forces took power overnight.",
    "The Olympic Council of Asia said the games would go ahead.",
    "The Central Council of the party expelled two members.",
    "The Grand Council of the chiefs met at dawn.",
    "Village Council members blocked the road to the quarry.",
])
def test_a_kind_of_council_names_no_town(pipe: Pipeline, text: str) -> None:
    """"Supreme Council", "Olympic Council": words that name a kind of
    council, not its town -- each is also the name of some small place the
    gazetteer knows ("Supreme", Louisiana; "Olympic", Hong Kong)."""
    doc, mentions = mentions_of(pipe, text)
    from eventwire.stages.actors.place_home import force_towns

    assert force_towns(doc, mentions) == []
    assert places_country(doc, mentions, min_votes=1, forces=True) is None


def test_a_town_that_starts_with_a_kind_word_is_kept(pipe: Pipeline) -> None:
    """Only a kind word *alone* is no town: "Grand Prairie" is one."""
    doc, mentions = mentions_of(pipe, "Grand Prairie police arrested a teenager on Monday.")
    from eventwire.stages.actors.place_home import force_towns

    assert [t.text for t in force_towns(doc, mentions)] == ["Grand Prairie"]
