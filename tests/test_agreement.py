"""Number agreement: plural pronouns agree in number with their antecedent."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.agreement import (
    agreeing_in_number,
    common_plural,
    singular_candidates,
)
from tests.conftest import antecedent_of


@pytest.fixture(scope="module")
def pipe(actors_pipe: Pipeline) -> Pipeline:
    return actors_pipe


@pytest.mark.parametrize("text,pronoun,expected", [
    ("A group of junior officers announced on state television that they had dissolved "
     "the cabinet.", "they", "junior officers"),
    ("Villagers said armed men stormed the market and that troops later chased them "
     "into the forest.", "them", "armed men"),
    ("Teachers gathered outside the ministry on Monday and said they would strike.", "they",
     "Teachers"),
])
def test_plural_pronoun_prefers_a_plural_agent(pipe: Pipeline, text: str, pronoun: str,
                                               expected: str) -> None:
    assert antecedent_of(pipe, text, pronoun) == expected


def test_named_group_still_takes_they(pipe: Pipeline) -> None:
    text = "Hamas said they would release the hostages, and its fighters withdrew."
    assert antecedent_of(pipe, text, "they") == "Hamas"



def _agent(text: str, kind: str = "agent") -> ActorMention:
    return ActorMention(start=0, end=len(text), text=text, kind=kind, rule="agent")


@pytest.mark.parametrize("singular", ["the ministry", "state television", "the officer"])
def test_singular_agent_and_place_drop_out_next_to_a_plural_agent(singular: str) -> None:
    mentions = [_agent("protesters"), _agent("Hamas", kind="armed_group"), _agent(singular),
                _agent("Lagos", kind="state")]
    assert agreeing_in_number(mentions, [0, 1, 2, 3]) == [0, 1]


def test_number_filter_is_off_without_a_plural_agent() -> None:
    mentions = [_agent("the ministry"), _agent("Lagos", kind="state")]
    assert agreeing_in_number(mentions, [0, 1]) == [0, 1]


@pytest.mark.parametrize("text,pronoun,expected", [
    ("Benin said Nigerien soldiers had shot at its customs officers near the frontier.", "its",
     "Benin"),
    ("The ministry said armed men stormed the building and that it had closed its offices.",
     "it", "ministry"),
    ("Nigeria said Cameroonian gendarmes had arrested its fishermen on the lake.", "its",
     "Nigeria"),
])
def test_singular_it_skips_a_plural_agent(pipe: Pipeline, text: str, pronoun: str,
                                          expected: str) -> None:
    """Class *"it" and "its" want a singular antecedent* (recips29)."""
    assert antecedent_of(pipe, text, pronoun) == expected


@pytest.mark.parametrize("plural", ["troops", "armed men", "protest leaders"])
def test_singular_filter_drops_plural_agents(plural: str) -> None:
    mentions = [_agent("Chad", kind="state"), _agent(plural), _agent("the ministry")]
    assert singular_candidates(mentions, [2, 1, 0]) == [2, 0]


def test_singular_filter_keeps_plural_agents_when_alone() -> None:
    mentions = [_agent("troops"), _agent("armed men")]
    assert singular_candidates(mentions, [1, 0]) == [1, 0]


@pytest.mark.parametrize("text,pronoun,expected", [
    ("The ministry issued a statement on Friday. Gunmen had stormed the building, and it "
     "had closed its offices.", "it", "ministry"),
    ("The embassy posted a notice on Monday. Demonstrators gathered outside, and it "
     "suspended its visa services.", "its", "embassy"),
    ("The port authority met on Tuesday. Fishermen blocked the harbour, and it cancelled "
     "its sailings.", "it", "authority"),
])
def test_singular_it_skips_a_sentence_initial_plural(pipe: Pipeline, text: str, pronoun: str,
                                                     expected: str) -> None:
    """review46: a plural that starts its sentence is capitalised but no
    name ("Demonstrators"), and "-men" compounds are plural ("Gunmen",
    "Fishermen")."""
    assert antecedent_of(pipe, text, pronoun) == expected


@pytest.mark.parametrize("text,plural", [
    ("Gunmen", True), ("militiamen", True), ("Protesters", True), ("armed men", True),
    ("the Revolutionary Armed Forces", False), ("the ministry", False),
])
def test_common_plural(text: str, plural: bool) -> None:
    assert common_plural(_agent(text)) is plural
