"""A ship's captain is the vessel's (eventwire/stages/events/ship_masters.py,
recip58). Every sentence was written for these tests (none from an
evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,trigger", [
    ("The Indonesian navy seized a Vietnamese fishing boat off Natuna on Monday. Officials "
     "said the captain would be charged with poaching.", "charged"),
    ("Coast guards boarded the ferry near Lamu after it ran aground. Police arrested its "
     "captain on Tuesday, officials said.", "arrested"),
    ("Soldiers beat the trawler captain with batons near the pier on Friday, a fisherman "
     "said.", "beat"),
    ("A cargo ship ran aground off Durban with 22 crew on board. Harbour police detained "
     "the skipper on Thursday.", "detained"),
])
def test_a_civilian_vessel_s_captain_is_bus(pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *a ship's captain is the vessel's*: BUS, not the army rank."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.sectors[:1] == ["BUS"], ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Rebels shot an army captain at a checkpoint near Beni on Sunday, the army said.", "shot"),
    ("Police arrested the team captain after the match on Saturday, the club said.",
     "arrested"),
    ("A navy patrol boat ran aground near the base on Monday. Military police arrested "
     "its captain, the ministry said.", "arrested"),
])
def test_other_captains_keep_their_sector(pipe: Pipeline, text: str, trigger: str) -> None:
    """An army captain, a team's captain with no vessel near, and a navy
    boat's captain are no civilian vessel's."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is None or ev.recipient.sectors[:1] != ["BUS"], ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("The Norwegian coast guard detained the Russian trawler Polar Star off Svalbard on "
     "Sunday. Police in Tromso said the captain had been charged with illegal fishing.",
     "charged", "RUS"),
    ("Kiribati police seized a Chinese fishing boat near Tarawa on Monday. The captain was "
     "charged with fishing without a licence.", "charged", "CHN"),
    ("Thai sailors stopped two Cambodian fishing boats near Koh Kong and beat the boat "
     "captain with a rifle butt, a fisherman said.", "beat", "KHM"),
])
def test_the_captain_is_of_his_vessel_s_country(pipe: Pipeline, text: str, trigger: str,
                                                country: str) -> None:
    """The captain's country is his vessel's, not his captor's."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
