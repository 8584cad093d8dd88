"""People named by a party office (eventwire/stages/actors/party_offices.py).
Sentences written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger", [
    ("Police in Mbabane detained 12 opposition activists. PUDEMO president Sipho Dlamini "
     "accused the police of torture.", "accused"),
    ("Swazi police raided the party's offices. SWAPO president Sipho Dlamini accused the "
     "police of torture.", "accused"),
    ("Zambian police questioned the party's officials. PF secretary general Ruth Banda "
     "dismissed the charges as politically motivated.", "dismissed"),
    ("Albania's parliament passed the budget. Democratic Party leader Ilir Hoxha urged "
     "supporters to march on parliament.", "urged"),
    ("Ghana's parliament met on Monday. Opposition National Party lawmaker Kwame Mensah "
     "accused the minister of lying.", "accused"),
])
def test_a_party_officer_acts_in_the_opposition(event_pipe: Pipeline, text: str,
                                               trigger: str) -> None:
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.sectors == ["OPP"], ev.actor


@pytest.mark.parametrize("text,trigger,sector", [
    ("Russian officials met on Monday. Kremlin spokesman Dmitry Peskov rejected the claim.",
     "rejected", "GOV"),
    ("Sudanese troops moved north. Army spokesman Nabil Osman denied the report.",
     "denied", "MIL"),
])
def test_a_state_body_is_no_party(event_pipe: Pipeline, text: str, trigger: str,
                                  sector: str) -> None:
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and sector in ev.actor.sectors, ev.actor


def test_a_ruling_party_officer_is_not_the_opposition(event_pipe: Pipeline) -> None:
    text = ("Polish police cleared the square. The ruling Freedom Party leader Jan Kowalski "
            "condemned the protest.")
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == "condemned")
    assert ev.actor is None or "OPP" not in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Shares fell sharply on Monday. IBM chairman Robert Lane denied the report of layoffs.",
     "denied"),
    ("The league fined the club. FIFA president Carlos Mendes condemned the racist chants.",
     "condemned"),
    ("Kurdish officials met in Erbil. KRG spokesman Dara Aziz accused Baghdad of withholding "
     "salaries.", "accused"),
    ("The carmaker recalled 2,000 vehicles. GM chairman Sam Okafor apologised to the "
     "customers.", "apologised"),
])
def test_an_acronym_in_a_text_without_parties_is_no_party(event_pipe: Pipeline, text: str,
                                                          trigger: str) -> None:
    """An acronym names a party only in a text that speaks of parties or the
    opposition: a company's, a sports body's or a government's officer is no
    party officer."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is None or "OPP" not in ev.actor.sectors, ev.actor


def test_a_state_acronym_is_no_party(event_pipe: Pipeline) -> None:
    """"UK MP X" in a text that speaks of parties: the acronym is a state."""
    text = ("The opposition party walked out of the debate. UK MP John Hart accused the "
            "minister of lying.")
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == "accused")
    assert ev.actor is not None and ev.actor.sectors == ["LEG"], ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Police dispersed the opposition march. The incumbent NPP chairman Kofi Mensah praised "
     "the police.", "praised"),
    ("Rival parties traded insults. The incumbent Freedom Party leader Jan Kowalski praised "
     "the army.", "praised"),
    ("The opposition boycotted the vote. The governing LDP secretary general Ken Sato "
     "thanked the voters.", "thanked"),
])
def test_every_ruling_word_of_the_party_list(event_pipe: Pipeline, text: str,
                                             trigger: str) -> None:
    """The ruling words are those of ``events/parties.yaml`` ("incumbent" was
    missing from a copy of the list)."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is None or "OPP" not in ev.actor.sectors, ev.actor


def test_a_party_that_once_ruled_is_not_said_ruling() -> None:
    from eventwire.stages.actors.party_offices import said_ruling
    for text, party, ruling in [("the former ruling PF ", "PF", False),
                                ("the once-ruling CHP ", "CHP", False),
                                ("the ousted governing ANC ", "ANC", False),
                                ("the ruling PF ", "PF", True),
                                ("the governing Freedom Party ", "Freedom", True),
                                ("the incumbent NPP ", "NPP", True)]:
        assert said_ruling(text, 0, text.index(party)) is ruling, text
