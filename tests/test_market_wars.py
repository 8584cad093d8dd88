"""Companies fighting for a market, told as a war
(eventwire/stages/events/market_wars.py). Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of

AIRLINES = (
    "Budget carriers open new front in Baltic fare war\n"
    "RIGA, March 3 (Reuters) - AirBaltic mounted an assault on its rival's Nordic network "
    "on Monday, undercutting it on nine routes with tickets a third cheaper.\n"
    "Its rival hit back within hours and attacked the carrier's prices on the London route, "
    "analysts said.\n"
    "Shareholders of both carriers fear a long battle for customers.\n"
    "The competition authority fined AirBaltic 2 million euros for misleading customers.\n"
    "Analysts expect the rival to post a lower profit this year."
)
TAKEOVER = (
    "Hopworth board spurns rival brewer's advances\n"
    "LONDON - The board of Hopworth on Tuesday rejected a hostile takeover bid from its "
    "rival Maltby, calling the offer an attack on shareholders.\n"
    "Maltby's chief executive threatened to go straight to investors.\n"
    "Analysts said the bidder could raise its offer, and shares in Hopworth rose 6 percent.\n"
    "The government said it would not block the merger."
)
GROCERS = (
    "Grocers trade blows in price war\n"
    "BERLIN - The discount chain fired a broadside at its competitors, marking down "
    "800 products, and its rivals vowed to retaliate.\n"
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


# review72: parties outside the market the branch's list lacked (armed groups
# and security forces of curated.yaml, campaigners and their boycotts,
# strikers, hackers, an election's parties), and a country as the object of
# the act or as the subject of the verb that governs it. Written for review72.
OUTSIDE_PARTIES = [
    ("Gang squeezes grocers in price war\n"
     "Gunmen torched two stores of the supermarket chain on Tuesday, as the chain fought "
     "its rivals over prices.\n"
     "Shareholders fear the chain will lose customers to competitors, and investors sold "
     "shares.\nRevenue fell at all retailers, analysts said.", "torched"),
    ("Campaigners turn on retailer in takeover fight\n"
     "Campaigners blockaded the retailer's warehouse in Leeds on Saturday over its hostile "
     "bid for a rival.\nShareholders and investors backed the bid, analysts said, and "
     "shares rose on higher profit forecasts.\nThe bidder's customers stayed loyal.",
     "blockaded"),
    ("Miners halt output as rivals circle\n"
     "Strikers blocked the road to the copper operator's mine on Monday, as rivals "
     "prepared a takeover bid.\nAnalysts said shareholders and investors feared lower "
     "profit and revenue.\nThe bidder declined to comment on shares.", "blocked"),
    ("Opposition cries foul as rivals gain share\n"
     "The ruling party's rivals accused it of buying votes in the election on Sunday.\n"
     "Analysts said investors and shareholders feared a hung result would hit shares, "
     "profits and prices.\nCompetitors of state firms rallied.", "accused"),
]
STATE_ARGUMENTS = [
    ("Energy firm takes Spain to court over levy\n"
     "The energy operator accused Spain of expropriating its profits on Tuesday, as rivals "
     "cut prices for customers.\nShareholders and investors backed the company; shares "
     "rose and a merger with a competitor was shelved, analysts said.", "accused"),
    ("Chipmakers caught in tariff fight\n"
     "Beijing hit back on Monday by blacklisting two chip firms, rivals of a local "
     "champion.\nAnalysts said investors and shareholders feared lower profits and "
     "revenue for the carriers.\nShares in both rivals fell, and customers waited.",
     "blacklisting"),
    ("Miner threatens Peru as bidders circle\n"
     "The mining operator threatened Peru with arbitration on Friday, as rival bidders "
     "prepared a takeover.\nShareholders and investors sold shares, analysts said, fearing "
     "lower profits.\nCustomers of the copper were unmoved.", "threatened"),
]


@pytest.mark.parametrize("text,word", OUTSIDE_PARTIES + STATE_ARGUMENTS)
def test_parties_outside_the_market_keep_their_events(event_pipe: Pipeline, text: str,
                                                      word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


def test_business_words_of_the_force_lists_are_no_parties() -> None:
    """'Market forces', 'a sales force', 'the old guard of the board' name no
    party outside the market; gunmen, guards and hackers do (review72)."""
    from eventwire.stages.events.market_wars import party_words

    parties = party_words()
    assert {"gunmen", "guards", "police", "hackers"} <= parties
    assert not {"force", "forces", "guard"} & parties


# a public body the actor stage finds, named by no word of the party list
PUBLIC_BODIES = [
    ("Fare war: Skylark undercuts rival Aerobus\n"
     "DUBLIN - Budget carrier Skylark slashed fares on Monday, opening a price war with its "
     "rival as analysts warned shareholders of both airlines would pay for the takeover "
     "battle.\nSkylark's chief executive accused the Commerce Department of favouring its "
     "competitor in the merger review.\nThe carrier's shares fell as investors weighed the "
     "cost of the fare war to margins and profits.", "accused"),
    ("Telecoms price war deepens\nNAIROBI - Mobile operator Kitenge cut data prices again on "
     "Monday as rivals fought for market share and investors sold shares, analysts said.\n"
     "Kitenge accused the Labor Department of siding with its competitor in a pay dispute.\n"
     "Margins and profits at the operators fell, and customers switched.", "accused"),
    ("Fare war: Skylark undercuts rival Aerobus\n"
     "DUBLIN - Budget carrier Skylark slashed fares on Monday, opening a price war with its "
     "rival as analysts warned shareholders of both airlines would pay for the takeover "
     "battle.\nSkylark's lawyers accused the Justice Department of leaking its merger "
     "plans.\nThe carrier's shares fell as investors weighed the cost to margins and "
     "profits.", "accused"),
]


@pytest.mark.parametrize("text,word", PUBLIC_BODIES)
def test_a_public_body_found_by_the_actor_stage_keeps_the_event(event_pipe: Pipeline, text: str,
                                                                word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found
