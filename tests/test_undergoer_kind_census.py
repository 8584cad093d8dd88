"""tools/undergoer_kind_census.py: the undergoer of a seizure, an attack or a
release by kind (recip45). Own sentences, none from an evaluation set."""

from __future__ import annotations

from typing import Any

import pytest

from tools.undergoer_kind_census import family, kind, relation, rows_of, undergoer


@pytest.fixture(scope="module")
def nlp() -> Any:
    from eventwire.nlp.components import load_model
    from eventwire.settings import Settings

    return load_model(Settings().model)


@pytest.mark.parametrize(("sentence", "verb", "expected"), [
    ("The coast guard seized a Liberian-flagged tanker near the strait.", "seized",
     "vessel or vehicle with owner"),
    ("The trawler was released on Friday after a fine was paid.", "released",
     "vessel or vehicle"),
    ("Customs officers confiscated forty rifles at the depot.", "confiscated",
     "goods or property"),
    ("Soldiers detained three journalists outside the stadium.", "detained", "people"),
    ("The militia captured the town after a week of fighting.", "captured", "place"),
    ("The army seized power in a dawn broadcast.", "seized", "power or control"),
])
def test_kind_of_the_undergoer(nlp: Any, sentence: str, verb: str, expected: str) -> None:
    doc = nlp(sentence)
    tok = undergoer(next(t for t in doc if t.text == verb))
    assert tok is not None and kind(tok) == expected


def test_family_of_a_trigger_lemma() -> None:
    assert (family("impound"), family("free"), family("shell")) == ("seize", "release", "other")


def test_rows_give_the_position_and_the_gold_recipient(nlp: Any) -> None:
    """A passive subject and a direct object are undergoers; the gold recipient
    is the undergoer when the spans overlap, another mention otherwise; a noun
    trigger has no undergoer row (near-miss)."""
    text = ("Two fishing boats were seized by the navy. Police took the farmers' cattle. "
            "The seizure of the boats angered Hanoi.")
    ev = [{"type": "COERCE", "trigger": {"text": "seized", "start": 22, "end": 28},
           "recipient": {"start": 0, "end": 16, "text": "Two fishing boats"}},
          {"type": "COERCE", "trigger": {"text": "took", "start": 50, "end": 54},
           "recipient": {"start": 59, "end": 66, "text": "farmers"}},
          {"type": "COERCE", "trigger": {"text": "seizure", "start": 80, "end": 87},
           "recipient": None}]
    art = {"id": "rec_zz-01", "source": "own", "text": text, "events": ev}
    doc = nlp(text)
    rows = rows_of("rec_zz", art, doc)
    assert [(r["position"], r["kind"], r["recipient"]) for r in rows] == [
        ("passive subject", "vessel or vehicle", "the undergoer"),
        ("object", "goods or property", "the undergoer")]
    assert relation(doc, doc[0], None) == "none"
