"""tools/blind_rows: a prediction file scored against a set's gold, whole
and by origin, without running the pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tools.blind_rows import blind_rows, read_rows

RECORDS = Path(__file__).parent / "data" / "records"


def _gold() -> list[dict[str, Any]]:
    rows = read_rows(RECORDS / "rec_aj.jsonl")
    real = [r for r in rows if str(r.get("source", "")).startswith("ecbplus:")][:2]
    own = [r for r in rows if not str(r.get("source", "")).startswith(("ecbplus:",
                                                                       "geovirus:",
                                                                       "meantime:"))][:2]
    return real + own


def test_gold_scored_against_itself_is_whole() -> None:
    gold = _gold()
    lines = blind_rows(gold, [{"id": g["id"], "events": g["events"]} for g in gold])
    assert [x.split()[0] for x in lines[:3]] == ["all", "real", "own"]
    assert all("event F1 1.000" in x for x in lines[:3])
    assert lines[3].startswith("full record: 1.000 of matched, 1.000 of all gold")


def test_missing_predictions_lower_the_scores_of_their_origin_only() -> None:
    gold = _gold()
    own_ids = {g["id"] for g in gold[2:]}
    preds = [{"id": g["id"], "events": [] if g["id"] in own_ids else g["events"]} for g in gold]
    all_line, real_line, own_line, _ = blind_rows(gold, preds)
    assert "event F1 1.000" in real_line and "event F1 0.000" in own_line
    assert "event F1 1.000" not in all_line


def test_a_dev_half_is_left_out(tmp_path: Path) -> None:
    gold = _gold()
    gold[0] = gold[0] | {"split": "dev"}
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    n = sum(len(g["events"]) for g in gold[1:])
    assert f"gold {n:4}" in blind_rows(read_rows(path), [])[0]
