"""Classes of eventwire/stages/events/reciprocal.py added in recips9: the
second party of a joint act that the parse hides. Every sentence was
written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger as event


def _parties(pipe: Pipeline, text: str, trigger: str) -> tuple[str | None, str | None]:
    ev = event(pipe, text, trigger)
    return (ev.actor.country if ev.actor else None,
            ev.recipient.country if ev.recipient else None)


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Kenya, Tanzania agree to reopen border crossings", "agree", "KEN", "TZA"),
    ("Peru, Chile sign fisheries accord after long dispute", "sign", "PER", "CHL"),
    ("Armenia, Azerbaijan agree to resume border talks", "agree", "ARM", "AZE"),
])
def test_a_headline_comma_coordinates_the_parties(event_pipe: Pipeline, text: str,
                                                  trigger: str, actor: str,
                                                  recipient: str) -> None:
    """Class *a headline's comma for "and"*: first name acts, second receives."""
    assert _parties(event_pipe, text, trigger) == (actor, recipient)


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("NAIROBI (Reuters) - Kenya and Somalia agreed on Friday to restore diplomatic ties.",
     "agreed", "KEN", "SOM"),
    ("LIMA, May 2 (AFP) - Peruvian and Bolivian troops clashed along the lake shore.",
     "clashed", "PER", "BOL"),
    ("HANOI (AP) - Vietnam and Cambodia signed a border treaty on Monday.", "signed", "VNM",
     "KHM"),
])
def test_a_dateline_subject_hides_no_second_party(event_pipe: Pipeline, text: str,
                                                  trigger: str, actor: str,
                                                  recipient: str) -> None:
    """The parse made the dateline the subject; the joint actors follow it."""
    assert _parties(event_pipe, text, trigger) == (actor, recipient)


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Ghana and Togo began talks in Accra on Monday.", "talks", "GHA", "TGO"),
    ("Chilean and Argentine officials held meetings in Santiago.", "meetings", "CHL", "ARG"),
    ("Serbia and Hungary opened negotiations on a new pipeline.", "negotiations", "SRB",
     "HUN"),
])
def test_a_joint_act_named_by_the_object(event_pipe: Pipeline, text: str, trigger: str,
                                         actor: str, recipient: str) -> None:
    """A joint act noun under a verb: the verb's coordinated subject."""
    assert _parties(event_pipe, text, trigger) == (actor, recipient)


def test_a_comma_inside_one_name_is_no_list(event_pipe: Pipeline) -> None:
    """One subject with a place appended ("Paris, France") is one party."""
    ev = event(event_pipe, "France said its troops attacked rebel positions near Gao.",
               "attacked")
    assert not ev.reciprocal


@pytest.mark.parametrize("text,trigger", [
    ("Malian and French troops attacked the camp near Kidal on Friday.", "attacked"),
    ("The United States and Britain kept up their air strikes on Tuesday.", "strikes"),
])
def test_a_joint_actor_is_no_reciprocal_pair(event_pipe: Pipeline, text: str,
                                             trigger: str) -> None:
    """Allies acting together: no party is the other's recipient."""
    ev = event(event_pipe, text, trigger)
    assert not ev.reciprocal, (ev.actor, ev.recipient)
