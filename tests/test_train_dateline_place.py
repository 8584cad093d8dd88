"""The dateline-place model's training tool (``tools/train_dateline_place.py``):
labels, the open population and the features it reads from the rows.
Texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tools.train_dateline_place import _label, population

DATELINE = {"start": 13, "end": 18, "text": "ACCRA", "lat": 5.556, "lon": -0.1969,
            "basis": "dateline", "precision": "city"}
TEXT = "Police raid\nACCRA (AP) - Police raided a market on Monday.\nThe mayor spoke."


def _row(trigger: str, span: tuple[int, int], rule: Any, gold: Any) -> dict[str, Any]:
    return {"set": "rec_z", "article": "z-1", "trigger": trigger, "type": "COERCE",
            "sentence_span": list(span), "gold": gold, "rule": rule, "dateline": DATELINE,
            "header": [12, 25], "cands": [{"kind": "none", "place": None, "right": False}]}


def test_labels_against_the_dateline() -> None:
    assert _label(None, DATELINE) == 0
    assert _label({"lat": 5.6, "lon": -0.2}, DATELINE) == 1
    assert _label({"lat": 6.69, "lon": -1.62}, DATELINE) == -1  # Kumasi, 200 km off


def test_population_reads_the_rows_features(tmp_path: Path) -> None:
    """The features are the row's ``dateline_feats`` (the pipeline's own
    ``view_of``, place33); a row without them (not open: a headline above the
    dateline, a stated place) is left out; the rules' pick is ``rule=True``."""
    feats = ["actor=local", "sector=COP", "dated=True", "rule=True", "para=0"]
    rows = [{**_row("raided", (12, 58), DATELINE, DATELINE), "dateline_feats": feats},
            {**_row("raid", (0, 11), None, None), "dateline_feats": None},
            {**_row("raided", (12, 58), None, None),
             "dateline_feats": ["actor=foreign", "rule=False"]}]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    got = list(population(path))
    assert [(g["label"], g["rule"]) for g in got] == [(1, True), (0, False)]
    assert got[0]["feats"] == feats


def test_rows_without_features_are_refused(tmp_path: Path) -> None:
    """Rows built before place33 carry no ``dateline_feats``: rebuild them."""
    import pytest

    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(_row("raided", (12, 58), DATELINE, DATELINE)), encoding="utf-8")
    with pytest.raises(SystemExit, match="dateline_feats"):
        list(population(path))


def test_a_fold_leaves_out_the_held_sets_stories_told_elsewhere() -> None:
    """Leave-one-set-out is topic-clean (review61): holding out rec_c drops
    rec_c's rows and every other set's report of an ECB+ story rec_c holds
    (rec_l-19 retells rec_c-06's topic 18), keeps own texts,
    and never fits on rows labelled elsewhere (-1)."""
    from tools.train_dateline_place import fold_train

    def row(s: str, art: str, label: int) -> dict[str, Any]:
        return {"set": s, "article": art, "feats": ["rule=True"], "label": label, "rule": True}

    rows = [row("rec_c", "rec_c-06", 1), row("rec_l", "rec_l-19", 0),
            row("rec_l", "rec_l-24", 1), row("rec_l", "rec_l-24", -1)]  # rec_l-24: own text
    got = [(r["set"], r["article"], r["label"]) for r in fold_train(rows, "rec_c")]
    assert got == [("rec_l", "rec_l-24", 1)]
    assert fold_train(rows, "rec_l") == []  # rec_c-06: a story rec_l retells


def test_rows_built_with_the_model_on_are_refused(tmp_path: Path) -> None:
    """Rows whose ``rule`` is the dateline model's own decision would feed the
    model its output as a feature (review61): the tool stops on them."""
    import pytest

    row = {**_row("raided", (12, 58), DATELINE, DATELINE), "dateline_model": "learned"}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row), encoding="utf-8")
    with pytest.raises(SystemExit, match="--dateline-rules"):
        list(population(path))


def test_versus_counts_changed_decisions_all_and_real() -> None:
    """A refit is judged against the shipped weights on the same rows: only
    rows whose decision changed count, elsewhere-labelled rows (-1) never,
    and the real-outlet subset separately (place58)."""
    from tools.train_dateline_place import _versus

    def row(art: str, label: int) -> dict[str, Any]:
        return {"set": "rec_z", "article": art, "feats": [], "label": label, "rule": False}

    rows = [row("z-1", 1), row("z-2", 0), row("z-3", 1), row("z-4", -1), row("z-5", 0)]
    old = [False, True, True, False, False]
    new = [True, False, False, True, False]  # z-1 won, z-2 won, z-3 lost, z-4 ignored
    assert _versus(rows, old, new, {"z-1", "z-3"}) == "all +2/-1, real +1/-1"
    assert _versus(rows, old, old, {"z-1"}) == "all +0/-0, real +0/-0"
    assert _versus(rows, old, new, set()) == "all +2/-1, real +0/-0"


def test_fold_models_fit_each_set_on_the_others() -> None:
    """``heldout`` predicts each set with the model fitted on the other sets
    (place58): a set's own rows never reach its model, the threshold is the
    one asked for, and every set with open rows gets a model."""
    from tools.train_dateline_place import fold_models

    def row(s: str, art: str, feats: list[str], label: int) -> dict[str, Any]:
        return {"set": s, "article": art, "feats": feats, "label": label,
                "rule": "rule=True" in feats}

    local, foreign = ["actor=local", "rule=True"], ["actor=foreign", "rule=False"]
    rows = [row(s, f"{s}-{i:02d}", f, lab) for s in ("rec_x", "rec_y", "rec_z")
            for i, (f, lab) in enumerate([(local, 1), (local, 1), (foreign, 0), (foreign, 0)])]
    rows.append(row("rec_z", "rec_z-09", ["actor=local", "sector=ODD"], 0))
    models = fold_models(rows, 1.0, 0.4)
    assert sorted(models) == ["rec_x", "rec_y", "rec_z"]
    assert all(m.threshold == 0.4 for m in models.values())
    assert "sector=ODD" not in models["rec_z"].weights  # rec_z's own row held out
    assert "sector=ODD" in models["rec_x"].weights
    assert models["rec_x"].places(local) and not models["rec_x"].places(foreign)
    assert sorted(fold_models(rows, 1.0, 0.5, ["rec_c", "rec_x"])) == ["rec_c", "rec_x"]
