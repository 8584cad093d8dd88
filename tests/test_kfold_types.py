"""tools/kfold_types.py: leave-one-set-out on a tiny hand-made cache (the
chooser learns that the object's noun entry beats a wrong rules' type), and
the shipped weights file it writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import kfold_types
from tools.kfold_types import loso, train_shipped


def _row(name: str, art: str, i: int) -> dict[str, object]:
    wrong = i % 3 != 0
    info = {"type": "AID", "base": "cameo-verb", "step": "-", "lemma": f"give{i % 4}",
            "pos": "VERB", "dep": "ROOT", "obj": "-", "gov": "-", "lex_verb": "AID",
            "lex_noun": "", "lex_pattern": "", "lex_obj": "AGREE" if wrong else "",
            "lex_gov": ""}
    return {"article": art, "set": name, "real": art.endswith("r"),
            "gold": "AGREE" if wrong else "AID", "final": "AID", "trigger": "gave",
            "info": info}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(kfold_types, "SETS", ("rec_x", "rec_y"))
    monkeypatch.setattr(kfold_types, "MARGIN", 0.0)
    monkeypatch.setattr("tools.topic_folds.article_topics", lambda sets: {})
    rows = [_row(s, f"{s}{i}{'r' if i % 2 else ''}", i) for s in ("rec_x", "rec_y")
            for i in range(12)]
    path = tmp_path / "cache.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def test_loso_reports_each_set_and_the_pools(cache: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    loso(cache, c=10.0)
    out = capsys.readouterr().out
    for part in ("rec_x", "rec_y", "pooled", "real", "own", "topic-clean", "macro-F1"):
        assert part in out
    assert "learned 1.0000" in out  # the object's noun entry outweighs a wrong rule


def test_train_writes_json_weights(cache: Path, tmp_path: Path) -> None:
    out = tmp_path / "ranker.json"
    train_shipped(cache, out, 10.0)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["trained_on"] == ["rec_x", "rec_y"] and data["weights"]
    assert data["confusions"] == {"AID": ["AGREE"]}
