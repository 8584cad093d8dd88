"""tools/mode_errors.py: the lister of mode errors on matched, right-typed events."""

from __future__ import annotations

import json
from pathlib import Path

from tools.mode_errors import _sentence, rows
from tools.topic_folds import SETS, set_records


def test_sentence_is_the_trigger_line() -> None:
    text = "Title line\nFirst one. The navy detained a ship. Then more."
    start = text.index("detained")
    assert _sentence(text, start, start + 8) == "The navy detained a ship."


def test_gold_as_predictions_has_no_mode_error(tmp_path: Path) -> None:
    by_set: dict[str, list[dict[str, object]]] = {name: [] for name in SETS}
    for record in set_records(SETS):
        by_set[record["_set"]].append({k: v for k, v in record.items() if k != "_set"})
    for name, records in by_set.items():
        (tmp_path / f"{name}.pred.json").write_text(json.dumps(records), encoding="utf-8")
    found = rows(tmp_path)
    assert found and all(r["gold"] == r["pred"] for r in found)
