"""Class *the party a threat's condition asks to act*
(``eventwire/stages/events/condition_parties.py``, branch threats53;
docs/annotation.md "Questions decided (relabel53, 2026-12-06)"). Every
sentence here was written for these tests, none copied from an
evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import EventMention
from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def threat(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    """The event whose trigger starts with ``trigger`` (fails showing all)."""
    found = [e for e in events_of(pipe, text) if e.trigger.text.split()[0] == trigger]
    assert found, [(e.trigger.text, e.type) for e in events_of(pipe, text)]
    return found[0]


def recipient_text(ev: EventMention) -> str:
    return "" if ev.recipient is None else ev.recipient.text


@pytest.mark.parametrize("text,trigger,party", [
    # if: the condition's subject beats the act's own object (the airport is content)
    ("The militia said it would shell the airport if the army did not leave the town.",
     "shell", "army"),
    ("Ankara will retaliate if Damascus shells the border villages again, the minister said.",
     "retaliate", "Damascus"),
    ("The guerrillas said they would blow up the pipeline if the government did not free "
     "their commander.", "blow", "government"),
    # unless, fronted and after the act
    ("\"Unless the council reverses the fare rise, we will block every depot,\" the "
     "drivers' union said.", "block", "council"),
    ("The dockers' union threatened to shut down every port unless the employers "
     "raised wages by June.", "threatened", "employers"),
    # a threat verb whose threatened act holds the condition
    ("The gang warned that it would burn the markets unless the transitional council "
     "resigned.", "warned", "council"),
])
def test_the_conditions_party_is_the_recipient(event_pipe: Pipeline, text: str,
                                               trigger: str, party: str) -> None:
    ev = threat(event_pipe, text, trigger)
    assert ev.type == "THREATEN", ev
    assert party in recipient_text(ev), ev.recipient


@pytest.mark.parametrize("text,trigger,party", [
    # until: a stance still to come ended by the party's act
    ("The rebels warned they would keep shelling the garrison until the junta frees "
     "their leader.", "warned", "junta"),
    # a pronoun subject of the condition stays the pronoun
    ("\"If they attack the camp again, we will hit back hard,\" the commander said.",
     "hit", "they"),
    # a generic "you" asked to act
    ("\"If you take up arms against the republic, the army will respond with force,\" "
     "the president said.", "respond", "you"),
])
def test_until_clauses_and_pronouns(event_pipe: Pipeline, text: str, trigger: str,
                                    party: str) -> None:
    ev = threat(event_pipe, text, trigger)
    assert ev.type == "THREATEN", ev
    assert recipient_text(ev).lower() == party.lower() or party in recipient_text(ev), \
        ev.recipient


def test_the_threat_verbs_own_addressee_stays(event_pipe: Pipeline) -> None:
    """"warned the council that ... if the strike continued": the addressee
    (the guide: the same party, or the first choice when the condition
    names none)."""
    text = ("The minister warned the council that the city would cut its funding if "
            "the strike continued.")
    assert "council" in recipient_text(threat(event_pipe, text, "warned"))


def test_a_subject_owned_by_a_pronoun_keeps_the_labelled_party(event_pipe: Pipeline) -> None:
    """"sanctions on Ruritania if its troops ...": the troops are Ruritania's
    own, the labelled object stays (the guide's same-party line)."""
    text = ("The minister said the bloc would impose sanctions on Syria if its "
            "troops did not leave the border zone.")
    assert "troops" not in recipient_text(threat(event_pipe, text, "impose"))


@pytest.mark.parametrize("text,trigger,word", [
    # conditions about the weather, time or an event: no party
    ("The union threatened to strike if the rain did not stop by Friday.", "threatened",
     "rain"),
    ("The rebels warned they would resume fighting if the talks collapsed.", "warned",
     "talks"),
    # a passive condition names no party; the act's own object stays
    ("The kidnappers threatened to kill the hostages if the ransom was not paid.",
     "threatened", "ransom"),
])
def test_no_party_in_the_condition_gives_nothing(event_pipe: Pipeline, text: str,
                                                 trigger: str, word: str) -> None:
    assert word not in recipient_text(threat(event_pipe, text, trigger))


@pytest.mark.parametrize("text,word", [
    # the speaker's own side asks nothing of anyone
    ("\"If we are attacked, we will hit back with everything we have,\" the general said.",
     "we"),
    ("The commander said his forces would retaliate if we were provoked.", "we"),
])
def test_the_speakers_own_side_is_no_recipient(event_pipe: Pipeline, text: str,
                                               word: str) -> None:
    for ev in events_of(event_pipe, text):
        assert recipient_text(ev).lower() != word, ev


def test_a_conditional_that_is_no_threat_is_left_alone(event_pipe: Pipeline) -> None:
    """"aid will flow if the ceasefire holds", "will release the funds if the
    auditors approve": no threat, no rule (the subject is not taken)."""
    for text, word in (("Officials said aid would flow to the region if the ceasefire holds.",
                        "ceasefire"),
                       ("The donors said they would release the funds if the auditors "
                        "approve the accounts.", "auditors")):
        for ev in events_of(event_pipe, text):
            assert word not in recipient_text(ev), ev


@pytest.mark.parametrize("text,party", [
    ("The ministry accused Vilnius of smuggling and warned that Minsk would close the "
     "border if such incidents continued.", "Vilnius"),
    ("Ankara summoned the Greek ambassador on Friday and warned that it would respond "
     "if its airspace was violated again.", "ambassador"),
    ("The junta blamed the rebels for the ambush and warned that the army would strike "
     "back if attacked.", "rebels"),
])
def test_no_party_in_the_condition_the_accused_beside_the_warning(
        event_pipe: Pipeline, text: str, party: str) -> None:
    """Class *the accused of a warning's sentence* (relabel53, B): the one
    accused, blamed or summoned in the verb the warning is joined to."""
    assert party in recipient_text(threat(event_pipe, text, "warned"))


@pytest.mark.parametrize("text", [
    # praise names no party the condition is about
    "The ministry praised Vilnius for its help and warned that Minsk would close the "
    "border if such incidents continued.",
    # an accusation beside a warning with no condition: not this class
    "The ministry accused Vilnius of smuggling and warned that the talks were over.",
])
def test_no_accused_without_an_accusation_and_a_condition(event_pipe: Pipeline,
                                                          text: str) -> None:
    assert "Vilnius" not in recipient_text(threat(event_pipe, text, "warned"))
