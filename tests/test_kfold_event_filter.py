"""The eventness filter's k-fold tool (tools/kfold_event_filter.py): the
threshold chosen inside the training folds (events29). Synthetic rows."""

from __future__ import annotations

from typing import Any

import pytest

from tools.kfold_event_filter import GRID_T_FINE, _inner_threshold, _nested_keep, fitted_sets


def _data() -> dict[str, Any]:
    rows, arts = [], []
    for b in ("rec_x", "rec_y", "rec_z"):
        for a in range(10):
            art = f"{b}-{a}"
            arts.append({"article": art, "batch": b, "gold": 2, "source": "own"})
            rows += [{"article": art, "batch": b, "source": "own", "label": 1,
                      "features": ["lemma=attack", "actor=yes"]},
                     {"article": art, "batch": b, "source": "own", "label": 1,
                      "features": ["lemma=protest", "actor=yes"]},
                     {"article": art, "batch": b, "source": "own", "label": 0,
                      "features": ["lemma=hear", "actor=none"]}]
    return {"rows": rows, "articles": arts}


def test_inner_threshold_is_one_of_the_grid() -> None:
    data = _data()
    assert _inner_threshold(data["rows"], data["articles"], 1.0) in GRID_T_FINE


def test_nested_keep_decides_every_row_and_separates_the_classes() -> None:
    data = _data()
    keep = _nested_keep(data, 1.0, clean=False)
    assert set(keep) == set(range(len(data["rows"])))
    assert all(keep[i] == bool(r["label"]) for i, r in enumerate(data["rows"]))


def test_fitted_sets_read_by_position_not_by_name() -> None:
    """"rec_aa" sorts before "rec_h": the sets after rec_z are unseen by an
    a..h fit, and an a..aa fit has seen rec_h (refit35b)."""
    ah = fitted_sets("eventness filter; built from tests/data/records/rec_a..rec_h")
    assert "rec_h" in ah and "rec_i" not in ah and "rec_aa" not in ah and "rec_ai" not in ah
    a_aa = fitted_sets("built from tests/data/records/rec_a..rec_aa")
    assert {"rec_h", "rec_z", "rec_aa"} <= a_aa and "rec_ab" not in a_aa
    with pytest.raises(SystemExit):
        fitted_sets("built from tests/data/records/rec_a..rec_zz")


def test_unseen_reports_the_guard_events_the_all_set_refit_would_drop(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refit that wins on the unseen sets is still not written when it
    drops a canonical event (``write``'s guard): ``unseen`` says so, checked
    at the written threshold even when folds choose their own (refit35b)."""
    import json

    import tools.kfold_event_filter as kef

    model = tmp_path / "eventness.json"
    model.write_text(json.dumps({"about": "built from tests/data/records/rec_a..rec_x",
                                 "weights": {}, "bias": 0.0, "threshold": 0.3}),
                     encoding="utf-8")
    seen: list[float] = []

    def guard(weights: dict[str, float], bias: float, threshold: float) -> list[Any]:
        seen.append(threshold)
        return [("The two countries reached a trade agreement.", "reached", 0.158)]

    monkeypatch.setattr(kef, "MODEL_PATH", model)
    monkeypatch.setattr(kef, "_guard", guard)
    kef.unseen(_data(), 1.0, 0.3)
    kef.unseen(_data(), 1.0, 0.35, nested=True)
    out = capsys.readouterr().out
    assert seen == [0.3, 0.35]
    assert "drops 1 guard events\n  'reached' (0.158) in 'The two countries" in out
    assert "unseen-all" in out  # rec_y and rec_z come after the shipped fit's rec_x
