"""The construction classes of tools/missed_fine_census.py (branch events44).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.missed_fine_census import article_rows, form, lexicon_key


@pytest.mark.parametrize("text,word,expected", [
    ("Rebels carried out raids on three villages.", "raids", "light-verb noun"),
    ("Two people died in the protest outside the ministry.", "protest", "nominal in a PP"),
    ("The offensive began before dawn near the river.", "offensive", "event noun as subject"),
    ("Police arrested the driver and questioned him.", "questioned", "coordinated second verb"),
    ("The rebels handed over their rifles at the border.", "handed", "phrasal verb"),
    ("The spokesman said troops would patrol the town.", "patrol", "clausal complement"),
])
def test_form_names_the_construction(spacy_nlp: Any, text: str, word: str,
                                     expected: str) -> None:
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert form(tok, doc, set()) == expected


def test_a_lemma_seen_before_is_a_re_mention(spacy_nlp: Any) -> None:
    doc = spacy_nlp("The army shelled the town again.")
    tok = next(t for t in doc if t.text == "shelled")
    assert form(tok, doc, {"shell"}) == "re-mention"


def test_headline_comes_first(spacy_nlp: Any) -> None:
    doc = spacy_nlp("Army raids village\nSoldiers raided a village on Monday.")
    assert form(doc[1], doc, set()) == "headline"


def test_lexicon_key() -> None:
    assert lexicon_key("arrest") in ("verb", "both")
    assert lexicon_key("zzqx") == "neither"


def test_article_rows_keep_only_the_missed(spacy_nlp: Any) -> None:
    text = "Police arrested the driver and questioned him."
    gold = {"_set": "rec_x", "id": "x-1", "source": "own", "events": [
        {"trigger": {"start": 7, "end": 15, "text": "arrested"}, "type": "COERCE"},
        {"trigger": {"start": 31, "end": 41, "text": "questioned"}, "type": "ACCUSE"}]}
    pred = [{"trigger": {"start": 7, "end": 15, "text": "arrested"}}]
    rows = article_rows(gold, spacy_nlp(text), pred)
    assert [(r["lemma"], r["type"], r["near"]) for r in rows] == [("question", "ACCUSE", "near")]
