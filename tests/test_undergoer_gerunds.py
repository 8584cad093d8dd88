"""Class of eventwire/stages/events/undergoer_gerunds.py: the doer of a
gerund hung one link below a passive or predicative clause is that clause's
surface subject. Every sentence here was written for these tests; on main
seven of the nine gerunds of ``test_gerund_below_a_passive`` had no actor
(the trucker's charge noun and the agent-passive's "after attacking" were
right already and pin the older rules), and the whole-stage test failed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events import verb_roles
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    # a passive gerund between
    ("The former mayor was jailed for six years after being convicted of kidnapping "
     "a rival's son.", "kidnapping", "mayor"),
    # a passive conjunct between
    ("A teenage protester was shot and wounded after hurling a petrol bomb at riot police.",
     "hurling", "protester"),
    # a predicative adjective between
    ("A court in Lyon found the nurse guilty of assaulting three patients.", "assaulting",
     "nurse"),
    ("The two smugglers were found guilty of shooting a customs officer.", "shooting",
     "smugglers"),
    # a charge noun between
    ("The trucker was charged with manslaughter for ramming a police car.", "ramming",
     "trucker"),
    ("Four miners were held on charges of attacking a security guard.", "attacking",
     "miners"),
    # a subordinated -ing clause on a passive verb, with or without an agent
    ("The activist was detained by plainclothes agents after attacking a guard.",
     "attacking", "activist"),
    ("A border guard was wounded while chasing smugglers near the river.", "chasing",
     "guard"),
])
def test_gerund_below_a_passive(spacy_nlp: Language, text: str, trigger: str,
                                actor: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    doer = verb_roles.verb_actor(verb)
    assert doer is not None and doer.text == actor, (doer, actor)


@pytest.mark.parametrize("text,trigger,actor", [
    # the agent does a free adjunct with no subordinator
    ("The village was shelled by the army overnight, killing five civilians.", "killing",
     "army"),
    # a finite clause after "after" keeps its own subject
    ("The farmer was arrested after police raided his barn.", "raided", "police"),
    ("The journalist was beaten by soldiers after a gunman attacked the convoy.", "attacked",
     "gunman"),
    # a passive gerund names its own agent
    ("The prisoner was taken to hospital after being beaten by guards.", "beaten", "guards"),
])
def test_near_misses_keep_their_doer(spacy_nlp: Language, text: str, trigger: str,
                                     actor: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    doer = verb_roles.verb_actor(verb)
    assert doer is not None and doer.text == actor, (doer, actor)


@pytest.mark.parametrize("text,trigger,patient", [
    # "by" + gerund: the hidden agent does it, not the passive subject
    ("The rebels were defeated by cutting off their supply of fuel.", "cutting", "rebels"),
    ("The town was retaken by storming the old fort at dawn.", "storming", "town"),
])
def test_by_gerund_is_not_the_patients(spacy_nlp: Language, text: str, trigger: str,
                                       patient: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    doer = verb_roles.verb_actor(verb)
    assert doer is None or doer.text != patient, doer


def test_whole_stage_gives_the_event_its_doer(event_pipe: Pipeline) -> None:
    events = by_trigger(event_pipe,
                        "A Kenyan teacher was sentenced to ten years after being convicted "
                        "of kidnapping a pupil in Nakuru.")
    ev = events["kidnapping"]
    assert ev.actor is not None and "teacher" in ev.actor.text
