"""threatened_parties: the threatened party of a warning read from the parse
alone (the pipeline-level cases are in tests/test_roles.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.stages.events.threatened_parties import threatened_parties


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
