"""Telling someone to act (eventwire/stages/events/directives.py, branch
events28). Every sentence here was written for these tests (none from an
evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.directives import private_directive, tells_to
from tests.conftest import by_trigger


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text,form", [
    ("The health agency has told people to stay away from the caves.", "told"),
    ("The sergeant told the man to drop the knife and kneel.", "told"),
    ("The envoy was told not to return to the capital.", "told"),
    ("The minister tells airlines not to buy the jets.", "tells"),
    ("The agency encouraged countries to stock antiviral drugs.", "encouraged"),
    ("Pupils were treated and advised to stay at home for a week.", "advised"),
])
def test_directive(spacy_nlp: Any, text: str, form: str) -> None:
    assert tells_to(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("He told reporters to wait for the final count.", "told"),
    ("She told the radio station that the army would withdraw.", "told"),
    ("The mayor told a story about the old harbour.", "told"),
    ("The minister encouraged the talks between the two parties.", "encouraged"),
])
def test_no_directive(spacy_nlp: Any, text: str, form: str) -> None:
    assert not tells_to(word(spacy_nlp, text, form))


def test_directive_in_the_pipeline(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe, "The sergeant told the man to drop the knife and kneel.")
    assert found["told"].type == "REQUEST"


@pytest.mark.parametrize("text,form", [
    ("My mother told me to come home early.", "told"),
    ("A friend advised her to rest for a few days.", "advised"),
    ("The coach encouraged the players to stay calm.", "encouraged"),
    ("He was told by his neighbour to move the car.", "told"),
    ("Her uncle told the boys to leave the farm before dark.", "told"),
])
def test_private_directive(spacy_nlp: Any, text: str, form: str) -> None:
    """A directive between private persons (branch mends27a)."""
    assert private_directive(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("The sergeant told the man to drop the knife and kneel.", "told"),
    ("The ministry advised hospitals to cancel routine surgery.", "advised"),
    ("His father told the Interior Ministry to release the files.", "told"),
    ("Pupils were advised to stay at home for a week.", "advised"),
])
def test_directive_not_private(spacy_nlp: Any, text: str, form: str) -> None:
    assert not private_directive(word(spacy_nlp, text, form))


def test_private_directive_in_the_pipeline(event_rules_pipe: Any) -> None:
    assert "told" not in by_trigger(event_rules_pipe, "My mother told me to come home early.")
    found = by_trigger(event_rules_pipe, "The ministry told hospitals to cancel surgery.")
    assert found["told"].type == "REQUEST"


def test_private_speakers_read_the_actors_kin_nouns() -> None:
    """refactor29: the kin nouns live once (actors/person_nouns.yaml "kin");
    the private speakers are their union with the directive file's own
    household and social-role nouns, which repeat none of them."""
    from eventwire.stages.actors.person_nouns import kin_nouns, singular_person_nouns
    from eventwire.stages.events.directives import private_speakers, words

    assert {"mother", "husband", "sister"} <= kin_nouns() <= singular_person_nouns()
    assert kin_nouns() <= private_speakers()
    assert not words()["private_speakers"] & kin_nouns()
    assert {"neighbour", "coach", "grandma"} <= private_speakers()
