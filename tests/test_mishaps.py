"""Harm nobody meant and a worker dismissed (eventwire/stages/events/mishaps.py).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("A freight train hit a school bus at a level crossing near Tarnow on Monday.", "hit"),
    ("Two hikers were killed when their tent was struck by a falling tree.", "struck"),
    ("A gas leak overcame and killed three miners in the shaft.", "killed"),
    ("Tainted liquor killed 40 villagers in the district last week.", "killed"),
    ("The carriages were hit by a second train coming the other way.", "hit"),
])
def test_an_accidental_doer_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The train bombing killed 191 commuters in Madrid.", "killed"),
    # (not "attacked a train ... and killed": one event, on "attacked", harm_outcomes.py)
    ("Militants stopped a train near Quetta and killed six passengers.", "killed"),
    ("A man drove a car into the crowd and killed four people.", "killed"),
])
def test_a_deliberate_act_near_these_words_stays(event_pipe: Pipeline, text: str,
                                                 word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Residents of the town hardest hit by the floods shouted at the minister.", "hit"),
    ("Aid reached villages flattened by the earthquake on Tuesday.", "flattened"),
    ("Farmers in the valley devastated by the cyclone asked for seed.", "devastated"),
])
def test_a_participle_harmed_by_nature(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


def test_a_participle_harmed_by_a_militia_stays(event_pipe: Pipeline) -> None:
    text = "Aid reached villages destroyed by the militia on Tuesday."
    assert "destroyed" in triggers(event_pipe, text)


@pytest.mark.parametrize("text", [
    "A warehouse employee who was fired last week returned with a rifle.",
    "The suspect had been fired by the bakery a month earlier, police said.",
    "Neighbours said the restaurant fired him after a dispute over wages.",
    "She was sacked from the newspaper in March.",
])
def test_a_worker_dismissed_is_no_assault(event_pipe: Pipeline, text: str) -> None:
    found = {(e.trigger.text, e.type) for e in events_of(event_pipe, text)}
    assert not any(t in ("fired", "sacked") for t, _ in found), found


@pytest.mark.parametrize("text", [
    "No shots were fired during the standoff with the rebels.",
    "Soldiers said they were fired on by gunmen near the checkpoint.",
    "Rockets were fired at the town from across the border.",
    "Police fired tear gas at the protesters outside parliament.",
])
def test_shots_fired_stay(event_pipe: Pipeline, text: str) -> None:
    assert "fired" in triggers(event_pipe, text)


@pytest.mark.parametrize("text", [
    "Supporters of the former vice president, whom Mugabe fired last week, marched in Harare.",
    "The president fired his defence minister on Sunday after the mutiny.",
    "The governor was sacked by the cabinet after the riots.",
])
def test_an_office_holder_removed_is_no_dismissal(event_pipe: Pipeline, text: str) -> None:
    from eventwire.stages.events.mishaps import is_dismissal

    doc = event_pipe.nlp(text)
    assert not any(is_dismissal(t) for t in doc), text


# review18: "branch" is also an organisation's wing; its blow is deliberate
@pytest.mark.parametrize("text,verb", [
    ("The armed branch of the movement killed two soldiers near the border.", "killed"),
    ("The group's military branch struck an army post on Sunday.", "struck"),
])
def test_an_armed_branch_is_no_accidental_doer(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                               verb: str) -> None:
    from eventwire.stages.events.mishaps import has_accidental_doer

    tok = next(t for t in spacy_nlp(text) if t.text == verb)
    assert not has_accidental_doer(tok)


# review18: a body named like an accidental agent (the Daily Express) is no accident
@pytest.mark.parametrize("text,verb", [
    ("The Daily Express hit out at the minister over the scandal.", "hit"),
    ("The Express struck a defiant tone, attacking the prime minister.", "struck"),
])
def test_a_named_body_is_no_accidental_doer(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                            verb: str) -> None:
    from eventwire.stages.events.mishaps import has_accidental_doer

    tok = next(t for t in spacy_nlp(text) if t.text == verb)
    assert not has_accidental_doer(tok)


def test_a_passenger_express_is_still_an_accidental_doer(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.events.mishaps import has_accidental_doer

    doc = spacy_nlp("A passenger express hit a stationary goods train near Lodz.")
    assert has_accidental_doer(next(t for t in doc if t.text == "hit"))
