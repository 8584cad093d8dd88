"""tools/false_construction_split.py: the construction and story kind of
each predicted event's row. The rows here are written for these tests."""

from __future__ import annotations

from typing import Any

from tools.false_construction_split import annotate, construction, table


def _row(**kw: Any) -> dict[str, Any]:
    base = {"cls": "verb", "lemma": "attack", "pos": "VERB", "tag": "VBD", "dep": "ROOT",
            "head": "attack", "verb_class": "other", "use": "plain", "kids": [], "ent": "",
            "repeat": False, "type": "ASSAULT", "real": True, "article": "rec_x/1"}
    return {**base, **kw}


def test_constructions() -> None:
    assert construction(_row(cls="near-miss")) == "beside a gold event"
    assert construction(_row(repeat=True)) == "repeated mention"
    assert construction(_row(lemma="say")) == "reported speech verb"
    assert construction(_row(pos="PROPN", ent="ORG")) == "noun inside a name"
    assert construction(_row(pos="NOUN", dep="compound")) == "noun modifying a noun"
    assert construction(_row(lemma="see", verb_class="perception/cognition")) == \
        "perception/state verb"
    assert construction(_row(tag="VBN", dep="acl")) == "resultative participle"
    # a participle with its auxiliary is a verb group, not a result
    assert construction(_row(tag="VBN", dep="conj", kids=["auxpass:was"])) == "other verb"
    assert construction(_row(use="modal/future")) == "future/planned"
    assert construction(_row(use="habitual/present", tag="VBZ")) == "generic/habitual"
    assert construction(_row(use="negated")) == "negated"
    assert construction(_row(pos="NOUN", dep="dobj")) == "other noun"


def test_repeat_is_read_in_text_order_per_article() -> None:
    texts = {"rec_x/1": "Police said. The rebels attacked.", "rec_x/2": "x"}
    rows = annotate([_row(), _row(cls="tp"), _row(article="rec_x/2")], texts)
    assert [r["repeat"] for r in rows] == [False, True, False]
    assert rows[1]["construction"] == "repeated mention"


def test_table_counts_real_false_matched_and_own() -> None:
    rows = [_row(construction="x"), _row(construction="x", cls="tp"),
            _row(construction="x", real=False)]
    lines = table(rows, "construction", {"rec_x/1": "rec_x"})
    assert lines[2] == "| x | 1 | 1 | 1 | 1 | 0 |"
