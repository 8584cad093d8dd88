"""tools/train_undated.py: an example per event the undated model was asked
about at run time (``undated.RECORDERS``), scored against its gold date."""

from __future__ import annotations

from types import SimpleNamespace

from eventwire.models import TimeValue
from tools import train_undated


def _cands() -> list[TimeValue]:
    return [TimeValue(value="2021-06-01", granularity="day", anchor="publication"),
            TimeValue(value="2021-05", granularity="month", anchor="narrative"),
            TimeValue(anchor="unknown")]


def test_examples_come_from_the_run_time_record() -> None:
    event = SimpleNamespace(trigger=SimpleNamespace(text="stormed"))
    train_undated._remember(event, _cands(), {"bias": 1.0})
    try:
        day = train_undated._example(event, ("2021-06-01", "day"), "rec_x", True, "d1")
        month = train_undated._example(event, ("2021-05", "month"), "rec_x", True, "d1")
        none = train_undated._example(event, (None, "unknown"), "rec_x", True, "d1")
    finally:
        train_undated.SEEN.clear()
    assert day is not None and day["right"] == [True, False, False]
    assert month is not None and month["right"] == [False, True, False]
    assert none is not None and none["right"] == [False, False, True]
    assert day["features"] == {"bias": 1.0} and day["trigger"] == "stormed"


def test_an_event_never_asked_gives_no_example() -> None:
    asked = SimpleNamespace(trigger=SimpleNamespace(text="fled"))
    other = SimpleNamespace(trigger=SimpleNamespace(text="fled"))
    train_undated._remember(asked, _cands(), {})
    try:
        assert train_undated._example(other, ("2021-06-01", "day"), "t", False, "d") is None
    finally:
        train_undated.SEEN.clear()


def test_loose_granularity_for_meantime() -> None:
    event = SimpleNamespace(trigger=SimpleNamespace(text="met"))
    train_undated._remember(event, _cands(), {})
    try:
        ex = train_undated._example(event, ("2021-05", "unknown"), "corpus_x", False, "d")
    finally:
        train_undated.SEEN.clear()
    assert ex is not None and ex["right"] == [False, True, False]


def test_write_model_records_its_source(tmp_path: object) -> None:
    import json
    from pathlib import Path

    path = Path(str(tmp_path)) / "time" / "undated.json"
    model = {"classes": ["publication", "timeline", "unknown"], "weights": {}}
    train_undated.write_model(model, 12, 0.3, "own texts; a test", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["source"] == "own texts; a test" and data["examples"] == 12
    assert data["classes"] == ["publication", "timeline", "unknown"]
