"""The eventness class census and per-class thresholds (tools/eventness_classes.py,
events32). Synthetic rows with probabilities set by hand; no pipeline run."""

from __future__ import annotations

from typing import Any

from tools.eventness_classes import GRID, census, choose, kept, loso, value


def _row(batch: str, art: str, label: int, p: float, feats: list[str],
         source: str = "own") -> dict[str, Any]:
    return {"batch": batch, "article": art, "label": label, "p": p, "features": feats,
            "force": False, "real": source.startswith("ecbplus:"), "source": source}


def test_value_reads_a_family_or_marks_it_absent() -> None:
    row = _row("rec_i", "a", 1, 0.5, ["pos=NOUN", "dep=pobj", "modal"])
    assert value(row, "pos") == "pos=NOUN"
    assert value(row, "modal") == "modal"
    assert value(row, "content_of") == "content_of=-"


def test_kept_uses_the_class_threshold_and_forced_rows() -> None:
    noun = _row("rec_i", "a", 1, 0.22, ["pos=NOUN"])
    verb = _row("rec_i", "a", 0, 0.22, ["pos=VERB"])
    th: dict[tuple[str, ...], float] = {("pos=NOUN",): 0.2}
    assert kept(noun, th, ["pos"]) and not kept(verb, th, ["pos"])
    verb["force"] = True
    assert kept(verb, th, ["pos"])


def _rows() -> list[dict[str, Any]]:
    """Nouns at 0.2 are gold, verbs at 0.2 are false, in every unseen set."""
    rows = []
    for b in ("rec_i", "rec_j", "rec_k"):
        for a in range(40):
            art = f"{b}{a}"
            rows += [_row(b, art, 1, 0.2, ["pos=NOUN"]), _row(b, art, 0, 0.2, ["pos=VERB"]),
                     _row(b, art, 1, 0.8, ["pos=VERB"], "ecbplus:1_1ecb")]
    return rows


def test_choose_lowers_the_threshold_of_the_class_whose_low_rows_are_gold() -> None:
    rows = _rows()
    th = choose(rows, gold=sum(r["label"] for r in rows), families=["pos"])
    assert th[("pos=NOUN",)] <= 0.2 and th[("pos=VERB",)] > 0.2
    assert set(th.values()) <= set(GRID)


def test_loso_counts_the_gold_gained_on_held_out_sets() -> None:
    rows = _rows()
    arts = [{"article": r["article"], "batch": r["batch"], "gold": 2, "source": "own"}
            for r in rows[::3]]
    out = loso(rows, arts, ["pos"], "all")
    assert out["all"][0] == 240  # gold
    assert out["all"][5] == 120 and out["all"][6] == 0  # nouns gained, none lost


def test_census_counts_dropped_gold_per_origin() -> None:
    lines = census(_rows(), 0.3)
    assert lines[0].startswith("== real: dropped gold 0")
    own = next(line for line in lines if line.startswith("== own"))
    assert "dropped gold 120 / dropped false 120" in own
