"""A harm verb that tells the outcome of an act of force it is joined to
(eventwire/stages/events/harm_outcomes.py). Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,act,outcome", [
    ("Border guards shot and wounded a smuggler at the Narva crossing on Sunday, "
     "officials said.", "shot", "wounded"),
    ("Two police officers shot and killed a 19-year-old man in Marseille late on Friday.",
     "shot", "killed"),
    ("Masked gunmen attacked an army checkpoint near Kidal and wounded three soldiers.",
     "attacked", "wounded"),
    ("An intruder stabbed and injured two nurses at the district hospital in Lviv on "
     "Tuesday.", "stabbed", "injured"),
    ("A suicide bomber killed a guard and wounded four passers-by outside the ministry in "
     "Kabul.", "killed", "wounded"),
    # the parser hangs "and" on a word of the first act's phrase
    ("The attacker executed two hostages with a pistol each and gravely wounded a third, "
     "police said.", "executed", "wounded"),
])
def test_the_harm_is_the_outcome_of_the_act(event_pipe: Pipeline, text: str, act: str,
                                            outcome: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert act in found and outcome not in found, found


@pytest.mark.parametrize("text,word", [
    # the harm has its own subject: a clause of its own
    ("Troops fired on the marchers in Bamako and two students were killed, witnesses said.",
     "killed"),
    # joined to an act of another class: a second act
    ("The army launched an offensive in the valley and killed the rebel commander.",
     "killed"),
])
def test_other_harm_verbs_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


def test_the_class_needs_and_and_no_subject(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.events.harm_outcomes import tells_outcome

    doc = spacy_nlp("Police shot and killed the suspect, but rebels later killed two guards.")
    killed = [t for t in doc if t.lower_ == "killed"]
    assert tells_outcome(killed[0])
    assert not tells_outcome(killed[1])


@pytest.mark.parametrize("text,word", [
    # an "and" inside the first act's object is not the coordinator: "but", "yet"
    # set the harm against the act (review65)
    ("Insurgents attacked soldiers and police at the post but did not kill anyone.", "kill"),
    ("Gunmen shot a driver and a guard but wounded nobody else.", "wounded"),
    ("The mob beat the mayor and his aide, yet killed no one.", "killed"),
])
def test_the_coordinator_next_to_the_harm_must_be_and(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                                       word: str) -> None:
    from eventwire.stages.events.harm_outcomes import tells_outcome

    doc = spacy_nlp(text)
    assert not tells_outcome(next(t for t in doc if t.lower_ == word))


@pytest.mark.parametrize("text,word", [
    # a sequence adverb: the harm is the next step, a second act (review65)
    ("Attackers shot the mayor and then killed his bodyguard.", "killed"),
    ("Soldiers beat the prisoners and later killed two of them, the report said.", "killed"),
    ("The gang stabbed a guard and afterwards killed the owner.", "killed"),
    # a time of its own beside the act's: another day, another act
    ("The rebels shelled the town on Monday and killed three farmers in a nearby village "
     "on Thursday.", "killed"),
    ("The militants killed two soldiers in March and killed four policemen in June.", "killed"),
])
def test_a_later_step_is_no_outcome(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                    word: str) -> None:
    from eventwire.stages.events.harm_outcomes import tells_outcome

    doc = spacy_nlp(text)
    assert not tells_outcome([t for t in doc if t.lower_ == word][-1])


@pytest.mark.parametrize("text,word", [
    # one time only, on either verb: still the act's outcome
    ("Riot police shot and wounded a student late on Friday night.", "wounded"),
    ("Police shot a man on Friday and wounded his brother.", "wounded"),
    ("The bandits ambushed a bus in Zamfara and killed nine passengers on Sunday.", "killed"),
])
def test_one_time_for_both_stays_an_outcome(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                            word: str) -> None:
    from eventwire.stages.events.harm_outcomes import tells_outcome

    doc = spacy_nlp(text)
    assert tells_outcome(next(t for t in doc if t.lower_ == word))


def test_the_harms_are_killing_and_the_curated_injuries() -> None:
    """review65: the injuries are curated.yaml's ``injury_verbs``, one list."""
    from eventwire.stages.events.harm_outcomes import harm_verbs
    from eventwire.stages.events.nonevents import word_classes

    assert harm_verbs() == word_classes()["injury_verbs"] | {"kill"}


@pytest.mark.parametrize("text,word,outcome", [
    # a "by" agent on each verb: two doers, two acts (review65)
    ("The guard was shot by a sniper and killed by a second gunman.", "killed", False),
    ("The activist was beaten by guards and hurt by fellow inmates in his cell.", "hurt",
     False),
    ("The envoy was stabbed by a protester and wounded by a police bullet in the melee.",
     "wounded", False),
    # one agent for both: one doer
    ("Two miners were shot and killed by private guards at the pit on Sunday.", "killed",
     True),
])
def test_an_agent_of_its_own_is_another_doer(spacy_nlp, text: str, word: str,  # type: ignore[no-untyped-def]
                                            outcome: bool) -> None:
    from eventwire.stages.events.harm_outcomes import tells_outcome

    doc = spacy_nlp(text)
    assert tells_outcome(next(t for t in doc if t.lower_ == word)) is outcome
