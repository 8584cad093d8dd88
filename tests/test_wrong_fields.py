"""tools/wrong_fields.py: gold given back as the prediction is right in every
field; one field changed is counted once, for that field."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tools.wrong_fields import RECORDS, tally


def _write(tmp_path: Path, records: list[dict]) -> Path:
    (tmp_path / "rec_a.pred.json").write_text(json.dumps(records), encoding="utf-8")
    return tmp_path


def test_gold_as_prediction_is_right_everywhere(tmp_path: Path) -> None:
    gold = [json.loads(line) for line in (RECORDS / "rec_a.jsonl").read_text().splitlines()]
    per_event, per_field, pairs = tally(_write(tmp_path, gold))
    assert sum(per_event.values()) == sum(len(r["events"]) for r in gold)
    assert set(per_event) == {0} and not per_field and not pairs


def test_one_field_changed_counts_once(tmp_path: Path) -> None:
    gold = [json.loads(line) for line in (RECORDS / "rec_a.jsonl").read_text().splitlines()]
    pred = copy.deepcopy(gold)
    event = next(e for r in pred for e in r["events"] if e.get("type") != "ASSAULT")
    event["type"] = "ASSAULT"
    per_event, per_field, _ = tally(_write(tmp_path, pred))
    assert per_field["type"] == 1
    assert per_event[0] == sum(len(r["events"]) for r in gold) - sum(
        n for k, n in per_event.items() if k)
