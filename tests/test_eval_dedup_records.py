"""The records dedup scorer: gold events map to stored events by trigger
overlap; a gold event eventwire missed stays unresolved."""

from __future__ import annotations

from eventwire.eval import dedup_records


def _gold(start: int, end: int, cluster: str) -> dict[str, object]:
    return {"trigger": {"start": start, "end": end}, "cluster": cluster}


def _pred(start: int, end: int, canonical: str) -> dict[str, object]:
    return {"trigger": {"span": [start, end]}, "canonical_id": canonical}


def test_score_maps_by_trigger_overlap_per_split() -> None:
    gold = [{"id": "a", "split": "dev", "events": [_gold(0, 5, "x"), _gold(10, 15, "y")]},
            {"id": "b", "split": "dev", "events": [_gold(3, 9, "x"), _gold(20, 25, "z")]}]
    preds = [{"id": "a", "events": [_pred(0, 5, "c1"), _pred(11, 14, "c2")]},
             {"id": "b", "events": [_pred(4, 8, "c1")]}]  # z was not found
    m = dedup_records.score(gold, preds)["dev"]
    assert m["n_gold"] == 4 and m["n_found"] == 3
    assert m["eventwire"]["muc"]["recall"] == 1.0  # the one gold link (x) is found
    assert m["eventwire"]["b3"]["recall"] < 1.0  # z unresolved
    assert m["singletons"]["muc"]["f1"] == 0.0
    assert "dev" in dedup_records.render({"dev": m})
