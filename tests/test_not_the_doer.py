"""Classes of eventwire/stages/events/not_the_doer.py: an event noun whose
clause does not lend it its doer. Every sentence here was written for these
tests (none is taken from an evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


def _no_actor(pipe: Pipeline, text: str, trigger: str) -> None:
    ev = by_trigger(pipe, text).get(trigger)
    assert ev is None or ev.actor is None, ev.actor


def _actor(pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Detectives arrested a 40-year-old man in Leeds after the shooting.", "shooting"),
    ("The interior minister resigned during the riots that shook the capital.", "riots"),
    ("The Chadian army withdrew from the border town following the siege.", "siege"),
    ("The regional governor imposed a curfew amid the protests.", "protests"),
    ("Nigeria recalled its envoy to Niamey before the coup.", "coup"),
])
def test_an_act_in_a_phrase_of_circumstance(event_pipe: Pipeline, text: str,
                                            trigger: str) -> None:
    """Class *an act in a phrase of circumstance*: the clause's subject did
    not do the act its time phrase names."""
    _no_actor(event_pipe, text, trigger)


@pytest.mark.parametrize("text,trigger", [
    ("Malian soldiers repelled the attack on their base near Gao.", "attack"),
    ("A Dutch frigate thwarted an attack on a tanker off Oman.", "attack"),
    ("Riot police broke up the rally outside the ministry.", "rally"),
    ("Security forces cracked down on the protests in Dhaka.", "protests"),
    ("Soldiers opened fire on demonstrations in the northern city.", "demonstrations"),
])
def test_an_act_stopped_or_put_down(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *an act stopped or put down*: the one who stops it is its opponent."""
    _no_actor(event_pipe, text, trigger)


