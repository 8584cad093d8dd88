"""Classes of eventwire/stages/events/coordinated_mentions.py: a first
conjunct the parse hung as a modifier is the actor of a reciprocal act.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Ghanaian, Togolese troops clash on border", "clash", "Ghanaian", "Togolese troops"),
    ("Thai, Cambodian soldiers clash near disputed temple", "clash", "Thai",
     "Cambodian soldiers"),
    ("Kenyan President William Ruto and Ugandan leader Yoweri Museveni signed a pipeline "
     "deal on Friday.", "signed", "William Ruto", "Yoweri Museveni"),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani and Syrian President Ahmed al-Sharaa "
     "signed a security pact on Monday.", "signed", "Mohammed Shia al-Sudani",
     "Ahmed al-Sharaa"),
])
def test_the_first_conjunct_acts(event_rules_pipe: Pipeline, text: str, trigger: str,
                                 actor: str, recipient: str) -> None:
    """Class *a first conjunct the parse hung as a modifier*: the first
    party is the actor, the second the recipient (docs/annotation.md,
    "Reciprocal actors")."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.text == actor, ev.actor
    assert ev.recipient is not None and ev.recipient.text == recipient, ev.recipient


@pytest.mark.parametrize("text,demonym", [
    ("Ghanaian, Togolese troops clash on border", "Ghanaian"),
    ("Thai, Cambodian soldiers clash near disputed temple", "Thai"),
])
def test_a_bare_demonym_shares_the_head_noun(event_rules_pipe: Pipeline, text: str,
                                             demonym: str) -> None:
    """"[Ghanaian], Togolese troops": the first party is troops too (MIL)."""
    ev = by_trigger(event_rules_pipe, text)["clash"]
    assert ev.actor is not None and ev.actor.text == demonym and "MIL" in ev.actor.sectors


@pytest.mark.parametrize("text,trigger,actor", [
    ("Colombian President Gustavo Petro and Venezuelan leader Nicolas Maduro met in "
     "Caracas on Tuesday.", "met", "Gustavo Petro"),
    ("Somali and AU troops attacked al-Shabaab positions.", "attacked", "troops"),
])
def test_parsed_conjuncts_and_joint_actors_unchanged(event_rules_pipe: Pipeline, text: str,
                                                     trigger: str, actor: str) -> None:
    """Conjuncts the parse already reads, and one joint actor acting on a
    third party, keep their actor."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.text == actor, ev.actor


@pytest.mark.parametrize("text,trigger,demonym,sector", [
    ("Kyrgyz, Tajik presidents sign border treaty", "sign", "Kyrgyz", "GOV"),
    ("Tajik, Kyrgyz border guards clash again", "clash", "Tajik", "MIL,COP"),
])
def test_a_demonym_tagged_as_a_name_shares_the_head_noun(
        event_rules_pipe: Pipeline, text: str, trigger: str, demonym: str,
        sector: str) -> None:
    """Headline demonyms are often tagged PROPN, not ADJ: "[Kyrgyz], Tajik
    presidents" is presidents too (GOV), not the resolver's guess for a
    bare state word (MIL)."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.text == demonym, ev.actor
    assert ev.actor.sectors == sector.split(","), ev.actor
