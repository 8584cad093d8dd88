"""Training and serving read the same features (review61 of dateline32):
the rows ``tools/train_dateline_place.py`` builds from a run's records
equal, event by event, the features ``dateline_model.view_of`` computes in
the pipeline. Articles written for this test."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.eval.records import article_of, record_of
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo import component, dateline_model
from tools.event_place_rows import rows_of
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
    rec = _Recorder({}, 0.0)
    rec.seen = []
    monkeypatch.setattr(component, "load_dateline_model", lambda: rec)
    pipe = Pipeline(Settings(progress=False))
    records: list[dict[str, Any]] = [
        {"id": f"s-{i}", "text": t, "published": "2023-03-15", "events": []}
        for i, t in enumerate(ARTICLES)]
    arts = [article_of(r) for r in records]
    rows, preds = [], []
    for record, art, (_a, doc, events) in zip(records, arts, pipe.extract(arts), strict=True):
        assert art.published == date(2023, 3, 15) and isinstance(events, list)
        record["events"] = [record_of(record["text"], e) for e in events]
        preds.append(record)
        rows += rows_of("rec_z", record, doc, events)
    (tmp_path / "rec_z.pred.json").write_text(json.dumps(preds), encoding="utf-8")
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    # plans and hypotheses are closed at run time (no model), rows in training
    closed = {f"mod={m}" for m in dateline_model.NOT_DONE_MODALITIES}
    tool = sorted(sorted(r["feats"]) for r in population(path, tmp_path)
                  if not closed & set(r["feats"]))
    assert len(rec.seen) >= 6
    assert _spoken_of(tool) == _spoken_of(sorted(rec.seen))


def _spoken_of(rows: list[list[str]]) -> list[list[str]]:
    """Known skew, stage order: the event place stage runs before event
    attribution, whose rule "an act a speaker speaks of is reported"
    (modality33, ``attribution/chains.py``) turns an asserted act with a
    speaker into a reported one ("Washington condemned the expulsion of two
    diplomats"). The place stage sees ``mod=asserted`` where the record, and
    so the training rows, say ``mod=reported``; the shipped weights were
    fitted on rows made before that rule, where both said asserted. Both
    sides are mapped to asserted here so that every other feature is still
    compared; retraining must rebuild rows with that rule off or move the
    decision after attribution (docs/BENCHMARKS.md, twenty-third session)."""
    return sorted(sorted("mod=asserted" if f == "mod=reported" else f for f in r) for r in rows)


def test_the_rows_run_turns_the_model_off() -> None:
    """``event_place_rows.py --dateline-rules`` reaches the placer through the
    pipeline's component config: its ``rule`` is the place before the model."""
    pipe = Pipeline(Settings(progress=False),
                    component_config={"eventwire_event_place": {"dateline_model": "rules"}})
    assert pipe.nlp.get_pipe("eventwire_event_place").dateline_model is None
