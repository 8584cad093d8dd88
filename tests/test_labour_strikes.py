"""Work stoppages named "strike" (``eventwire/stages/events/labour_strikes.py``):
a strike the text ties to workers, a union or a labour modifier is PROTEST,
a strike with a military modifier, a target or a non-worker launcher stays
ASSAULT; the sentences are written for these tests, none copied from an
evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def strikes(pipe: Pipeline, text: str) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    return [e for e in doc._.events if "strike" in e.trigger.text.lower()]


def events(pipe: Pipeline, text: str) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    return list(doc._.events)


@pytest.mark.parametrize(("text", "mode"), [
    ("The nurses' union began an indefinite strike over unpaid wages on Monday.", "strike"),
    ("A general strike paralysed ports and railways across the country.", "strike"),
    ("Dock workers strike over pension cuts in Rotterdam.", "strike"),
    ("Two jailed dissidents started a hunger strike to protest their detention.", "hunger"),
    ("The strike called by the teachers' federation entered its second week.", "strike"),
])
def test_labour_strikes_are_protests(pipe: Pipeline, text: str, mode: str) -> None:
    got = strikes(pipe, text)
    assert got and all((e.type, e.mode) == ("PROTEST", mode) for e in got), got


@pytest.mark.parametrize(("text", "count"), [
    ("Miners in the northern province began a wage strike on Tuesday. "
     "The minister said the strike would cost the state millions.", 2),
    ("Bakers across the region staged a walkout over flour prices. "
     "The mayor called the strike irresponsible.", 1),
    ("Cleaners at the airport have been on strike since March. "
     "A similar strike last year ended with a pay rise.", 2),
])
def test_a_bare_strike_in_a_labour_story_is_the_stoppage(pipe: Pipeline, text: str,
                                                          count: int) -> None:
    got = strikes(pipe, text)
    assert len(got) == count and all(e.type == "PROTEST" for e in got), got


def test_a_bare_strike_in_a_military_story_stays_an_assault(pipe: Pipeline) -> None:
    text = ("A missile strike hit the port on Sunday. "
            "Officials said the strike was the heaviest this year.")
    got = events(pipe, text)
    assert got and all(e.type != "PROTEST" for e in got), got


@pytest.mark.parametrize("text", [
    "An Israeli air strike on a house in Gaza killed four people, medics said.",
    "The army launched strikes on rebel positions near the border overnight.",
    "A drone strike hit a bus carrying farm workers, killing six.",
    "The army launched a strike on the village at dawn.",
])
def test_military_strikes_stay_assaults(pipe: Pipeline, text: str) -> None:
    got = events(pipe, text)
    assert any(e.type == "ASSAULT" for e in got), got
    assert all(e.type != "PROTEST" for e in got), got


def test_a_bare_strike_beside_a_military_one_stays_open(pipe: Pipeline) -> None:
    text = ("Workers held a general strike in the capital on Monday. "
            "Hours later, a missile strike hit a depot in the east. "
            "Officials said the strike killed two guards.")
    got = events(pipe, text)
    later = [e for e in got if e.trigger.start > text.index("Hours")]
    assert later and all(e.type != "PROTEST" for e in later), got


def test_the_document_cues_are_read_off_the_lower_column(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """speed38: the per-document scan finds the strike nouns and the
    stoppage words on the LOWER column, whatever their case."""
    from eventwire.stages.events.labour_strikes import _scan_cues

    assert _scan_cues(spacy_nlp("The WALKOUT at the port went on. The strike ended."))[0]
    assert _scan_cues(spacy_nlp("The air strike killed four people.")) == (False, True)
    assert _scan_cues(spacy_nlp("The talks ended without a deal.")) == (False, False)


@pytest.mark.parametrize("text", [
    "Nurses at the two city hospitals walked out on Monday over unpaid overtime.",
    "More than 800 bakery workers walked out after the company cut their bonuses.",
    "Cleaners walk out at Lisbon airport as pay talks stall",
])
def test_walkouts_are_strikes(pipe: Pipeline, text: str) -> None:
    """(types67) "walk out" is a protest, not CAMEO's consultation (040)."""
    got = [e for e in events(pipe, text) if e.trigger.text.lower().startswith("walk")]
    assert got and (got[0].type, got[0].mode) == ("PROTEST", "strike"), got


@pytest.mark.parametrize("text", [
    "The patient walked out of the hospital on Friday, three weeks after the crash.",
    "She walked to the station after the meeting.",
    "The prisoner walked out of jail when his sentence ended.",
    "Dozens of guests were seen walking calmly out through the side door.",
])
def test_walking_somewhere_is_no_protest(pipe: Pipeline, text: str) -> None:
    assert not [e for e in events(pipe, text) if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Stevedores at the grain terminal struck for two days over safety rules.",
    "Pilots at the national carrier struck over new rosters last week.",
    "The bus strike entered its third week on Monday with no talks in sight.",
    "Port cleaners strike enters second day",
])
def test_more_labour_cues(pipe: Pipeline, text: str) -> None:
    """(types67) the verb in any form with a worker subject, more worker nouns,
    a strike that enters its n-th day or week."""
    got = strikes(pipe, text) or [e for e in events(pipe, text) if e.trigger.text == "struck"]
    assert got and (got[0].type, got[0].mode) == ("PROTEST", "strike"), got


@pytest.mark.parametrize("text", [
    "Fighter jets struck the depot for a second night.",
    "The missile strike on the port entered the record as the deadliest this year.",
    "Gunmen struck a village near the border, killing nine.",
])
def test_near_misses_of_the_labour_cues_stay_assaults(pipe: Pipeline, text: str) -> None:
    got = events(pipe, text)
    assert all(e.type != "PROTEST" for e in got), got
