"""``tools/place_miss_split.py``: the sub-class keys of the two broad
missed-place classes, on rows written for these tests."""

from __future__ import annotations

from typing import Any

from tools.place_miss_split import lead_line, linked_key, sentence_key


def _row(sentence: str, start: int, trigger: str, gold: str, cands: list[Any]) -> dict[str, Any]:
    g = sentence.index(gold)
    return {"set": "rec_t", "article": "t-1", "sentence": sentence,
            "sentence_span": [start, start + len(sentence)], "trigger": trigger,
            "gold": {"start": start + g, "end": start + g + len(gold), "text": gold},
            "cands": cands}


def test_a_place_in_a_participle_on_the_subject_is_keyed_by_its_clause() -> None:
    row = _row("The envoys, speaking in Accra, condemned the coup.", 0, "condemned", "Accra",
               [{"kind": "none", "place": None, "right": False}])
    assert sentence_key(row) == "rules=none pobj:in other"


def test_the_rules_basis_of_the_gold_toponym_is_kept() -> None:
    row = _row("Police arrested ten men in Lyon.", 0, "arrested", "Lyon", [])
    row["cands"] = [{"kind": "mention", "right": True,
                     "place": {"start": 27, "end": 31, "basis": "trigger"}}]
    assert sentence_key(row).startswith("rules=trigger pobj:in same")


def test_a_dateline_the_stage_did_not_read_is_a_lead_line() -> None:
    text = "Title of the story\nOSLO, May 2, 2026 (AFP) - Police detained two men. They fled."
    assert lead_line(text, {"start": text.index("OSLO")}) == "lead"
    assert lead_line(text, {"start": text.index("Police")}) == "body"
    assert lead_line("no newline", {"start": 0}) == "body"


def test_the_linked_key_names_form_distance_and_the_previous_place() -> None:
    text = "Title\nRiots hit Tema on Monday. Shops were attacked."
    s = text.index("Shops")
    row = _row("Shops were attacked.", s, "attacked", "Shops", [
        {"kind": "previous", "right": True, "place": {"start": 16, "end": 20}}])
    row["gold"] = {"start": text.index("Tema"), "end": text.index("Tema") + 4, "text": "Tema"}
    key = linked_key(row, {("rec_t", "t-1"): text})
    assert key == "body verb gap=1 prev=right"
