"""Classes of eventwire/stages/events/noun_doers.py: the doer of an act named
by a noun, found outside the noun's own phrase. Every sentence here was
written for these tests (none is taken from an evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


def _actor(pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("Serbia denied that Belgrade was behind the attack on the monastery.", "attack",
     "Belgrade"),
    ("The Islamic State group was responsible for the bombing in Kabul.", "bombing",
     "Islamic State"),
    ("His lawyer insisted that the scientist had no role in the attacks.", "attacks",
     "scientist"),
    ("The suspect had nothing to do with the killings, his brother said.", "killings",
     "suspect"),
])
def test_who_is_behind_an_act(event_pipe: Pipeline, text: str, trigger: str,
                              actor: str) -> None:
    """Class *who is behind an act*: a predicate of responsibility names the doer."""
    _actor(event_pipe, text, trigger, actor)


@pytest.mark.parametrize("text,trigger,actor", [
    ("China began three days of military exercises near the island.", "exercises", "China"),
    ("Police began two hours of negotiations with the gunman.", "negotiations", "Police"),
    ("The two governments will hold a new round of talks in Geneva.", "talks", "governments"),
    ("Greece was calm after eight days of riots by angry youths.", "riots", "youths"),
    # "staged" is lemmatised "stag": the support verb is read by its form too (review81)
    ("Opposition parties staged three days of protests in the port city.", "protests",
     "parties"),
    ("Nurses staged two weeks of strikes over unpaid wages.", "strikes", "Nurses"),
])
def test_a_measure_of_an_act(event_pipe: Pipeline, text: str, trigger: str,
                             actor: str) -> None:
    """Class *a measure of an act*: the measure noun carries the support verb."""
    _actor(event_pipe, text, trigger, actor)


@pytest.mark.parametrize("text,trigger", [
    # "held X responsible": the holder is not behind it
    ("Kyiv held Moscow responsible for any new attack on the plant.", "attack"),
    # the measure under a verb of undergoing or watching lends no doer
    ("Kenya has faced weeks of protests over the tax bill.", "protests"),
    ("The capital saw days of protests.", "protests"),
    # a measure in a phrase of circumstance
    ("The minister resigned after three days of riots.", "riots"),
])
def test_measure_look_alikes(event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("The interior minister blamed separatists for the bombing of the bridge.", "bombing",
     "separatists"),
    ("Oslo accused the Russian navy of the sinking of a trawler near Svalbard.", "sinking",
     "Russian navy"),
    ("The government accuses army officers of a role in the killing of the journalist.",
     "killing", "army officers"),
    ("The rebels were blamed for the ambush on the army convoy.", "ambush", "rebels"),
    ("A former guard was charged with murder for the shooting of two inmates.", "shooting",
     "former guard"),
    ("The gunman accused of the massacre at the mosque will face trial in May.", "massacre",
     "gunman"),
    ("The police suspect a local gang of the kidnapping of the businessman.", "kidnapping",
     "gang"),
])
def test_the_one_accused_of_an_act(event_pipe: Pipeline, text: str, trigger: str,
                                   actor: str) -> None:
    """Class *the one accused of an act* (actors41): the one an accusing verb
    names (its object, its passive subject, the noun its reduced relative
    hangs on) is the doer of the act in its for/of complement."""
    _actor(event_pipe, text, trigger, actor)


@pytest.mark.parametrize("text,trigger", [
    # a liability for an act that may come: nobody is said to carry it out
    ("Niger holds the Beninese authorities responsible for any new attack on the pipeline.",
     "attack"),
    # accused of something else than the act
    ("The judge accused the mayor of failing to prevent the attack on the market.", "attack"),
    ("Critics blamed the minister for the delay in the investigation of the bombing.",
     "bombing"),
])
def test_accusation_look_alikes_name_no_doer(event_pipe: Pipeline, text: str,
                                             trigger: str) -> None:
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is None, ev.actor
