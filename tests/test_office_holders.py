"""Class *a subject "he"/"she" continues the holder of an office named by
its title alone* (coref_index.is_office_holder, coref67). Every sentence
was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def actor_pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def _antecedent(pipe: Pipeline, text: str, pronoun: str) -> ActorMention | None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    mentions = doc._.actor_mentions
    m = next((m for m in mentions if m.text == pronoun and m.rule == "pronoun"), None)
    return None if m is None or m.antecedent is None else mentions[m.antecedent]


@pytest.mark.parametrize("text,pronoun,holder", [
    ("The Governor, who toured the flooded wards on foot, ordered schools closed until "
     "Friday. He asked traders to keep their stalls shut.", "He", "Governor"),
    ("Protesters gathered outside the town hall on Monday. The prefect banned all marches "
     "until Sunday. She said the ban would protect shops.", "She", "prefect"),
    ("The mayor of the port city met fishermen on Tuesday. Later he promised new loans.",
     "he", "mayor"),
])
def test_a_subject_pronoun_continues_the_office_holder(
        actor_pipe: Pipeline, text: str, pronoun: str, holder: str) -> None:
    ante = _antecedent(actor_pipe, text, pronoun)
    assert ante is not None and ante.text == holder, ante


@pytest.mark.parametrize("text,pronoun,not_holder", [
    # plural: no one holder
    ("The governors of five provinces met in the capital. He said nothing.", "He",
     "governors"),
    # a body, not its holder
    ("The presidency issued a statement on Monday. He was not there.", "He", "presidency"),
    # a named person fits first
    ("Mayor Luis Ortega met the president on Monday. He said the talks went well.", "He",
     "president"),
])
def test_no_holder_where_none_is_named_alone(
        actor_pipe: Pipeline, text: str, pronoun: str, not_holder: str) -> None:
    ante = _antecedent(actor_pipe, text, pronoun)
    assert ante is None or ante.text != not_holder, ante
