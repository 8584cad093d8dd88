"""tools/records_diff.py: gains and losses between two prediction folders."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tools.records_diff import RECORDS, compare


def _write(folder: Path, records: list[dict]) -> None:
    folder.mkdir()
    (folder / "rec_a.pred.json").write_text(json.dumps(records))


def test_a_dropped_event_and_a_wrong_actor_are_losses(tmp_path: Path) -> None:
    gold = [json.loads(x) for x in (RECORDS / "rec_a.jsonl").read_text().splitlines()]
    perfect = [{"id": r["id"], "events": r["events"]} for r in gold]
    worse = copy.deepcopy(perfect)
    first = next(r for r in worse if len(r["events"]) >= 2 and r["events"][1].get("actor"))
    dropped = first["events"].pop(0)
    first["events"][0]["actor"] = {"text": "nobody", "country": "ZZZ", "sector": "XXX"}
    first["events"].append({"trigger": {"start": 0, "end": 1, "text": "x"}, "type": "AID"})
    _write(tmp_path / "before", perfect)
    _write(tmp_path / "after", worse)
    gains, losses = compare(tmp_path / "before", tmp_path / "after")
    assert [c[2] for c in losses["detection"]] == [dropped["trigger"]["text"]]
    assert len(losses["actor"]) == 1 and len(losses["false events"]) == 1
    assert not any(gains.values())
    back, lost = compare(tmp_path / "after", tmp_path / "before")
    assert len(back["detection"]) == 1 and len(back["actor"]) == 1 and not any(lost.values())
