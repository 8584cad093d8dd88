"""tools/reciprocal_census.py: the form in which an event's parties are
coordinated and how gold labels them. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.reciprocal_census import coordination, gold_labelling, table


def _tok(doc: Any, text: str, word: str) -> Any:
    i = text.index(word)
    return doc.char_span(i, i + len(word), alignment_mode="expand").root


def _part(text: str, word: str) -> dict[str, Any]:
    i = text.index(word)
    return {"start": i, "end": i + len(word), "text": word}


@pytest.mark.parametrize("text,trigger,form", [
    ("Ghana and Togo signed a treaty.", "signed", "subject"),
    ("Talks between Ghana and Togo resumed.", "Talks", "between"),
    ("Malian and Nigerien troops clashed near the river.", "clashed", "modifiers"),
    ("The two countries signed a treaty.", "signed", "two sides"),
    ("Ghana signed a treaty on Monday.", "signed", None),
])
def test_coordination_form(spacy_nlp: Any, text: str, trigger: str,
                           form: str | None) -> None:
    found = coordination(_tok(spacy_nlp(text), text, trigger))
    assert (found[0] if found else None) == form


def test_gold_labelling_first_second_and_joint(spacy_nlp: Any) -> None:
    text = "Ghana and Togo signed a treaty."
    doc = spacy_nlp(text)
    found = coordination(_tok(doc, text, "signed"))
    assert found is not None
    first = {"actor": _part(text, "Ghana"), "recipient": _part(text, "Togo")}
    joint = {"actor": _part(text, "Ghana and Togo"), "recipient": None}
    assert gold_labelling(doc, first, found[1]) == "first/second"
    assert gold_labelling(doc, joint, found[1]) == "joint actor, no recipient"


def test_table_counts_wrong_rows_by_set() -> None:
    rows = [{"form": "subject", "set": "rec_a", "real": False, "matched": True,
             "actor_ok": True, "recipient_ok": False},
            {"form": "subject", "set": "rec_b", "real": True, "matched": True,
             "actor_ok": True, "recipient_ok": False},
            {"form": "subject", "set": "rec_b", "real": False, "matched": False,
             "actor_ok": False, "recipient_ok": False}]
    assert table(rows, "form")[2] == "| subject | 3 | 2 | 0 (0/0; 0) | 2 (1/1; 2) |"
