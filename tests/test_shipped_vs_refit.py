"""tools/shipped_vs_refit.py: the shipped place chooser against its refit,
scored only on the sets the shipped file was not fitted on, with C and
margin chosen inside each fold on its training sets alone. Rows written for
these tests (two candidates each: the rules' "none" and a previous event's
place)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

import tools.shipped_vs_refit as svr
import tools.train_place_chooser as tpc


def _row(s: str, rule_right: bool, cue: str, topic: str | None = None) -> dict[str, Any]:
    """One matched event: the rules keep "none"; the other candidate carries
    ``cue`` and is right exactly when the rules are wrong."""
    return {"set": s, "article": f"{s}-1", "real": s.endswith("r"), "topic": topic,
            "rule_right": rule_right,
            "cands": [{"kind": "none", "feats": ["kind=none", "any|rule=True"],
                       "right": rule_right},
                      {"kind": "prev_event", "feats": ["kind=prev_event", "any|rule=False", cue],
                       "right": not rule_right}]}


def test_add_counts_a_real_outlets_event_in_its_set_and_in_real() -> None:
    table: svr.Table = defaultdict(lambda: [0, 0, 0, 0])
    svr._add(table, "rec_x", True, (True, False, True))
    svr._add(table, "rec_x", False, (False, True, True))
    svr._add(table, "rec_x", True, (False, False, True), fresh=True)
    svr._add(table, "rec_x", False, (False, False, False), fresh=True)  # own: never "real"
    assert table["rec_x"] == [4, 1, 1, 3]
    assert table["real"] == [2, 1, 0, 2]
    assert table[svr.FRESH] == [1, 0, 0, 1]


def test_print_table_pools_sets_and_splits_real_from_own(capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    svr.print_table({"rec_x": [10, 5, 6, 8], "rec_y": [10, 5, 6, 4], "real": [4, 2, 2, 3],
                     svr.FRESH: [1, 0, 0, 1]})
    out = capsys.readouterr().out
    assert "| real, new story | 1 | 0.000 | 0.000 | 1.000 | +1 |" in out
    assert "| pooled | 20 | 0.500 | 0.600 | 0.600 | +0 |" in out
    assert "| real | 4 | 0.500 | 0.500 | 0.750 | +1 |" in out
    assert "| own | 16 | 0.500 | 0.625 | 0.562 | -1 |" in out
    assert "sets won 1, lost 1, tied 0" in out


def _learnable(sets: list[str]) -> list[dict[str, Any]]:
    """Per set: the rules are wrong where cue "good" fires, right where "bad" does."""
    rows = []
    for s in sets:
        rows += [_row(s, False, "good") for _ in range(6)]
        rows += [_row(s, True, "bad") for _ in range(6)]
    return rows


def test_inner_choice_picks_the_cell_that_gains_on_the_training_sets() -> None:
    rows = _learnable([f"rec_{k}" for k in "abcdefgh"])
    # a huge margin never overrides the rules (gain 0); a small one learns "good"
    c, m = svr._inner_choice(rows, [1.0], [0.0, 50.0], clean=False, groups=4)
    assert (c, m) == (1.0, 0.0)


def test_inner_choice_breaks_a_tie_towards_the_larger_margin() -> None:
    rows = [_row(f"rec_{k}", True, "bad") for k in "abcd" for _ in range(3)]
    # the rules are always right: no cell gains, the safer (larger) margin wins
    assert svr._inner_choice(rows, [1.0], [0.0, 2.0], clean=False, groups=2)[1] == 2.0


def test_place_scores_only_the_sets_the_shipped_file_never_saw(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = tmp_path / "place_chooser.json"
    # the shipped weights saw rec_a..rec_c and never learnt the cue
    model.write_text(json.dumps({"about": {"sets": ["rec_a", "rec_b", "rec_c"]},
                                 "margin": 1.0, "weights": {}}), encoding="utf-8")
    monkeypatch.setattr(svr, "PLACE_MODEL", model)
    monkeypatch.setattr(tpc, "with_topics", lambda rows: rows)
    table = svr.place(_learnable(["rec_a", "rec_b", "rec_c", "rec_d", "rec_er"]), [1.0],
                      [0.0], clean=False, groups=2)
    assert sorted(table) == ["real", svr.FRESH, "rec_d", "rec_er"]
    # rules and shipped right on the 6 "bad" rows; the refit also on the 6 "good"
    assert table["rec_d"] == [12, 6, 6, 12]
    assert table["real"] == [12, 6, 6, 12]


def test_place_topic_clean_fold_does_not_learn_from_the_held_out_story(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = tmp_path / "place_chooser.json"
    model.write_text(json.dumps({"about": {"sets": ["rec_a"]}, "margin": 1.0,
                                 "weights": {}}), encoding="utf-8")
    monkeypatch.setattr(svr, "PLACE_MODEL", model)
    monkeypatch.setattr(tpc, "with_topics", lambda rows: rows)
    # the cue is learnable only from rec_a, which tells rec_b's story (ecb12)
    rows = [*(_row("rec_a", False, "good", "ecb12") for _ in range(8)),
            *(_row("rec_a", True, "bad", "ecb12") for _ in range(8)),
            *(_row("rec_b", False, "good", "ecb12") for _ in range(2)),
            *(_row("rec_c", True, "bad") for _ in range(8))]
    plain = svr.place(rows, [1.0], [0.0], clean=False, groups=2)
    clean = svr.place(rows, [1.0], [0.0], clean=True, groups=2)
    assert plain["rec_b"][3] == 2
    assert clean["rec_b"][3] == 0
    # rec_b's story is told in the shipped fit's set: not a new story
    assert svr.FRESH not in clean


def test_place_counts_a_real_story_the_shipped_fit_never_read_as_new(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = tmp_path / "place_chooser.json"
    model.write_text(json.dumps({"about": {"sets": ["rec_a"]}, "margin": 1.0,
                                 "weights": {}}), encoding="utf-8")
    monkeypatch.setattr(svr, "PLACE_MODEL", model)
    monkeypatch.setattr(tpc, "with_topics", lambda rows: rows)
    rows = [_row("rec_a", True, "bad", "ecb12"), _row("rec_br", True, "bad", "ecb12"),
            _row("rec_br", True, "bad", "ecb3"), _row("rec_br", True, "bad", None),
            _row("rec_c", True, "bad", "ecb3")]
    table = svr.place(rows, [1.0], [0.0], clean=False, groups=2)
    assert table["real"][0] == 3
    assert table[svr.FRESH][0] == 2  # ecb3 and the article with no ECB+ topic


def test_date_fits_read_from_the_shipped_source_line() -> None:
    assert svr.date_seen("record sets rec_a, rec_b, rec_aa (all articles, matched events); "
                         "tools/rank_event_date.py (rec_zz)") == {"rec_a", "rec_b", "rec_aa"}
