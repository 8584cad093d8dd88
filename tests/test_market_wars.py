"""Companies fighting for a market, told as a war
(eventwire/stages/events/market_wars.py). Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of

AIRLINES = (
    "Budget carriers open new front in Baltic fare war\n"
    "RIGA, March 3 (Reuters) - AirBaltic launched an all-out assault on its rival's routes "
    "on Monday, slashing fares on nine routes by up to a third.\n"
    "Its rival hit back within hours and attacked the carrier's prices on the London route, "
    "analysts said.\n"
    "Shareholders of both carriers fear a long battle for customers.\n"
    "The competition authority fined AirBaltic 2 million euros for misleading customers.\n"
    "Analysts expect the rival to post a lower profit this year."
)
TAKEOVER = (
    "Board rejects predatory raid by rival brewer\n"
    "LONDON - The board of Hopworth on Tuesday rejected a hostile takeover bid from its "
    "rival Maltby, calling the offer an attack on shareholders.\n"
    "Maltby's chief executive threatened to go straight to investors and vowed to fight on.\n"
    "Analysts said the bidder could raise its offer, and shares in Hopworth rose 6 percent.\n"
    "The government said it would not block the merger."
)
GROCERS = (
    "Grocers trade blows in price war\n"
    "BERLIN - The discount chain fired the first shot in a new price war, cutting "
    "prices on 800 products, and its rivals vowed to retaliate.\n"
    "Competitors Sparmarkt and Kaufgut accused the chain of predatory pricing.\n"
    "Analysts said margins at all three retailers would suffer, and investors sold shares.\n"
    "Workers at Sparmarkt warehouses called a strike over pay on Friday."
)


@pytest.mark.parametrize("text,words", [
    (AIRLINES, {"assault", "attacked"}),
    (TAKEOVER, {"rejected", "threatened", "attack"}),
    (GROCERS, {"fired", "retaliate", "accused"}),
])
def test_companies_fighting_for_a_market_make_no_events(event_pipe: Pipeline, text: str,
                                                        words: set[str]) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert not found & words, found


@pytest.mark.parametrize("text,word", [
    (AIRLINES, "fined"),
    (GROCERS, "called"),
])
def test_a_regulator_or_workers_in_a_market_story_stay(event_pipe: Pipeline, text: str,
                                                       word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


# recall probes: political stories naming companies, and a country as the doer
@pytest.mark.parametrize("text,word", [
    ("Regulator fines phone maker\nThe competition regulator fined the phone maker and its "
     "rival 40 million euros, and analysts said investors and shareholders expected the "
     "merger talks to stall over prices.", "fined"),
    ("Beijing hits back at chip rival\nChina banned exports of gallium to the Dutch "
     "chipmaker's rival on Sunday; analysts said investors, shareholders and customers "
     "feared the takeover would fail over prices.", "banned"),
    ("Police raid bidder's offices\nPolice raided the offices of the takeover bidder on "
     "Monday; analysts said shareholders and investors had sold shares in its rival.",
     "raided"),
])
def test_political_acts_in_a_business_story_stay(event_pipe: Pipeline, text: str,
                                                  word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


def test_a_political_story_is_no_market_story(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.events.market_wars import market_story

    text = ("Troops shell rebel town\nTroops shelled the town on Sunday and rebels fired "
            "back, the army said.\nThe government said prices of bread had doubled.")
    assert not market_story(spacy_nlp(text))
    assert market_story(spacy_nlp(GROCERS))
