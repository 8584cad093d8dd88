"""tools/train_event_date.py: the learners' training rows (the rows'
dump and regold: tests/test_event_date_rows.py)."""

from __future__ import annotations


def test_weighted_rows_shared_by_both_learners() -> None:
    """refactor30: ``fit`` and ``fit_tree`` build their rows in one place:
    an example teaching n choices gives n rows of weight 1/n, a real
    outlet's weighs ``real_weight``."""
    import numpy as np

    from tools.train_event_date import CHOICES, Matrix, _weighted

    def row(real: bool, right: tuple[str, ...]) -> dict[str, object]:
        return {"features": {"bias": 1.0}, "real": real, "set": "rec_x",
                "cands": {c: ["2021-07-07", "day"] for c in CHOICES},
                "right": {c: c in right for c in CHOICES}}

    m = Matrix([row(False, ("current", "pub_prev")), row(True, ("current",)),
                row(False, ("current",))])
    idx, labels, weights = _weighted(m, np.array([True, True, False]), "all", 3.0)
    assert idx == [0, 0, 1]
    assert [CHOICES[k] for k in labels] == ["current", "pub_prev", "current"]
    assert weights == [0.5, 0.5, 3.0]
    idx, labels, weights = _weighted(m, np.array([True, False, False]), "stay", 1.0)
    assert (idx, weights) == ([0], [1.0])
