"""A headline verb the entity tagger took into a name
(eventwire/stages/actors/headline_names.py), recip59."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger,name", [
    ("Carla Mendes Detained In Lisbon Raid\nShe was freed on bail.", "Detained",
     "Carla Mendes"),
    ("James Fenton Indicted In Bribery Case\nHe denies the charges.", "Indicted",
     "James Fenton"),
    ("Peter Novak Charged With Arson\nThe barn burned down.", "Charged", "Peter Novak"),
])
def test_a_title_case_custody_headline_names_its_patient(
        event_pipe: Pipeline, text: str, trigger: str, name: str) -> None:
    """The name before a capitalised custody participle is the act's
    recipient, not a name swallowing the verb ("Marta Velasquez Charged")."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and name in ev.recipient.text, ev.recipient
    assert trigger not in ev.recipient.text


@pytest.mark.parametrize("text,name", [
    ("Tomas Brandt Arrested After Blaze At Bakery", "Tomas Brandt"),
    ("James Fenton Indicted In Bribery Case", "James Fenton"),
    ("Carla Mendes Detained In Lisbon Raid", "Carla Mendes"),
])
def test_the_person_mention_stops_before_the_verb(event_pipe: Pipeline, text: str,
                                                  name: str) -> None:
    """No actor mention runs on into the headline's verb."""
    doc = event_pipe.nlp(text)
    verb = text.split()[2]
    assert not any(verb in m.text for m in doc._.actor_mentions), doc._.actor_mentions
    assert any(m.text == name for m in doc._.actor_mentions), doc._.actor_mentions


def test_a_name_with_no_verb_is_left_whole(event_pipe: Pipeline) -> None:
    """A plain three-word name is not cut."""
    doc = event_pipe.nlp("Anna Maria Larsen met the mayor of Bergen on Monday.")
    assert any(m.text == "Anna Maria Larsen" for m in doc._.actor_mentions)

