"""Classes of eventwire/stages/events/free_adjuncts.py: who does a comma
participle with no subject of its own. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    ("The raid on the port was repelled by coastguard units, arresting nine smugglers.",
     "arresting", "units"),
    ("The march was broken up by riot police on Friday, firing tear gas into the crowd.",
     "firing", "police"),
    ("The plot was uncovered by the intelligence service, detaining four suspects "
     "in Lyon.", "detaining", "service"),
])
def test_a_passive_clause_lends_its_agent(event_rules_pipe: Pipeline, text: str,
                                          trigger: str, actor: str) -> None:
    """Class *participle of a passive clause*, with a ``by`` agent: the
    agent does the comma participle."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("A joint letter was published on Monday, urging the ministry to free the reporters.",
     "urging", "letter"),
    ("The motion was tabled by three deputies, demanding the minister's resignation.",
     "demanding", "motion"),
    ("A petition was launched in Accra, calling on the government to cut fuel prices.",
     "calling", "petition"),
    ("The letters were published by the lawyers on Monday, urging the ministry to free "
     "the reporters.", "urging", "letters"),
    ("The petitions were delivered by students on Friday, demanding lower tuition fees.",
     "demanding", "petitions"),
])
def test_a_passive_clause_lends_its_subject(event_rules_pipe: Pipeline, text: str,
                                                     trigger: str, actor: str) -> None:
    """Class *participle of a passive clause*: without an agent, its passive
    subject does the participle; a text does it even with one."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("Troops surrounded a village that had sheltered the rebels during the winter, "
     "burning the granary.", "burning", "Troops"),
    ("Riot police cleared students who had occupied the campus library on Thursday, "
     "firing rubber bullets.", "firing", "police"),
    ("Customs officers stopped a lorry that had crossed the border at dawn, "
     "confiscating its load.", "confiscating", "officers"),
    ("Guards confronted inmates who had seized a wing of the prison on Saturday, "
     "firing tear gas.", "firing", "Guards"),
])
def test_a_participle_after_a_relative_clause_is_the_main_clauses(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    """Class *participle after a relative clause*: a comma participle the
    parser hangs on the object's relative clause is done by the main
    clause's subject, not by the relative clause's."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("The coastguard intercepted a boat that had left the harbour on Monday, seizing "
     "its cargo.", "seizing", "coastguard"),
    ("Police fired tear gas, dispersing the crowd.", "dispersing", "Police"),
    ("The journalist was detained after criticising the army.", "criticising", "journalist"),
])
def test_other_participles_keep_their_subject(event_rules_pipe: Pipeline, text: str,
                                              trigger: str, actor: str) -> None:
    """A participle after an active clause, or one with a subordinator
    ("after"), keeps the subject it had."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor
