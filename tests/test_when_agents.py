"""Class of eventwire/stages/events/when_agents.py: a passive harm whose
doer is the subject of its 'when' clause. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger,actor", [
    ("Two villagers were killed when gunmen stormed a market in northern Mali on Sunday.",
     "killed", "gunmen"),
    ("A teacher was shot dead when soldiers opened fire on a crowd in the town, residents "
     "said.", "shot", "soldiers"),
    ("Six miners were kidnapped when armed bandits raided the camp outside Gusau.",
     "kidnapped", "bandits"),
    ("A woman was killed when an Israeli strike hit her house in southern Lebanon.",
     "killed", "Israeli"),
])
def test_the_when_clause_subject_does_the_harm(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Four people were killed when a bomb exploded at a market in Kabul.", "killed"),
    ("A guard was stabbed when he confronted the intruders at the gate.", "stabbed"),
    ("Five protesters were killed when the rally turned violent in the capital.", "killed"),
    ("Two men were killed after police raided the house.", "killed"),
])
def test_no_doer_from_a_thing_a_pronoun_or_another_clause(
        event_rules_pipe: Pipeline, text: str, trigger: str) -> None:
    """A thing that exploded, the victim's own pronoun, a clause with no
    object, and an after-clause (a sequence) give the harm no actor
    (review53: the pronoun case is a harm verb, "pelted" was none)."""
    for ev in events_of(event_rules_pipe, text):
        if ev.trigger.text == trigger:
            assert ev.actor is None, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Two soldiers were killed when troops raided a rebel camp near Beni.", "killed"),
    ("Five militants were killed when Taliban fighters stormed a police post in Ghazni.",
     "killed"),
    ("Four gunmen were shot dead when bandits raided a village near Gusau.", "shot"),
])
def test_no_doer_when_the_harmed_are_the_subjects_own_side(
        event_rules_pipe: Pipeline, text: str, trigger: str) -> None:
    """review53: the attackers' own men fell to those they attacked."""
    for ev in events_of(event_rules_pipe, text):
        if ev.trigger.text == trigger:
            assert ev.actor is None, ev.actor


def test_armed_sides_of_two_countries_keep_the_doer(event_rules_pipe: Pipeline) -> None:
    text = "Two Russian soldiers were killed when Ukrainian troops shelled their trench."
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == "killed")
    assert ev.actor is not None and ev.actor.text.endswith("troops"), ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("The aid worker was kidnapped in 1998 when the Taliban ruled Afghanistan.", "kidnapped"),
    ("Her brother was killed when rebels held the town in 2012.", "killed"),
    ("A reporter was abducted in 2014 when a militia controlled the port city.", "abducted"),
])
def test_a_clause_of_standing_rule_is_a_backdrop(
        event_rules_pipe: Pipeline, text: str, trigger: str) -> None:
    """review53: who ruled or held a place then did not do the harm."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is None, ev.actor
