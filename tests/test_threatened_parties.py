"""threatened_parties: the threatened party of a warning read from the parse
alone (the pipeline-level cases are in tests/test_roles.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.stages.events.threatened_parties import found_wrongdoers, threatened_parties


def _warning_verb(nlp: Language, text: str, lemma: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.lemma_ == lemma)


@pytest.mark.parametrize("text,lemma,party", [
    ("The commander warned that the invaders would pay a heavy price.", "warn", "invaders"),
    ("The rebels said that the occupying troops will face more strikes.", "say", "troops"),
    ("The junta warned that anyone who breaks the curfew will be arrested.", "warn", "anyone"),
    ("The ministry warned of consequences for the smugglers.", "warn", "smugglers"),
])
def test_the_party_a_warning_falls_on(spacy_nlp: Language, text: str, lemma: str,
                                      party: str) -> None:
    found = [t.text for t in threatened_parties(_warning_verb(spacy_nlp, text, lemma))]
    assert party in found, found


@pytest.mark.parametrize("text,lemma", [
    ("The minister warned that they would pay for the attack.", "warn"),
    ("The spokesman warned that the talks had failed.", "warn"),
])
def test_no_party_from_a_bare_pronoun_or_a_plain_report(spacy_nlp: Language, text: str,
                                                        lemma: str) -> None:
    assert threatened_parties(_warning_verb(spacy_nlp, text, lemma)) == []


@pytest.mark.parametrize("text,party", [
    ("The council warned that anyone found selling fuel above the fixed price will be fined.",
     "anyone"),
    ("The mayor warned that anyone caught looting shops would be shot on sight.", "anyone"),
    ("Police warned that anyone found carrying a knife at the match would be charged.",
     "anyone"),
])
def test_a_wrongdoer_found_or_caught_misparsed_as_a_clause(spacy_nlp: Language, text: str,
                                                           party: str) -> None:
    """recip65: "anyone found X" parsed as its own content clause, the vowed
    act a second one; the participle's subject is the party."""
    verb = _warning_verb(spacy_nlp, text, "warn")
    assert [t.text for t in found_wrongdoers(verb)] == [party]
    assert party in [t.text for t in threatened_parties(verb)]


@pytest.mark.parametrize("text", [
    "The army warned that it had found arms and would seize them.",
    "Police warned that anyone found guilty would not be punished lightly.",
    "The ministry warned that inspectors found the dam unsafe and would close it.",
])
def test_no_found_wrongdoer_from_a_finite_find_or_a_negated_act(spacy_nlp: Language,
                                                                text: str) -> None:
    assert found_wrongdoers(_warning_verb(spacy_nlp, text, "warn")) == []
