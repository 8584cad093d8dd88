"""Training and serving read the same features (review61 of dateline32,
place33): the rows ``tools/train_dateline_place.py`` reads equal, event by
event, the features ``dateline_model.view_of`` computes in the pipeline
when the model decides. Articles written for this test."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.eval.records import article_of, record_of
from eventwire.nlp.components import COMPONENTS
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo import component, dateline_model
from tools.event_place_rows import rows_of, rows_pipeline
from tools.train_dateline_place import population

ARTICLES = [
    "Tax protest turns violent\nNAIROBI, March 14 (Reuters) - Kenyan police fired tear gas at "
    "protesters in the capital on Tuesday. In Mombasa, traders closed their shops. The "
    "government said it would review the tax next year.\nLast year, floods killed 40 people "
    "in the north.",
    "Envoy summoned\nLIMA (AP) -- Peru's foreign ministry summoned the Bolivian ambassador on "
    "Monday. Washington condemned the expulsion of two diplomats.\nProtesters marched "
    "again in Cusco on Sunday and police detained 12 of them.",
    "Ferry strike\nMANILA, June 2 (AFP) - Philippine dock workers went on strike on Friday, "
    "and the coast guard arrested three union leaders.\nThe senate could sanction the ferry "
    "firms if they ignore the order.",
    "Port workers walk out\nGEORGETOWN, Guyana (Reuters) - Guyanese dock workers walked out on "
    "Monday and police detained two organisers. Venezuela's government accused the strikers "
    "of sabotage.",
    "Bus fares row\nSAN JOSE (AP) - Costa Rica's transport ministry raised bus fares on Friday; "
    "students blocked a highway near Cartago on Saturday.\nThe ministry will meet drivers "
    "next week.",
]


class _Recorder(dateline_model.DatelineModel):
    """Keeps the rules' decision (so the records show it) and notes the features."""

    seen: list[list[str]]

    def places(self, feats: list[str]) -> bool:
        self.seen.append(sorted(feats))
        return "rule=True" in feats


def test_tool_rows_equal_runtime_features(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Exactly, modality included: the rows are computed by ``view_of`` on a
    run that stops before event attribution, whose spoken-of rule turns
    "Washington condemned the expulsion" from asserted to reported after the
    model decided (the skew the twenty-third session's version of this test
    mapped away)."""
    rec = _Recorder({}, 0.0)
    rec.seen = []
    monkeypatch.setattr(component, "load_dateline_model", lambda: rec)
    pipe = Pipeline(Settings(progress=False), components=tuple(
        f for f, _m in COMPONENTS if f != "eventwire_event_attribution"))
    records: list[dict[str, Any]] = [
        {"id": f"s-{i}", "text": t, "published": "2023-03-15", "events": []}
        for i, t in enumerate(ARTICLES)]
    arts = [article_of(r) for r in records]
    rows = []
    for record, art, (_a, doc, events) in zip(records, arts, pipe.extract(arts), strict=True):
        assert art.published == date(2023, 3, 15) and isinstance(events, list)
        record["events"] = [record_of(record["text"], e) for e in events]
        rows += rows_of("rec_z", record, doc, events, views=True)
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    # plans and hypotheses are closed at run time (no model), rows in training
    closed = {f"mod={m}" for m in dateline_model.NOT_DONE_MODALITIES}
    tool = sorted(sorted(r["feats"]) for r in population(path)
                  if not closed & set(r["feats"]))
    assert len(rec.seen) >= 6
    assert tool == sorted(rec.seen)


def test_the_rows_run_turns_the_model_off() -> None:
    """``event_place_rows.py --dateline-rules`` reaches the placer through the
    pipeline's component config: its ``rule`` is the place before the model."""
    pipe = rows_pipeline(rules=True)
    assert pipe.nlp.get_pipe("eventwire_event_place").dateline_model is None
    assert "eventwire_event_attribution" not in pipe.nlp.pipe_names
    assert "eventwire_event_attribution" in rows_pipeline(rules=False).nlp.pipe_names
