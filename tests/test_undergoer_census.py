"""tools/undergoer_census.py: the undergoer read from the parse, gold's
reading of a coordination, and why a recipient is wrong (recip43; own
sentences)."""

from __future__ import annotations

from typing import Any

from tools.undergoer_census import gold_reading, undergoer, why


def _tok(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_the_undergoer_of_a_verb_a_passive_and_a_noun(spacy_nlp: Any) -> None:
    doc = spacy_nlp("Police detained a nurse and two porters.")
    assert undergoer(_tok(doc, "detained")).text == "nurse"
    doc = spacy_nlp("Two nurses and a porter were arrested in Gulu.")
    assert undergoer(_tok(doc, "arrested")).text == "nurses"
    doc = spacy_nlp("The arrest of the nurse and the porter angered the union.")
    assert undergoer(_tok(doc, "arrest")).text == "nurse"


def test_gold_reading_group_first_other(spacy_nlp: Any) -> None:
    text = "Police detained a nurse and two porters."
    doc = spacy_nlp(text)
    und = undergoer(_tok(doc, "detained"))
    group = {"start": text.index("a nurse"), "end": text.index("."),
             "text": "a nurse and two porters"}
    first = {"start": text.index("a nurse"), "end": text.index(" and"), "text": "a nurse"}
    last = {"start": text.index("two"), "end": text.index("."), "text": "two porters"}
    assert gold_reading(group, und) == "group"
    assert gold_reading(first, und) == "first"
    assert gold_reading(last, und) == "other"
    assert gold_reading(None, und) == "none"


def test_why_a_recipient_is_wrong() -> None:
    gold = {"start": 0, "end": 23, "text": "a nurse and two porters"}
    assert why(gold, None, "group") == "none"
    assert why(gold, {"start": 2, "end": 7, "text": "nurse"}, "group") == "conjunct lost (group)"
    assert why(gold, {"start": 0, "end": 23, "text": "a nurse and two porters"}, "group") == "code"
    assert why(gold, {"start": 30, "end": 36, "text": "police"}, "group") == "other span"
