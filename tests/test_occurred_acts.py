"""A violent act named by its noun as the subject of a verb of occurrence
(eventwire/stages/events/occurred_acts.py, branch events53). Every sentence
here was written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.occurred_acts import act_nouns, occurrence_lemmas, words
from tests.conftest import events_of


def _found(pipe: Pipeline, text: str) -> set[tuple[str, str, str | None]]:
    return {(e.trigger.text.lower(), e.type, e.mode) for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word,mode", [
    ("Gunfire erupted outside a bakery in Leeds on Friday, police said.", "gunfire", "firearms"),
    ("The murder took place in a car park behind the station on Monday.", "murder", None),
    ("The shots began shortly after midnight, a neighbour told reporters.", "shots", "firearms"),
    ("Shots rang out near the fish market just after noon.", "shots", "firearms"),
    ("The stabbing happened near the canal on Sunday evening, police said.", "stabbing",
     "primitive"),
    ("A brief shootout broke out between the smugglers and border guards at dawn.",
     "shootout", "firearms"),
    ("The killing occurred hours after the councillor left the town hall.", "killing", None),
    ("Gunfire was reported near the depot at about 4 a.m.", "gunfire", "firearms"),
])
def test_an_act_that_happened_is_the_event(event_pipe: Pipeline, text: str, word: str,
                                           mode: str | None) -> None:
    """The noun is the trigger, ASSAULT with the mode it names; the verb of
    occurrence is no event of its own."""
    found = _found(event_pipe, text)
    assert (word, "ASSAULT", mode) in found, found
    verbs = {"erupted", "took", "began", "rang", "happened", "broke", "occurred", "reported"}
    assert not {w for w, _t, _m in found} & verbs, found


@pytest.mark.parametrize("text", [
    "A fight could break out if the two gangs meet again.",  # hypothetical
    "No shots were reported during the long standoff.",  # negated
    "Police fear that more killings may follow in the valley.",  # feared
    "The fight took place at the arena, where the champion won in the third round.",  # a bout
    "Shooting began in May on the director's new film.",  # a film, bare noun
    "The shot happened to be the best photo of the whole season.",  # a photo
    "The guard was shot dead when gunfire erupted at the prison gate.",  # told by "shot"
    "Two farmers were wounded as shots rang out across the valley.",  # told by "wounded"
])
def test_near_misses_are_not_this_class(event_pipe: Pipeline, text: str) -> None:
    """Hypothetical, negated or feared acts, a bout, a film, a photo: no
    ASSAULT from this class (``nominal+occurred-act``)."""
    rules = {r for e in events_of(event_pipe, text) for r in e.rules}
    assert "nominal+occurred-act" not in rules, rules


def test_an_act_beside_a_clause_of_flight_is_the_event(event_pipe: Pipeline) -> None:
    """A clause of a verb that is no harm ("fled when gunfire erupted") does
    not tell the act: the noun is the event."""
    found = _found(event_pipe, "Shoppers fled the mall when gunfire erupted near the food court.")
    assert ("gunfire", "ASSAULT", "firearms") in found, found


@pytest.mark.parametrize("text", [
    "The shooting lasted three weeks and the film opens in cinemas next spring.",
    "The shooting took place in a Lisbon studio, the producer told reporters.",
])
def test_a_camera_shooting_is_no_event(event_pipe: Pipeline, text: str) -> None:
    """A film's shooting told happening: no event at all (``staged_act``)."""
    assert not [e for e in events_of(event_pipe, text) if e.trigger.text.lower() == "shooting"]


def test_footage_of_gunfire_is_the_event(event_pipe: Pipeline) -> None:
    """Footage or a camera of a real act is no film: the act stays."""
    text = "Security footage shows the moment gunfire erupted outside the pharmacy."
    assert ("gunfire", "ASSAULT", "firearms") in _found(event_pipe, text), _found(event_pipe, text)


def test_a_harm_verb_of_the_headline_tells_no_body_act(event_pipe: Pipeline) -> None:
    """A headline with no full stop the parser joins to the body's first
    clause: its harm verb is another line's act, the noun stays."""
    text = ("Vigil held for a teenager shot by a guard at the mall\n"
            "As fights between mourners and guards erupted outside the mall, 12 were held.")
    assert ("fights", "ASSAULT", None) in _found(event_pipe, text), _found(event_pipe, text)


def test_charged_with_murder_is_no_subject(event_pipe: Pipeline) -> None:
    """"charged with murder" names a charge; the class reads subjects only."""
    rules = {r for e in events_of(event_pipe, "The driver was charged with murder on Tuesday.")
             for r in e.rules}
    assert "nominal+occurred-act" not in rules


def test_word_lists_are_consistent() -> None:
    """Every noun needing a determiner is a noun of the class; the verb gate
    holds every verb the class reads."""
    w = words()
    assert w["determined_nouns"] <= act_nouns()
    assert {"take", "ring", "break", "report", "erupt"} <= occurrence_lemmas()


@pytest.mark.parametrize("text", [
    "The tanker came under fire from two pirate skiffs off the coast.",
    "Gunmen brought the convoy under heavy fire near the pass, killing a driver.",
    "One of the army's outposts had come under fire overnight, and two soldiers were hurt.",
    "A Red Cross ambulance came under sniper fire on the road to the hospital.",
])
def test_a_target_under_fire_is_an_assault(event_pipe: Pipeline, text: str) -> None:
    """Class *a target under fire*: gunfire at a thing or body shots are
    fired at, or from an armed agent, is ASSAULT ``firearms`` on "fire"."""
    assert ("fire", "ASSAULT", "firearms") in _found(event_pipe, text), _found(event_pipe, text)


@pytest.mark.parametrize("text", [
    "The minister came under fire from lawmakers over the budget.",
    "The health agency has been under fire for its slow response to the floods.",
    "The coach was under fire all season before he was sacked.",
    "The governor came under fire from the police union after the shooting.",
])
def test_criticism_under_fire_is_not_this_class(event_pipe: Pipeline, text: str) -> None:
    """Criticism: a person or body as target, a critic, a reason."""
    rules = {r for e in events_of(event_pipe, text) for r in e.rules}
    assert "nominal+under-fire" not in rules, rules
