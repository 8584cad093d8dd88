"""tools/kfold_modes.py: leave-one-set-out on a tiny hand-made cache (the
ranker learns that the rules' mode is right when it is cued in the clause),
and the shipped weights file it writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import kfold_modes
from tools.kfold_modes import NULL_KEY, compare, loso, train_shipped


def _row(name: str, art: str, gold: str | None, rule: str | None) -> dict[str, object]:
    cands = {"aerial": ["cue_clause"] + (["rule"] if rule == "aerial" else []),
             "firearms": ["rule"] if rule == "firearms" else [],
             NULL_KEY: ["is_null"] + (["rule"] if rule is None else [])}
    return {"article": art, "set": name, "real": art.endswith("r"), "gold_type": "ASSAULT",
            "gold": gold, "type": "ASSAULT", "final": rule, "trigger": "hit", "rule": rule,
            "cands": cands}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(kfold_modes, "SETS", ("rec_x", "rec_y"))
    monkeypatch.setattr("tools.topic_folds.article_topics", lambda sets: {})
    rows = [_row(s, f"{s}{i}{'r' if i % 2 else ''}", "aerial", "firearms" if i % 3 else "aerial")
            for s in ("rec_x", "rec_y") for i in range(12)]
    path = tmp_path / "cache.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def test_loso_reports_each_set_and_the_pools(cache: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    loso(cache, c=10.0)
    out = capsys.readouterr().out
    for part in ("rec_x", "rec_y", "pooled", "real", "own", "topic-clean"):
        assert part in out
    assert "learned 1.000" in out  # the clause cue outweighs a wrong rule


def test_train_writes_json_weights(cache: Path, tmp_path: Path) -> None:
    out = tmp_path / "ranker.json"
    train_shipped(cache, out, 10.0)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["trained_on"] == ["rec_x", "rec_y"] and data["weights"]


def test_compare_scores_shipped_and_refits(cache: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "ranker.json"
    train_shipped(cache, shipped, 10.0)
    data = json.loads(shipped.read_text(encoding="utf-8"))
    shipped.write_text(json.dumps({**data, "trained_on": ["rec_x"]}), encoding="utf-8")
    monkeypatch.setattr(kfold_modes, "C_VALUES", (10.0,))
    compare(cache, 10.0, shipped)
    out = capsys.readouterr().out
    for part in ("shipped", "refit C=10", "refit nested C", "pooled", "unseen y"):
        assert part in out
