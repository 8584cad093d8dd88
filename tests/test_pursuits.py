"""A force chasing people or their craft (eventwire/stages/events/pursuits.py,
branch events51). Every sentence here was written for these tests (none from
an evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.pursuits import pursuit_noun, pursuit_verb
from tests.conftest import events_of


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize(("text", "form", "actor"), [
    ("Deputies chased the stolen van for twenty miles before it crashed into a ditch.",
     "chased", "Deputies"),
    ("The coast guard cutter chased the smugglers' speedboat across the bay.", "chased",
     "coast guard"),
    ("Troops pursued the raiders into the hills and recovered the cattle.", "pursued",
     "Troops"),
    ("The fugitive led state troopers on a high-speed chase through three counties.",
     "chase", None),
])
def test_a_pursuit_is_coercion(event_pipe: Pipeline, text: str, form: str,
                               actor: str | None) -> None:
    found = [e for e in events_of(event_pipe, text) if e.trigger.text == form]
    assert [(e.type, e.mode) for e in found] == [("COERCE", None)]
    if actor is not None:
        assert found[0].actor is not None and actor in found[0].actor.text


@pytest.mark.parametrize(("text", "form"), [
    ("A police officer chased after the gunman near the station.", "chased"),
    ("The two skiffs were chased by a navy helicopter.", "chased"),
    ("Police pursued him along the motorway.", "pursued"),
])
def test_pursuit_verbs(spacy_nlp: Any, text: str, form: str) -> None:
    assert pursuit_verb(word(spacy_nlp, text, form))


@pytest.mark.parametrize(("text", "form"), [
    ("The reporter pursued the story for two years.", "pursued"),
    ("The company is pursuing an aggressive expansion plan.", "pursuing"),
    ("The president vowed to pursue the attackers to the ends of the earth.", "pursue"),
    ("The new law gives prosecutors tools to pursue the cartels.", "pursue"),
    ("The dog chased the ball across the garden.", "chased"),
    ("She chased her dream of an Olympic medal.", "chased"),
])
def test_goals_pursued_are_no_pursuit(spacy_nlp: Any, text: str, form: str) -> None:
    assert not pursuit_verb(word(spacy_nlp, text, form))


@pytest.mark.parametrize(("text", "hit"), [
    ("The suspect was arrested after a high-speed chase on the ring road.", True),
    ("The sighting touched off a 30-mile pursuit across two counties.", True),
    ("Activists continue the pursuit of justice for the victims.", False),
    ("The cabinet authorised hot pursuit of the bandits across the border.", False),
    ("The film ends with a chase scene.", False),
])
def test_pursuit_nouns(spacy_nlp: Any, text: str, hit: bool) -> None:
    form = "chase" if "chase" in text else "pursuit"
    assert pursuit_noun(word(spacy_nlp, text, form)) is hit
