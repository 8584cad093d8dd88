"""The cause told in a clause of a passive harm
(eventwire/stages/events/cause_clauses.py, branch events28). Every sentence
here was written for these tests (none from an evaluation set or a shared
data file); the pipeline cases are in tests/test_nonevents.py."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.cause_clauses import clause_causes


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text,form,cause", [
    ("Some 900 people have been killed in the valley as dengue fever spread.", "killed",
     "fever"),
    ("Hundreds of huts were destroyed when the cyclone reached the islands.", "destroyed",
     "cyclone"),
    ("Six climbers were killed after an avalanche swept the pass.", "killed", "avalanche"),
    ("Nine villagers were killed when militants stormed the market.", "killed", "militants"),
])
def test_clause_causes(spacy_nlp: Any, text: str, form: str, cause: str) -> None:
    assert cause in [t.text for t in clause_causes(word(spacy_nlp, text, form))]


def test_no_clause(spacy_nlp: Any) -> None:
    assert clause_causes(word(spacy_nlp, "Ten soldiers were killed in the ambush.",
                              "killed")) == []
