"""Class *the doer of an act named by a noun's to-infinitive*
(eventwire/stages/events/intent_nouns.py). Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    ("President Omar Bongo defended his decision to suspend the parliament on Tuesday.",
     "suspend", "his"),
    ("The European Union made the decision to ban the Nigerian airline after two crashes.",
     "ban", "The European Union"),
    ("Police said the gang had confirmed their intent to attack the convoy near Kano.",
     "attack", "their"),
])
def test_intent_noun_lends_its_owner(event_pipe: Pipeline, text: str, trigger: str,
                                     actor: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None and ev.actor is not None, ev
    assert ev.actor.text == actor, ev.actor


@pytest.mark.parametrize("text,trigger,not_actor", [
    # not an intent noun: the right to protest is nobody's act here
    ("The court in Lagos upheld the right to protest outside the parliament.",
     "protest", "The court in Lagos"),
    # the noun is no object of the verb: no owner
    ("A decision to expel the diplomats was welcomed in Warsaw.", "expel", "Warsaw"),
    # the verb judges another's intent: its subject is no doer of the act
    ("The opposition party denounced the attempt to arrest its leader in Harare.",
     "arrest", "opposition party"),
    ("Activists in Nairobi questioned the plan to deport the two journalists.",
     "deport", "Activists"),
])
def test_other_nouns_lend_nothing(event_pipe: Pipeline, text: str, trigger: str,
                                  not_actor: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or ev.actor.text != not_actor, ev.actor


# fixes19: the to-infinitive of an intent noun that a verb of judging takes
# as object is parsed as the verb's own clause (advcl/xcomp of the verb,
# not acl of the noun); it is still the noun's act, and the judges are no doers
@pytest.mark.parametrize("text,trigger,not_actor", [
    ("Human rights groups criticised the move to expel the envoys.", "expel",
     "Human rights groups"),
    ("Rights groups criticised the move on Monday to expel the envoys.", "expel",
     "Rights groups"),
    ("Lawyers condemned the decision last week to deport the activists.", "deport",
     "Lawyers"),
    ("Teachers' unions attacked the plan by the ministry to dismiss the strikers.", "dismiss",
     "Teachers' unions"),
])
def test_judged_intent_noun_misparsed(event_pipe: Pipeline, text: str, trigger: str,
                                      not_actor: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or ev.actor.text != not_actor, ev.actor


def test_detached_infinitive_keeps_owner(event_pipe: Pipeline) -> None:
    """A verb of announcing still owns its noun's detached infinitive."""
    ev = by_trigger(event_pipe, "The junta announced the decision on Friday to expel the "
                                "two envoys.").get("expel")
    assert ev is not None and ev.actor is not None and ev.actor.text == "junta", ev
