"""Class of eventwire/stages/events/passive_threats.py: the speaker of a
reported threat told in the passive with no agent is its actor (the labelling
guide's vows of justice and its twenty-eighth-session decision on the
passive threat). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.passive_threats import vower
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    ("\"Anyone caught burning crops will be prosecuted,\" the farm minister told reporters.",
     "prosecuted", "minister"),
    ("The governor warned that the ringleaders would be hunted down and jailed.",
     "hunted", "governor"),
    ("Violators of the curfew can be detained without a warrant, the army command said "
     "on Sunday.", "detained", "command"),
    ("The mayor vowed that whoever torched the depot would be found and punished.",
     "punished", "mayor"),
])
def test_vower_is_the_actor(spacy_nlp: Language, text: str, trigger: str, actor: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    doer = vower(verb)
    assert doer is not None and doer.text == actor, (doer, actor)


@pytest.mark.parametrize("text,trigger", [
    # the passive names its agent: the courts, not the speaker
    ("The minister said that anyone who loots will be punished by the courts.", "punished"),
    # an active threat inside the quote: its subject is the doer
    ("\"The army will crush them,\" the general said.", "crush"),
    # a past threat reported, no vow: its doer is unknown
    ("The ministry said no farmer had been threatened by anyone.", "threatened"),
    ("The ministry said no farmer had been threatened.", "threatened"),
    # a denial vows nothing
    ("The spokesman denied that the detainees would be punished.", "punished"),
])
def test_near_misses(spacy_nlp: Language, text: str, trigger: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    assert vower(verb) is None


def test_whole_stage_gives_the_threat_its_speaker(event_pipe: Pipeline) -> None:
    events = by_trigger(event_pipe,
                        "\"Anyone who attacks a polling station will be arrested,\" the "
                        "election commissioner said on Tuesday.")
    ev = events.get("arrested")
    assert ev is not None and ev.type == "THREATEN", events
    assert ev.actor is not None and "commissioner" in ev.actor.text


def test_whole_stage_leaves_an_announcement_without_actor(event_pipe: Pipeline) -> None:
    # not a threat: the release announced keeps no actor
    events = by_trigger(event_pipe,
                        "The port authority said the seized trawler would be released "
                        "once its owners paid the fine.")
    ev = events.get("released")
    assert ev is not None and ev.type != "THREATEN", events
    assert ev.actor is None


@pytest.mark.parametrize("text,trigger", [
    # an announced measure on a named group, no wrongdoer described
    ("The interior minister said the new arrivals would be detained at the port.", "detained"),
    ("The minister said the seized boats would be sunk after the hearing.", "sunk"),
    # a refusal, negated: no vow
    ("\"We will not be intimidated by these drills,\" the premier said.", "intimidated"),
])
def test_announcements_and_refusals(spacy_nlp: Language, text: str, trigger: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    assert vower(verb) is None


# types44: a prosecution vowed against a described wrongdoer is the threatened
# sanction, THREATEN `arrest` (docs/annotation.md rec_b, rec_u and "The speaker as
# doer of a threat in the passive"), not the lexicon's ACCUSE of a charge brought
@pytest.mark.parametrize("text", [
    "\"Whoever sells these permits will be prosecuted,\" the land commissioner said.",
    "The governor said those responsible for the fires would be prosecuted.",
    "Any official who takes a bribe at the border will be prosecuted, the president said.",
    "The minister told parliament that looters would be prosecuted without exception.",
])
def test_a_vowed_prosecution_is_a_threat(event_pipe: Pipeline, text: str) -> None:
    ev = by_trigger(event_pipe, text).get("prosecuted")
    assert ev is not None and (ev.type, ev.mode) == ("THREATEN", "arrest"), \
        by_trigger(event_pipe, text)


@pytest.mark.parametrize("text", [
    # a named or custody-named group: an announced step, the charge's ACCUSE
    "The prosecutor said the three officers would be prosecuted for manslaughter.",
    "Police said those arrested would be prosecuted under the riot act.",
    # a past prosecution, a negation, an agent
    "Two of the looters were prosecuted last year.",
    "The minister said the protesters would not be prosecuted.",
    "He said anyone who lied would be prosecuted by the special court.",
])
def test_prosecutions_that_are_no_vow_keep_their_type(event_pipe: Pipeline, text: str) -> None:
    ev = by_trigger(event_pipe, text).get("prosecuted")
    assert ev is None or ev.type != "THREATEN", by_trigger(event_pipe, text)


# rules61 (relabel61 (b)): a punishment vowed on a condition; the pronoun the
# passive takes is a wrongdoer the if- or unless-clause describes
@pytest.mark.parametrize("text,trigger,actor", [
    ("\"If the guards are found guilty, they will be jailed,\" the warden told reporters.",
     "jailed", "warden"),
    ("\"Unless the smugglers hand back the cattle, they will be punished,\" the chief said.",
     "punished", "chief"),
    ("The governor warned that if the contractors took bribes, they would be prosecuted.",
     "prosecuted", "governor"),
])
def test_a_conditioned_pronoun_is_a_wrongdoer(spacy_nlp: Language, text: str, trigger: str,
                                              actor: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    doer = vower(verb)
    assert doer is not None and doer.text == actor, (doer, actor)


@pytest.mark.parametrize("text,trigger", [
    # a pronoun with no condition: the group is named elsewhere, not described
    ("\"They will be punished,\" the mayor said after the strikers blocked the bridge.",
     "punished"),
    # the condition is there but the act is negated: no vow
    ("\"If the talks succeed, they will not be arrested,\" the mediator said.", "arrested"),
])
def test_conditioned_near_misses(spacy_nlp: Language, text: str, trigger: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    assert vower(verb) is None
