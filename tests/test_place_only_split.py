"""``tools/place_only_split.py``: the sub-class keys of the place-only
errors, on rows written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tools.place_only_split import by_article, row_key, split_key, where

TOWN = {"start": 30, "end": 35, "text": "Tamale", "lat": 9.4, "lon": -0.85}
FAR = {"start": 60, "end": 65, "text": "Kumasi", "lat": 6.69, "lon": -1.62}


def _row(gold: dict[str, Any] | None, rule: dict[str, Any] | None,
         cands: list[dict[str, Any]], span: tuple[int, int] = (20, 50),
         header: tuple[int, int] = (0, 0)) -> dict[str, Any]:
    return {"set": "rec_t", "article": "t-1", "trigger": "seized", "gold": gold,
            "rule": rule, "sentence_span": list(span), "header": list(header),
            "dateline": None, "focus": None, "cands": cands}


def test_a_rejected_toponym_of_the_sentence_is_keyed_by_the_rules_verdict() -> None:
    cands = [{"kind": "mention", "place": {**TOWN, "basis": "none"}, "right": True}]
    row = _row(TOWN, None, cands)
    assert where(row) == "sentence:rejected"
    assert split_key(row) == "missed sentence:rejected local"


def test_an_earlier_place_is_split_by_the_previous_place() -> None:
    prev = [{"kind": "previous", "place": {**TOWN, "basis": "sentence"}, "right": True}]
    row = _row(TOWN, None, prev, span=(40, 80))
    assert where(row) == "earlier:prev"
    row["cands"] = [{**prev[0], "right": False}]
    assert where(row) == "earlier:other"


def test_a_spurious_place_is_keyed_by_its_basis_and_precision() -> None:
    rule = {**FAR, "basis": "sentence", "precision": "city"}
    assert split_key(_row(None, rule, [])) == "spurious sentence local"
    rule = {**FAR, "basis": "trigger", "precision": "country"}
    assert split_key(_row(None, rule, [])) == "spurious trigger country"


def test_a_row_finds_its_place_only_key_by_article_trigger_and_sentence() -> None:
    keys = by_article({("t-1", "seized", 25), ("t-1", "seized", 70), ("t-2", "seized", 25)})
    assert row_key(_row(None, None, []), keys) == ("t-1", "seized", 25)
    assert row_key(_row(None, None, [], span=(100, 120)), keys) is None


def test_place_only_reads_the_sets_through_the_shared_readers(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``place_only`` reads gold and predictions with ``tools.topic_folds``
    (``set_records`` / ``set_predictions``), not a copy of them."""
    import tools.place_only_split as split
    gold = [{"id": "t-1", "_set": "rec_t", "events": [
        {"trigger": {"text": "seized", "start": 25}},
        {"trigger": {"text": "fled", "start": 70}}]}]
    pred = {"t-1": [{"trigger": {"text": "seized", "start": 25}},
                    {"trigger": {"text": "fled", "start": 70}}]}
    monkeypatch.setattr(split, "set_records", lambda sets: gold)
    monkeypatch.setattr(split, "set_predictions", lambda pred_dir, name: pred)
    monkeypatch.setattr(split, "match_events", lambda g, p: [(0, 0), (1, 1)])
    monkeypatch.setattr(split, "field_results", lambda g, p: {
        "type": True, "place": g["trigger"]["text"] != "seized"})
    assert split.place_only(tmp_path, ["rec_t"]) == {("t-1", "seized", 25)}


def test_a_stated_place_is_keyed_by_its_sentences_time_frame() -> None:
    """``--sequence`` (place35): "later" / "in response" / "subsequently",
    a sentence opened by a past year, else plain; none for an unstated
    place. Sentences written for this test."""
    from tools.place_only_split import sequence_cue
    rule = {**FAR, "basis": "sentence", "precision": "city"}
    row = _row(None, rule, [])
    row["sentence"] = "Troops took the port in Kumasi, and the navy freed its crew weeks later."
    assert sequence_cue(row) == "later"
    row["sentence"] = "Rebels shelled Kumasi, and the army bombed their camps in retaliation."
    assert sequence_cue(row) == "later"
    row["sentence"] = "In June 2011, police in Kumasi arrested the mayor's brother."
    assert sequence_cue(row) == "history"
    row["sentence"] = "Police in Kumasi arrested the mayor's brother on Friday."
    assert sequence_cue(row) == "plain"
    row["rule"] = {**FAR, "basis": "dateline", "precision": "city"}
    assert sequence_cue(row) is None
