"""Classes of eventwire/stages/events/agents.py (and the raising passive of
roles._subject): who does an act when the plain subject or possessor is
wrong. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    ("The Peruvian interior ministry said the march had been peaceful and urged "
     "organisers to keep it that way.", "urged", "ministry"),
    ("Chilean President Gabriel Boric said the strike was unlawful and accused truckers "
     "of blocking food supplies.", "accused", "Gabriel Boric"),
    ("The Serbian government denied that its troops had crossed the line and accused "
     "Pristina of staging the incident.", "accused", "government"),
    ("The Kenyan army said the convoy had been ambushed near the border, and warned "
     "villagers to stay indoors.", "warned", "army"),
])
def test_speech_act_after_a_reported_clause(event_pipe: Pipeline, text: str, trigger: str,
                                            actor: str) -> None:
    """Class *a speech act coordinated after a reported clause*: the speaker acts."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,not_actor", [
    # a trailing attribution reports both acts
    ("Police raided the offices of the newspaper and ordered its staff out, the paper said.",
     "ordered", "paper"),
    # a non-finite conjunct shares the reported clause's modal
    ("The cabinet said Ankara would close the crossing and suspend all flights to Erbil.",
     "suspend", "cabinet"),
])
def test_reported_conjunct_limits(event_pipe: Pipeline, text: str, trigger: str,
                                  not_actor: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or not_actor not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("The Canadian prime minister condemned the bombing and offered condolences.", "bombing"),
    ("Amnesty International denounced the massacre in the strongest terms.", "massacre"),
    ("The senator called the raid a disgrace.", "raid"),
    ("The UN envoy welcomed the ceasefire.", "ceasefire"),
])
def test_the_evaluator_is_not_the_agent(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *the evaluator of an event is not its agent*."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None, ev.actor


def test_a_light_verb_still_names_the_agent(event_pipe: Pipeline) -> None:
    """Not evaluation: "launched an offensive" is the launcher's offensive."""
    ev = by_trigger(event_pipe, "The Sudanese army launched an offensive on Omdurman.")
    assert ev["offensive"].actor is not None and "army" in ev["offensive"].actor.text


@pytest.mark.parametrize("text,trigger,patient", [
    ("Supporters rallied in Kampala after Besigye's arrest.", "arrest", "Besigye"),
    ("Crowds gathered in Minsk to protest against Babariko's detention.", "detention",
     "Babariko"),
    ("The union demanded an inquiry into the journalist's abduction.", "abduction",
     "journalist"),
])
def test_patients_named_by_the_possessive(event_pipe: Pipeline, text: str, trigger: str,
                                          patient: str) -> None:
    """Class *patients named by the possessive*: the possessor undergoes the act."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or patient not in ev.actor.text, ev.actor


def test_an_of_object_makes_the_possessor_the_agent(event_pipe: Pipeline) -> None:
    ev = by_trigger(event_pipe, "Russia's expulsion of ten diplomats angered Berlin.")
    assert ev["expulsion"].actor is not None and ev["expulsion"].actor.country == "RUS"


@pytest.mark.parametrize("text,trigger,actor", [
    ("Macron is expected to visit Algiers next week.", "visit", "Macron"),
    ("Thousands of farmers are scheduled to march on the capital on Monday.", "march",
     "farmers"),
    ("The rebel commander was ordered to withdraw his fighters from the town.", "withdraw",
     "commander"),
])
def test_a_passive_subject_controls_its_complement(event_pipe: Pipeline, text: str,
                                                   trigger: str, actor: str) -> None:
    """Class *raising and object-control passives*: "X is expected to V",
    "X was ordered to V": X does V."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("Residents fled the Ethiopian shelling of Humera.", "shelling", "ETH"),
    ("Farmers recalled the Sudanese bombing of their village.", "bombing", "SDN"),
    ("Aid workers condemned the Russian shelling of Kharkiv.", "shelling", "RUS"),
])
def test_a_demonym_cut_off_by_the_parse_still_names_the_actor(event_pipe: Pipeline, text: str,
                                                              trigger: str,
                                                              country: str) -> None:
    """Class *the actor of an event noun named by its modifier* when the
    parser makes the demonym a separate object (nominals.named_by_modifier)."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor
