"""Class *local government named by its office or body* (sectors66,
``curated.yaml`` agents): a prefect, a city, town or municipal council, the
municipality, its councillors and the agents or officials it employs are the
state's local government (GOV in the guide). No dictionary had them: the
resolver's fill gave a prefect MIL and the bare "agents" gave municipal
agents COP/SPY. Near misses keep their own sector: agents named bare stay
police or secret service, a world body named a council stays an
international one, and a city or town hall is a building or venue, no
actor (as an agent it swallowed the city's name). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline, extract
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings())


def _sectors(pipe: Pipeline, text: str, trigger: str, role: str) -> list[str]:
    """The sectors of the actor or recipient of the event on ``trigger``."""
    for event in extract(text, published="2025-03-10", pipeline=pipe):
        if event.mention.trigger.text == trigger:
            who = getattr(event.mention, role)
            if who is not None:
                return list(who.sectors)
    raise AssertionError(f"no event with a {role} on {trigger!r}")


@pytest.mark.parametrize("text,trigger,role", [
    ("The prefect of Kolda banned all street gatherings on Saturday after two nights "
     "of clashes.", "banned", "actor"),
    ("Municipal agents seized the goods of a dozen hawkers in central Cotonou on "
     "Monday, traders said.", "seized", "actor"),
    ("Angry residents stormed the offices of the town council in Tetovo late on Friday.",
     "stormed", "recipient"),
    ("The city council of Lviv condemned the shelling and demanded compensation.",
     "condemned", "actor"),
    ("Villagers accused the municipality of diverting the river to a private farm.",
     "accused", "recipient"),
    ("Police detained a councillor in Bujumbura on charges of inciting unrest.",
     "detained", "recipient"),
])
def test_local_government_is_government(pipe: Pipeline, text: str, trigger: str,
                                        role: str) -> None:
    assert _sectors(pipe, text, trigger, role)[0] == "GOV"


@pytest.mark.parametrize("text,trigger,role,sector", [
    # agents named bare: police or secret service, as before (recip61)
    ("Plain-clothes agents arrested a blogger outside his flat in Minsk on Sunday.",
     "arrested", "actor", "COP"),
    # a world body named a council is an international organisation
    ("The UN Security Council condemned the coup in Niamey on Thursday.", "condemned",
     "actor", "IGO"),
    # a town hall is a building: the marchers' act has no recipient there
    ("Hundreds of residents marched to the town hall in Tiznit on Monday.", "marched",
     "actor", "CVL"),
    # a prefect's police are the police
    ("Riot police sent by the prefecture fired tear gas at students in Abidjan.",
     "fired", "actor", "COP"),
])
def test_near_misses_keep_their_sector(pipe: Pipeline, text: str, trigger: str, role: str,
                                       sector: str) -> None:
    assert _sectors(pipe, text, trigger, role)[0] == sector
