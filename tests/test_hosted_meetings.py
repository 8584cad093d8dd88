"""The host of a meeting between others is its actor
(eventwire/stages/events/hosted_meetings.py). Every sentence here was written
for these tests; on main after events42 each offer or readiness below took the
first party after "between" as its actor."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_at


def roles(pipe: Pipeline, text: str, word: str) -> tuple[str | None, str | None, str]:
    event = event_at(pipe, text, word)
    return (event.actor.country if event.actor else None,
            event.recipient.text if event.recipient else None, event.type)


@pytest.mark.parametrize("text,word,country,party", [
    # readiness, willingness, an offer or an agreement that governs "host"
    ("Ghana stands ready to host talks between the junta and the opposition.",
     "ready", "GHA", "junta"),
    ("Kenya was ready to host a summit between Ethiopia and Eritrea.", "ready", "KEN",
     "Ethiopia"),
    ("Ghana said it would be willing to host a meeting between the two presidents.",
     "willing", "GHA", "presidents"),
    ("Brazil said it was prepared to host peace negotiations between the two neighbours.",
     "prepared", "BRA", "neighbours"),
])
def test_readiness_to_host_is_the_hosts(event_pipe: Pipeline, text: str, word: str,
                                        country: str, party: str) -> None:
    assert roles(event_pipe, text, word) == (country, party, "AGREE")


@pytest.mark.parametrize("text,word,country", [
    ("Switzerland has offered to host a round of talks between Armenia and Azerbaijan.",
     "offered", "CHE"),
    ("Turkey agreed to host negotiations between Russia and Ukraine.", "agreed", "TUR"),
])
def test_offer_to_host_keeps_its_subject(event_pipe: Pipeline, text: str, word: str,
                                         country: str) -> None:
    assert roles(event_pipe, text, word)[0] == country


@pytest.mark.parametrize("text,word,country,party", [
    # the meeting itself: active through a partitive, passive, a participle
    ("Qatar hosted a fresh round of negotiations between Hamas and Israel last week.",
     "negotiations", "QAT", "Hamas"),
    ("Talks between Iran and Saudi Arabia were hosted by Iraq last month.", "Talks", "IRQ",
     "Iran"),
    ("Switzerland has offered to host a round of talks between Armenia and Azerbaijan.",
     "talks", "CHE", "Armenia"),
])
def test_hosted_meeting_is_the_hosts(event_pipe: Pipeline, text: str, word: str,
                                     country: str, party: str) -> None:
    assert roles(event_pipe, text, word)[:2] == (country, party)


def test_unhosted_talks_keep_their_parties(event_pipe: Pipeline) -> None:
    # no host: the first party acts, the second receives (nominals.between_parties)
    text = "Fresh talks between Ethiopia and Egypt opened in Cairo on Monday."
    assert roles(event_pipe, text, "talks")[:2] == ("ETH", "Egypt")


@pytest.mark.parametrize("text,word,country,party", [
    # review87's probes: a past stance, a "two days of" partitive, a future
    # compound trigger, a passive with a place after the agent
    ("Oman said on Tuesday it stood ready to host direct talks between Washington and Tehran.",
     "ready", "OMN", "Washington"),
    ("Norway hosted two days of talks between the Colombian government and the ELN guerrillas "
     "in Oslo.", "talks", "NOR", "government"),
    ("Kazakhstan will host a fresh round of peace talks between Azerbaijan and Armenia next "
     "month, the foreign ministry said.", "talks", "KAZ", "Azerbaijan"),
    ("Talks between the Sudanese army and the RSF were hosted by Saudi Arabia in Jeddah last "
     "May.", "Talks", "SAU", "army"),
])
def test_probes_of_the_host(event_pipe: Pipeline, text: str, word: str, country: str,
                            party: str) -> None:
    got, recipient, _ = roles(event_pipe, text, word)
    assert got == country and recipient is not None and party in recipient


@pytest.mark.parametrize("text,word,party", [
    # a building holds the meeting; it brokers nothing (review87)
    ("A luxury hotel in Geneva hosted the talks between the two foreign ministers.", "talks",
     "ministers"),
    ("The conference centre in Nairobi hosted negotiations between the government and the "
     "rebels.", "negotiations", "government"),
    ("The Intercontinental Hotel hosted the talks between the two foreign ministers on Friday.",
     "talks", "ministers"),
])
def test_a_venue_is_no_host(event_pipe: Pipeline, text: str, word: str, party: str) -> None:
    event = event_at(event_pipe, text, word)
    assert event.actor is not None and party in event.actor.text


def test_a_talk_show_host_is_no_meeting_host(event_pipe: Pipeline) -> None:
    text = ("The host of the talk show interviewed the president about talks between Russia "
            "and Ukraine.")
    assert roles(event_pipe, text, "talks")[:2] == ("RUS", "Ukraine")
