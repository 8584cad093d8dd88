"""The victims of a condemned act are no recipient of the condemnation
(eventwire/stages/events/condemned_victims.py, branch recip34). Every
sentence here was written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.condemned_victims import condemned_victim
from tests.conftest import events_of


def _recipient(pipe: Pipeline, text: str, trigger: str) -> ActorMention | None:
    found = {e.trigger.text: e for e in events_of(pipe, text)}
    assert trigger in found, found
    return found[trigger].recipient


@pytest.mark.parametrize("text,trigger", [
    ("Manila condemned the attack on Filipino sailors off Somalia.", "condemned"),
    ("Nairobi denounced an arson attack on a Kenyan cultural centre in Arusha.", "denounced"),
    ("The bishop criticised the detention of three opposition activists.", "criticised"),
    ("Amman condemned the raids as a violation of Lebanon's borders.", "condemned"),
    ("The union condemned the killing of two farmers by the army.", "condemned"),
])
def test_the_victims_of_a_condemned_act_are_no_recipient(event_pipe: Pipeline, text: str,
                                                         trigger: str) -> None:
    """A mention in the patient phrase of the harm a condemnation names."""
    r = _recipient(event_pipe, text, trigger)
    assert r is None, r


@pytest.mark.parametrize("text,trigger,word", [
    ("Kyiv condemned Russia's attack on the port of Odesa.", "condemned", "Russia"),
    ("The European Union condemned the junta.", "condemned", "junta"),
    ("The opposition condemned the government for its crackdown on students.", "condemned",
     "government"),
])
def test_the_doer_or_the_one_condemned_stays(event_pipe: Pipeline, text: str, trigger: str,
                                             word: str) -> None:
    """The condemned act's doer, or the verb's own object, stays."""
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and word in r.text, r


def test_the_act_itself_keeps_its_victims(event_pipe: Pipeline) -> None:
    """Only the condemnation loses them: the attack's own recipient stays."""
    r = _recipient(event_pipe, "Manila condemned the attack on Filipino sailors off "
                   "Somalia.", "attack")
    assert r is not None and "Filipino" in r.text, r


def test_the_condemning_verbs_are_one_list() -> None:
    """review75: ``agents.EVALUATIVE_VERBS`` is built on the same
    condemning verbs, not a second copy of them."""
    from eventwire.stages.events import agents, condemned_victims

    assert agents.CONDEMN_VERBS is condemned_victims.CONDEMN_VERBS
    assert condemned_victims.CONDEMN_VERBS <= agents.EVALUATIVE_VERBS


@pytest.mark.parametrize("text,trigger,doer,victim", [
    ("Rights groups condemned the killing of farmers by soldiers in the north.", "condemned",
     "soldiers", "farmers"),
    ("Kabul denounced the abduction of aid workers by gunmen.", "denounced", "gunmen",
     "workers"),
    ("Delhi criticised the arrest of Indian fishermen by the Sri Lankan navy.", "criticised",
     "navy", "fishermen"),
])
def test_the_by_agent_is_not_dropped(event_pipe: Pipeline, text: str, trigger: str, doer: str,
                                     victim: str) -> None:
    """review75: the module keeps the "by" doer as an option (the
    recipient tests above only see that the ranker leaves it out)."""
    doc = event_pipe.nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    assert not condemned_victim(next(t for t in doc if t.text == doer), trig, "ACCUSE")
    assert condemned_victim(next(t for t in doc if t.text == victim), trig, "ACCUSE")
