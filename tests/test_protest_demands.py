"""A protest's phrase of demand is its topic: one PROTEST, no REQUEST
(eventwire/stages/events/protest_demands.py, relabel63, issue #12, branch
false54). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,protest,word", [
    # a participle of the protest's clause
    ("Hundreds of bakers marched through Kisumu on Thursday, demanding cheaper flour.",
     "marched", "demanding"),
    ("Farmers blocked the main highway near Lyon on Tuesday, calling for lower diesel taxes.",
     "blocked", "calling"),
    # a purpose infinitive
    ("Dock workers in Durban went on strike on Monday to demand a new wage deal.",
     "strike", "demand"),
    ("About 400 nurses gathered outside the health ministry in Lusaka to demand back pay.",
     "gathered", "demand"),
    ("Villagers staged a sit-in outside the district office in Mardan on Monday to demand "
     "clean water.", None, "demand"),
])
def test_a_protests_demand_phrase_is_its_topic(pipe: Pipeline, text: str, protest: str | None,
                                               word: str) -> None:
    found = by_trigger(pipe, text)
    assert word not in found, found
    if protest is not None:
        assert protest in found and found[protest].type == "PROTEST", found


@pytest.mark.parametrize("text,word", [
    # a reduced relative on the protesters, or people met with crowd control
    ("Police in Quito used water cannon on protesters demanding the minister's resignation.",
     "demanding"),
    ("Riot police fired tear gas at students demanding the dean's dismissal in Dhaka on Friday.",
     "demanding"),
    # slogans told as the protest's words
    ("The crowd in Yerevan waved banners and chanted slogans that urged the mayor to resign.",
     "urged"),
])
def test_the_protesters_demand_is_no_request(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    # a demand in its own finite clause
    ("The vendors marched on city hall in Accra on Wednesday and demanded that the mayor resign.",
     "demanded"),
    ("Protesters in Tbilisi demanded the release of the detained journalists on Saturday.",
     "demanded"),
    # a demand by another body, tied to a speech verb
    ("The opposition condemned the crackdown in Harare on Sunday and called for an independent "
     "inquiry.", "called"),
    ("The party leader told reporters in Luanda on Monday, demanding an inquiry into the "
     "shootings.", "demanding"),
    # a call to protest
    ("Union leaders in Lagos called for a general strike on Monday.", "called"),
])
def test_other_demands_stay_requests(pipe: Pipeline, text: str, word: str) -> None:
    found = by_trigger(pipe, text)
    assert word in found and found[word].type == "REQUEST", found
