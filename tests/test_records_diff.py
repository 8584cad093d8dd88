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


def test_before_gold_measures_a_gold_change_alone(tmp_path: Path) -> None:
    """``--before-gold``: the same predictions scored on an older copy of the
    gold and on the current one show what the relabel alone did (relabel51):
    a label the old gold had and the predictions follow becomes a loss."""
    gold = [json.loads(x) for x in (RECORDS / "rec_a.jsonl").read_text().splitlines()]
    preds = [{"id": r["id"], "events": r["events"]} for r in gold]
    _write(tmp_path / "run", preds)
    old = copy.deepcopy(gold)
    target = next(r for r in old if r["events"] and r["events"][0].get("mode"))
    target["events"][0]["mode"] = "other-mode"   # the old gold said something else
    old_dir = tmp_path / "old"
    old_dir.mkdir()
    (old_dir / "rec_a.jsonl").write_text("\n".join(json.dumps(r) for r in old) + "\n")
    gains, losses = compare(tmp_path / "run", tmp_path / "run", old_dir)
    assert [c[1] for c in gains["mode"]] == [target["id"]] and not any(losses.values())
    same, none = compare(tmp_path / "run", tmp_path / "run")
    assert not any(same.values()) and not any(none.values())
