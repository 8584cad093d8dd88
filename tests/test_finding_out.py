"""Finding out (eventwire/stages/events/finding_out.py, branch events28).
Every sentence here was written for these tests (none from an evaluation
set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.finding_out import finds_out


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text,form", [
    ("Parents can find out more about the scheme on the council's website.", "find"),
    ("The ministry is working to find out which country will take them.", "find"),
    ("Relatives found out about the arrests from the radio.", "found"),
])
def test_finding_out(spacy_nlp: Any, text: str, form: str) -> None:
    assert finds_out(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("The jury found him guilty on Tuesday.", "found"),
    ("Police found weapons in the boot of the car.", "found"),
    ("The court finds the law unconstitutional.", "finds"),
])
def test_other_findings_stay(spacy_nlp: Any, text: str, form: str) -> None:
    assert not finds_out(word(spacy_nlp, text, form))
