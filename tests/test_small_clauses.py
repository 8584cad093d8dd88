"""Class of eventwire/stages/events/small_clauses.py: the one judged or let
is the subject of a small clause under a verdict or a permission. Every
sentence here was written for these tests (none is from an evaluation
set); the near misses are content clauses whose subject the guide does not
make the recipient."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.stages.events import verb_roles
from eventwire.stages.events.small_clauses import small_clause_subject


def _verb(spacy_nlp: Language, text: str, trigger: str):  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    return next(t for t in doc if t.text == trigger)


@pytest.mark.parametrize("text,trigger,party", [
    ("A jury in Tulsa found Ramirez guilty of arson on Monday.", "found", "Ramirez"),
    ("Court finds Okonkwo guilty in killing of a shopkeeper", "finds", "Okonkwo"),
    ("If the tribunal finds them guilty, the generals could face life in prison.",
     "finds", "them"),
    ("The magistrates found the ferry operator liable for the deaths of four passengers.",
     "found", "operator"),
    ("Last year the junta allowed foreign journalists to visit the camps.", "allowed",
     "journalists"),
    ("The authorities allowed Red Cross delegates to visit the detainees.", "allowed",
     "delegates"),
    ("The court found him guilty of fraud.", "found", "him"),
])
def test_the_judged_or_let_party(spacy_nlp: Language, text: str, trigger: str,
                                 party: str) -> None:
    verb = _verb(spacy_nlp, text, trigger)
    got = small_clause_subject(verb)
    assert got is not None and got.text == party, (got, [(t.text, t.dep_) for t in verb.children])
    assert party in [t.text for t in verb_roles.verb_recipients(verb)]


@pytest.mark.parametrize("text,trigger", [
    # a finding that reports an act: its subject is that act's doer
    ("The inquiry found that the guards had beaten the inmates.", "found"),
    ("Investigators found the pilots exhausted after a double shift.", "found"),
    # a denied permission is a restriction with no one let
    ("The army will not allow anyone to enter the valley.", "allow"),
    # the subject of a warned or demanded act is not the one acted on by the verb
    ("The minister warned that the rebels would pay a heavy price.", "warned"),
    ("Protesters demanded that the governor resign.", "demanded"),
    # an object of its own is the party already ("permitted [the monitors] to inspect")
    ("The ministry permitted the monitors to inspect two prisons.", "permitted"),
])
def test_near_misses(spacy_nlp: Language, text: str, trigger: str) -> None:
    verb = _verb(spacy_nlp, text, trigger)
    assert small_clause_subject(verb) is None, [(t.text, t.dep_) for t in verb.children]
