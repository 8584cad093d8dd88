"""The toponym recall census (tools/geo_recall_census.py): the ``--skip``
articles (a blind set's sources) are left out before the pipeline runs."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

import tools.geo_recall_census as census


def test_skipped_articles_never_reach_the_pipeline(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "geo.jsonl"
    data.write_text("".join(json.dumps({"doc_id": f"doc-{i}", "text": "Rain fell in Oslo.",
                                        "toponyms": []}) + "\n" for i in range(4)),
                    encoding="utf-8")
    seen: list[str] = []
    scored: list[str] = []

    def fake_predict(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        seen.extend(r["doc_id"] for r in records)
        return [{"doc_id": r["doc_id"], "ents": [], "toponyms": []} for r in records]

    def fake_figures(gold: list[dict[str, Any]], preds: dict[str, Any], label: str) -> None:
        scored.extend(g["doc_id"] for g in gold)

    monkeypatch.setattr(census, "predict", fake_predict)
    monkeypatch.setattr(census, "figures", fake_figures)
    out = tmp_path / "pred.jsonl"
    monkeypatch.setattr(sys, "argv", ["census", str(data), "--out", str(out),
                                      "--skip", "doc-1,doc-3", "--list"])
    census.main()
    assert seen == ["doc-0", "doc-2"]
    assert scored == ["doc-0", "doc-2"]
    assert "doc-1" not in out.read_text(encoding="utf-8")
