"""Classes of eventwire/stages/events/reciprocal.py added in recips9: the
second party of a joint act that the parse hides. Every sentence was
written for these tests; none comes from an evaluation set."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.reciprocal import partner_over_named
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


# recip41: joint giving and the object of a reciprocal act (every sentence
# written for these tests; none comes from an evaluation set)

@pytest.mark.parametrize("text,trigger", [
    ("Chile, Peru send aid as floods spread", "send"),
    ("Canada and Mexico delivered food and blankets to the stricken towns.", "delivered"),
    ("Ghanaian and Nigerian medics arrived to treat the wounded.", "arrived"),
])
def test_joint_giving_has_no_partner_as_recipient(event_pipe: Pipeline, text: str,
                                                  trigger: str) -> None:
    """Class *joint giving*: coordinated donors give together, not to each other."""
    ev = event(event_pipe, text, trigger)
    assert ev.type == "AID"
    assert ev.recipient is None and not ev.reciprocal


@pytest.mark.parametrize("text,trigger,recipient", [
    ("Japan and South Korea sent rescue teams to Nepal after the quake.", "sent", "NPL"),
    ("Sweden and Finland donated vaccines to Malawi.", "donated", "MWI"),
    ("Ethiopia and Kenya helped each other during the drought.", "helped", "KEN"),
])
def test_joint_giving_keeps_a_named_third_party_or_each_other(
        event_pipe: Pipeline, text: str, trigger: str, recipient: str) -> None:
    """Near-misses: the receiving state stays; "each other" stays reciprocal."""
    assert _parties(event_pipe, text, trigger)[1] == recipient


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Serbia and Kosovo exchange 12 prisoners at the Jarinje crossing", "exchange",
     "SRB", "XKX"),
    ("Lima and Quito expelled three envoys each.", "expelled", "PER", "ECU"),
    ("Bolivia and Paraguay agreed on Tuesday to reopen Infante Rivarola after the floods.",
     "agreed", "BOL", "PRY"),
    ("Malaysian and Thai officials met at the sultan's residence in Johor.", "met",
     "MYS", "THA"),
])
def test_the_object_of_a_reciprocal_act_is_no_party(event_pipe: Pipeline, text: str,
                                                    trigger: str, actor: str,
                                                    recipient: str) -> None:
    """Class *the object of a reciprocal act is no party*: the partner wins
    over what is traded, agreed on, or the venue's owner."""
    ev = event(event_pipe, text, trigger)
    assert ev.reciprocal
    assert _parties(event_pipe, text, trigger) == (actor, recipient)


@pytest.mark.parametrize("text,trigger,recipient", [
    ("Ghana and Togo held talks with Burkina Faso on border security.", "talks", "BFA"),
    ("Ghana and Togo agreed with Burkina Faso to patrol the border jointly.", "agreed",
     "BFA"),
    ("Senegal and Mali met with Guinean officials in Dakar.", "met", "GIN"),
    ("Kenyan and Ugandan troops attacked al-Shabab camps near the border.", "attacked",
     "SOM"),
    ("Britain and France sanctioned Iranian officials over the crackdown.", "sanctioned",
     "IRN"),
    ("Chile and Peru expelled Bolivian envoys last week.", "expelled", "BOL"),
])
def test_a_third_party_of_coordinated_actors_stays(event_pipe: Pipeline, text: str,
                                                   trigger: str, recipient: str) -> None:
    """Near-misses: a "with" party of a joint act, and the target of an
    asymmetric act of coordinated subjects ("A and B attacked C"), keep C."""
    ev = event(event_pipe, text, trigger)
    assert not ev.reciprocal
    assert _parties(event_pipe, text, trigger)[1] == recipient


def _mention(text: str, word: str) -> ActorMention:
    i = text.index(word)
    return ActorMention(start=i, end=i + len(word), text=word)


@pytest.mark.parametrize("text,trigger,named,partner,expected", [
    ("Ghana and Togo swapped prisoners on Monday.", "swapped", "prisoners", "Togo", True),
    ("Ghana and Togo agreed with Benin to reopen the road.", "agreed", "Benin", "Togo",
     False),
    ("The chapel attended by the Governor of Ohio, Mary Cole, burned.", "attended",
     "chapel", "Mary Cole", False),
    ("Ghana and Togo condemned the raid on Lome.", "condemned", "raid", "Togo", False),
])
def test_partner_over_named_guards(spacy_nlp: Any, text: str, trigger: str, named: str,
                                   partner: str, expected: bool) -> None:
    """The partner wins over a traded thing, never over a "with" party, an
    apposition of the actor, or the target of an asymmetric act (ACCUSE)."""
    doc = spacy_nlp(text)
    i = text.index(trigger)
    tok = doc.char_span(i, i + len(trigger)).root
    kind = {"swapped": "RETREAT", "agreed": "AGREE", "attended": "CONSULT"}.get(
        trigger, "ACCUSE")
    assert partner_over_named(tok, kind, _mention(text, named),
                              _mention(text, partner)) is expected
