"""tools/event_date_rows.py: ``regold`` rescores dumped rows against
relabelled gold (dates11) without running the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from tools.event_date_rows import regold


def _row(doc: str, gi: int) -> dict[str, object]:
    cands = {"current": ["2021-07-07", "day"], "pub_prev": ["2021-07-06", "day"],
             "unknown": [None, "unknown"], "sentence": None}
    right = {"current": True, "pub_prev": False, "unknown": False, "sentence": False}
    return {"set": "rec_x", "doc": doc, "gi": gi, "real": False, "kind": None,
            "class": None, "features": {}, "cands": cands, "right": right}


def _gold(tmp: Path, times: list[dict[str, object]]) -> Path:
    events = [{"trigger": {"start": 0, "end": 1, "text": "x"}, "time": t} for t in times]
    path = tmp / "rec_x.jsonl"
    path.write_text(json.dumps({"id": "rec_x-01", "events": events}) + "\n", encoding="utf-8")
    return path


def test_regold_moves_rightness_to_the_new_gold(tmp_path: Path) -> None:
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps([_row("rec_x-01", 0), _row("rec_x-01", 1)]), encoding="utf-8")
    gold = _gold(tmp_path, [
        {"value": None, "granularity": "unknown", "background": False},   # relabelled to null
        {"value": "2021-07-06", "granularity": "day", "background": False},
    ])
    out = tmp_path / "new.json"
    regold(rows, [gold], out)
    new = json.loads(out.read_text(encoding="utf-8"))
    assert new[0]["right"] == {"current": False, "pub_prev": False, "unknown": True,
                               "sentence": False}
    assert new[1]["right"]["pub_prev"] and not new[1]["right"]["current"]


def test_regold_keeps_rows_whose_gold_did_not_move(tmp_path: Path) -> None:
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps([_row("rec_x-01", 0)]), encoding="utf-8")
    gold = _gold(tmp_path, [{"value": "2021-07-07", "granularity": "day", "background": False}])
    out = tmp_path / "new.json"
    regold(rows, [gold], out)
    assert json.loads(out.read_text(encoding="utf-8"))[0]["right"] == _row("rec_x-01", 0)["right"]
