"""tools/date_error_classes.py: the error classes of record dates (branch dates3).
Synthetic records written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

PATH = Path(__file__).resolve().parents[1] / "tools" / "date_error_classes.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("date_error_classes", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = ("Rebels seize town\nGOMA, March 4 (Reuters) - Rebels seized the town on Monday. "
        "The minister said on Tuesday the army would retake it. Troops later fled.")


def _event(word: str, value: str | None, gran: str = "day", anchor: str | None = None,
           background: bool = False) -> dict[str, object]:
    start = TEXT.index(word, 20)
    time: dict[str, object] = {"value": value, "granularity": gran if value else "unknown",
                               "background": background}
    if anchor:
        time["anchor"] = anchor
    return {"trigger": {"start": start, "end": start + len(word), "text": word}, "time": time}


def test_classes() -> None:
    tool = _tool()
    pub = "2024-03-05"
    cases = [
        (_event("seized", "2024-03-04"), _event("seized", "2024-03-04", anchor="explicit"), None),
        (_event("seized", "2024-03"), _event("seized", "2024-03-04", anchor="explicit"),
         "granularity mismatch"),
        (_event("fled", None), _event("fled", pub, anchor="publication"),
         "publication date to undated event"),
        (_event("fled", "2024-03-04"), _event("fled", None, anchor="unknown"),
         "dated event left undated (no date in sentence)"),
        (_event("retake", None), _event("retake", "2024-03-05", anchor="speech"),
         "future/planned event dated"),
        (_event("seized", "2024-03-04"),
         _event("seized", "2024-03-04", anchor="explicit", background=True),
         "background flag only"),
    ]
    for gold, pred, expected in cases:
        assert tool.classify(gold, pred, TEXT, pub) == expected


def test_dateline_day_and_sentence() -> None:
    tool = _tool()
    assert tool.dateline_day(TEXT, "2024-03-05") == "2024-03-04"
    assert tool.dateline_day("No dateline here.", "2024-03-05") is None
    assert tool.sentence_of(TEXT, TEXT.index("fled")) == "Troops later fled."


def test_error_kinds() -> None:
    """The coarse kinds (branch dates9): each error is one kind."""
    tool = _tool()
    cases = [
        (_event("seized", "2024-03-04"), _event("seized", "2024-03-04"), None),
        (_event("seized", "2024-03-04"), _event("seized", "2024-03-01"), "wrong value"),
        (_event("seized", "2024-W10", "week"), _event("seized", "2024-03-04"),
         "wrong granularity"),
        (_event("fled", None), _event("fled", "2024-03-05"), "dated, gold unknown"),
        (_event("fled", "2024-03-04"), _event("fled", None), "unknown, gold dated"),
        (_event("seized", "2024-03-04"), _event("seized", "2024-03-04", background=True),
         "wrong background flag"),
    ]
    for gold, pred, expected in cases:
        assert tool.error_kind(gold, pred) == expected


def test_by_origin_columns(tmp_path: Path) -> None:
    """--by-origin splits a set into real-outlet and own articles; the
    predictions may be one JSON list (records_by_origin's .pred.json)."""
    import json
    tool = _tool()
    pub = "2024-03-05"
    gold = [{"id": f"x-{i}", "source": src, "text": TEXT, "published": pub,
             "events": [_event("seized", "2024-03-04")]}
            for i, src in enumerate(("ecbplus:1_1ecb", "own"))]
    pred = [{"id": g["id"], "events": [_event("seized", None)]} for g in gold]
    gold_path, pred_path = tmp_path / "rec_x.jsonl", tmp_path / "rec_x.pred.json"
    gold_path.write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    pred_path.write_text(json.dumps(pred), encoding="utf-8")
    table, _ = tool.buckets([(gold_path, pred_path)], by_origin=True)
    assert set(table) == {"rec_x:real", "rec_x:own"}
    assert table["rec_x:real"]["kind:unknown, gold dated"] == 1
    assert "| all real | all own |" not in tool.render(table)
    assert "all own" in tool.render(table)


def test_story_spread(tmp_path: Path) -> None:
    """--stories (branch dates58): real texts only; two ECB+ articles of one
    topic are one story, a GeoVirus article is its own story."""
    import json
    tool = _tool()
    pub = "2024-03-05"
    sources = ("ecbplus:7_1ecb", "ecbplus:7_4ecbplus", "geovirus:geovirus-001", "own")
    gold = [{"id": f"x-{i}", "source": src, "text": TEXT, "published": pub,
             "events": [_event("seized", "2024-03-04")]} for i, src in enumerate(sources)]
    pred = [{"id": g["id"], "events": [_event("seized", None)]} for g in gold]
    gold_path, pred_path = tmp_path / "rec_x.jsonl", tmp_path / "rec_x.pred.json"
    gold_path.write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    pred_path.write_text(json.dumps(pred), encoding="utf-8")
    assert tool.story_of(gold[0]) == tool.story_of(gold[1]) == "ecb7"
    out = tool.story_spread([(gold_path, pred_path)])
    assert "| dated event left undated (sentence has a date) | 3 | 2 | 1 |" in out