@pytest.mark.parametrize("text,trigger", [
    ("Plain-clothes officers followed the march through the old town.", "march"),
    ("African Union observers will monitor the withdrawal from the buffer zone.",
     "withdrawal"),
    ("Mounted police escorted the protest to the square.", "protest"),
])
def test_an_act_watched_or_escorted(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *an act watched or escorted*: the watcher did not march."""
    _no_actor(event_pipe, text, trigger)


@pytest.mark.parametrize("text,trigger,actor", [
    # a light or support verb: its subject does the act
    ("Rebel fighters launched an attack on the garrison at dawn.", "attack", "fighters"),
    ("Kurdish forces carried out a raid on the village.", "raid", "forces"),
    # a preposition of taking part: the subject is a participant
    ("Thousands of farmers joined in the protests outside parliament.", "protests",
     "farmers"),
    # the noun's own agent stays, whatever the clause does
    ("Police dispersed the students' protest with tear gas.", "protest", "students"),
    ("The defence minister resigned after the attack by the militia on the port.", "attack",
     "militia"),
])
def test_look_alikes_keep_their_doer(event_pipe: Pipeline, text: str, trigger: str,
                                     actor: str) -> None:
    """Look-alikes: a light verb's subject, a participant, the noun's own agent."""
    _actor(event_pipe, text, trigger, actor)


@pytest.mark.parametrize("text,trigger", [
    ("Detectives arrested a retired nurse in the 1990 killings of two hikers.", "killings"),
    ("Police in Lyon arrested two brothers for the bombing of a mosque.", "bombing"),
    ("Investigators arrested a former guard for the shooting at the synagogue.", "shooting"),
])
def test_a_crime_named_by_an_act_of_justice(event_pipe: Pipeline, text: str,
                                            trigger: str) -> None:
    """Class *a crime named by an act of justice*: who arrests did not do it."""
    _no_actor(event_pipe, text, trigger)


@pytest.mark.parametrize("text,trigger", [
    ("Five people died in the attack on the market.", "attack"),
    ("The bus driver died in the shooting near the station.", "shooting"),
    ("An elderly farmer died in the bombing of the village.", "bombing"),
])
def test_the_victims_of_an_act(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *the victims of an act*: who dies in it did not do it."""
    _no_actor(event_pipe, text, trigger)


@pytest.mark.parametrize("text,trigger", [
    ("Two brothers went on trial on Monday in Paris.", "trial"),
    ("Three gunmen begin trial in Mombasa.", "trial"),
    ("Four smugglers stand trial in Athens this week.", "trial"),
])
def test_a_trial_undergone(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *a trial undergone*: the defendant does not try."""
    _no_actor(event_pipe, text, trigger)


def test_joining_an_act_keeps_its_doer(event_pipe: Pipeline) -> None:
    """Look-alike: "joined in the strike" -- "in" after a verb of taking part."""
    ev = by_trigger(event_pipe, "Thousands of workers joined in the strike.")["strike"]
    assert ev.actor is not None and "workers" in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("The junta expelled the Kenyan envoy, accusing him of spreading lies about the "
     "ambush.", "ambush"),
    ("The police chief spoke to reporters about the shooting outside the stadium.",
     "shooting"),
    ("Lawmakers questioned the defence minister regarding the raid on the village.", "raid"),
])
def test_an_act_talked_about(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *an act talked about* (recips18): who talks about it did not do it.
    The event must be found (review18: ``_no_actor`` also passes when the
    trigger is no event, so the test could not fail on a lost event)."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None, trigger
    assert ev.actor is None, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Canada expels Iranian diplomat over attack in Ottawa.", "attack"),
    ("The defence minister quit over the bombing of a school in Kandahar.", "bombing"),
    ("Prosecutors charged an official over the kidnapping of a dissident in Paris.",
     "kidnapping"),
])
def test_an_act_a_reaction_answers(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *an act a reaction answers* (actors31): who expels, quits or
    charges over an act did not do it."""
    _no_actor(event_pipe, text, trigger)


def test_an_apology_over_an_act_keeps_its_doer(event_pipe: Pipeline) -> None:
    """"apologised over the strike": no verb of reaction to another's act."""
    _actor(event_pipe, "Israel apologised over the strike on the convoy.", "strike", "Israel")


def test_one_trial_word_list() -> None:
    """review57: the trial nouns and the "stand / face / await" verbs are
    listed once; not_the_doer's undergone trial reads them from here."""
    from eventwire.stages.events import not_the_doer, target_tokens
    assert target_tokens.TRIAL_NOUNS <= not_the_doer.UNDER_TRIAL_NOUNS
    assert target_tokens.TRIAL_VERBS <= not_the_doer.UNDERGO_VERBS


@pytest.mark.parametrize("text,trigger", [
    ("Two Albanian nurses testified at the trial in Tirana on Monday.", "trial"),
    ("The former mayor of Cusco did not attend the hearing, his lawyer said.", "hearing"),
    ("Jurors in Leeds heard emotional evidence on Tuesday in the trial of the two brothers.",
     "trial"),
    ("Judge Okafor adjourned the trial of the Lagos activists until March.", "trial"),
])
def test_a_court_proceeding_taken_part_in(event_pipe: Pipeline, text: str,
                                          trigger: str) -> None:
    """Class *a court proceeding taken part in* (actors61): who testifies at,
    attends, hears evidence in or adjourns a trial does not do it."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None, ev.actor


def test_a_body_holding_a_proceeding_does_it(event_pipe: Pipeline) -> None:
    """Not that class: "the tribunal completed the trial" (``CONDUCT_VERBS``)."""
    _actor(event_pipe, "The Dhaka war crimes tribunal completed the trial of the party "
                       "leaders on Sunday.", "trial", "tribunal")


@pytest.mark.parametrize("text,trigger", [
    ("The interior ministry confirmed the deployment of riot police to the port city.",
     "deployment"),
    ("The governor defended the crackdown in a televised address on Sunday.", "crackdown"),
    ("In his speech the senator did not mention the killings in the mining town.", "killings"),
    ("A spokesman for the embassy declined to comment on the detention of the two reporters.",
     "detention"),
    ("Lisbon will raise the expulsion of its consul at the next EU summit.", "expulsion"),
])
def test_an_act_confirmed_defended_or_commented_on(event_pipe: Pipeline, text: str,
                                                   trigger: str) -> None:
    """Class *an act confirmed, defended or commented on* (actors62): who
    speaks of an act did not do it."""
    _no_actor(event_pipe, text, trigger)


@pytest.mark.parametrize("text,trigger,actor", [
    ("Rebel drones struck a fuel depot overnight, and the rebels' military command later "
     "confirmed the strike.", "strike", "rebels"),
    ("The Chadian army confirmed the raid on an insurgent camp near the lake.", "raid", "army"),
    ("Kenyan troops confirmed the assault on the militant base after dawn.", "assault",
     "troops"),
])
def test_a_force_confirming_its_own_operation_keeps_it(event_pipe: Pipeline, text: str,
                                                       trigger: str, actor: str) -> None:
    """Guard of *an act confirmed*: an armed force that confirms an
    operation reports its own act; a light verb still lends its subject."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None
    assert ev.actor is not None and actor in ev.actor.text, ev.actor
