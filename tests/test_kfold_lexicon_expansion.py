"""The lexicon-expansion k-fold tool and its census (tools/kfold_lexicon_expansion.py,
tools/lexicon_gap_census.py, events50): out-of-lexicon candidates, the
pooled counts with one emission per gold event, the threshold chosen inside
the training folds. Synthetic rows and invented words; no model is loaded."""

from __future__ import annotations

from typing import Any

import numpy as np

from tools.kfold_lexicon_expansion import f1, loso, out_of_lexicon, pooled
from tools.lexicon_gap_census import CELLS, cell, in_lexicon


def _row(batch: str, art: str, lemma: str, gold: int, pos: str = "VERB") -> dict[str, Any]:
    return {"article": art, "batch": batch, "source": "own", "gold": gold, "lemma": lemma,
            "features": [f"pos={pos}", f"lemma={lemma}"]}


def test_out_of_lexicon_keeps_words_no_entry_starts_from() -> None:
    rows = [_row("rec_x", "a", "attack", -1), _row("rec_x", "a", "blorfen", -1),
            _row("rec_x", "a", "protest", -1, "NOUN"), _row("rec_x", "a", "zibbet", 0, "NOUN")]
    assert [r["lemma"] for r in out_of_lexicon(rows)] == ["blorfen", "zibbet"]


def test_pooled_counts_one_emission_per_gold_event() -> None:
    arts = [{"article": "a", "batch": "rec_x", "source": "own", "gold": 4, "tp": 2, "pred": 2}]
    rows = [_row("rec_x", "a", "blorfen", 1), _row("rec_x", "a", "blorfen", 1),
            _row("rec_x", "a", "zibbet", -1)]
    cell_all = pooled(arts, rows, np.array([0.9, 0.8, 0.1]), 0.5, {"rec_x"})["all"]
    assert cell_all == [3, 4, 4, 1, 2]  # the second emission of gold 1 is false
    assert round(f1(cell_all), 3) == 0.75


def test_loso_threshold_is_chosen_without_the_held_out_set() -> None:
    arts, rows = [], []
    for b in ("rec_x", "rec_y", "rec_z"):
        for a in range(5):
            art = f"{b}-{a}"
            arts.append({"article": art, "batch": b, "source": "own", "gold": 3, "tp": 2,
                         "pred": 2})
            rows += [_row(b, art, "blorfen", 2), _row(b, art, "zibbet", -1)]
    knn = np.array([0.9 if r["lemma"] == "blorfen" else 0.2 for r in rows])
    total, chosen, emitted = loso(arts, rows, "knn", {}, knn, 1.0, clean=False)
    assert all(0.2 < t <= 0.9 for t in chosen.values())
    assert list(emitted) == [r["lemma"] == "blorfen" for r in rows]
    assert total["all"][:3] == [45, 45, 45]


def test_census_cells() -> None:
    assert not in_lexicon("blorfen", "VERB") and in_lexicon("attack", "VERB")
    miss = {"lemma": "attack", "pos": "VERB", "id": "a", "start": 10}
    assert cell(miss, {("a", 10)}) == CELLS[1]
    assert cell(miss, set()) == CELLS[2]
    assert cell({**miss, "lemma": "blorfen"}, set()) == CELLS[0]
