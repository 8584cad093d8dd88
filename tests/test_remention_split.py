"""The re-mention census (tools/remention_split.py). Every text here was
written for these tests."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from tools.remention_split import act_word, article_rows, gold_rows, table

TEXT = ("Guard shot at warehouse\n"
        "A man shot a guard at a warehouse on Monday. "
        "The shooting of the guard was the second this year. "
        "Police said the shooting was under investigation.")


def _event(text: str, word: str, nth: int, type_: str, cluster: str = "") -> dict[str, Any]:
    start = -1
    for _ in range(nth):
        start = text.index(word, start + 1)
    return {"trigger": {"text": word, "start": start, "end": start + len(word)},
            "type": type_, "cluster": cluster}


def test_act_word_joins_synonyms_and_gerunds() -> None:
    assert act_word("shooting") == act_word("shoot")
    assert act_word("blaze") == act_word("fire")
    assert act_word("crash") == act_word("collision")
    assert act_word("protest") == "protest"


def test_rows_split_false_and_matched_rementions(spacy_nlp: Language) -> None:
    doc = spacy_nlp(TEXT)
    gold = [_event(TEXT, "shot", 2, "ASSAULT", "c1"), _event(TEXT, "shooting", 1, "ASSAULT", "c1")]
    pred = gold + [_event(TEXT, "shooting", 2, "ASSAULT")]
    rows = list(article_rows({"events": gold}, pred, doc))
    assert [(r["trigger"], r["tp"]) for r in rows] == [("shooting", True), ("shooting", False)]
    assert rows[0]["of"] == "the X of Y" and rows[1]["of"] == "the X"
    assert rows[1]["role"] == "subject" and rows[1]["det"] == "the"
    assert [r["trigger"] for r in gold_rows({"events": gold}, doc)] == ["shooting"]


def test_table_counts_false_matched_and_gold() -> None:
    rows = [{"who": "pred", "tp": False, "set": "rec_a", "origin": "real", "det": "the"},
            {"who": "pred", "tp": True, "set": "rec_b", "origin": "own", "det": "the"},
            {"who": "gold", "tp": True, "set": "rec_b", "origin": "own", "det": "the"}]
    assert "| the | 1 | 1 | 1 | 1 | 1 |" in table(rows, ["det"])


def test_a_text_with_no_line_break_has_no_headline(spacy_nlp: Language) -> None:
    """review81: with no line break every word was put in the headline."""
    from tools.remention_split import _where

    doc = spacy_nlp("Thieves robbed a kiosk on Friday. The robbery was filmed by a neighbour.")
    assert [_where(doc[0]), _where(doc[-3])] == ["first body sentence", "later body"]
