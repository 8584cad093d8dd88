"""tools/undated_topic_folds.py: which anchor gold wants, and the
topic-clean training rows of a fold (branch dates25). The examples are
written for these tests."""

from __future__ import annotations

from typing import Any

from tools.undated_topic_folds import drop_features, gold_choice, training


def _ex(topic: str, ecb: str | None, right: list[bool]) -> dict[str, Any]:
    return {"topic": topic, "ecb": ecb, "right": right, "features": {}, "real": bool(ecb)}


def test_gold_choice() -> None:
    assert gold_choice(_ex("rec_a", None, [False, False, True])) == "unknown"
    assert gold_choice(_ex("rec_a", None, [True, True, False])) == "pub=timeline"
    assert gold_choice(_ex("rec_a", None, [True, False, False])) == "pub"
    assert gold_choice(_ex("rec_a", None, [False, True, False])) == "timeline"
    assert gold_choice(_ex("rec_a", None, [False, False, False])) == "other-date"


def test_training_drops_the_held_out_sets_topics() -> None:
    rows = [_ex("rec_b", "ecb12", [True, False, False]),   # held out
            _ex("rec_c", "ecb12", [True, False, False]),   # same story elsewhere: dropped
            _ex("rec_c", "ecb19", [True, False, False]),   # another story: kept
            _ex("rec_d", None, [False, False, True]),      # own text: kept
            _ex("corpus_x", None, [True, False, False])]   # MEANTIME: kept
    kept = training(rows, "rec_b")
    assert [(r["topic"], r["ecb"]) for r in kept] == [("rec_c", "ecb19"), ("rec_d", None),
                                                      ("corpus_x", None)]


def test_drop_features_removes_one_class_by_prefix() -> None:
    rows = [{**_ex("rec_b", None, [True, False, False]),
             "features": {"bias": 1.0, "lead_tense=title:present": 1.0, "tag=VBZ": 1.0}},
            {**_ex("rec_c", None, [False, False, True]),
             "features": {"bias": 1.0, "lead_tense=first:past": 1.0}},
            {**_ex("rec_d", None, [False, True, False]), "features": {"tag=VBD": 1.0}}]
    kept = drop_features(rows, ["lead_tense="])
    assert [r["features"] for r in kept] == [{"bias": 1.0, "tag=VBZ": 1.0}, {"bias": 1.0},
                                             {"tag=VBD": 1.0}]
    assert rows[0]["features"]["lead_tense=title:present"] == 1.0  # the input is not changed
    assert drop_features(rows, []) is rows


def test_training_holds_out_several_sets_and_their_topics() -> None:
    rows = [_ex("rec_b", "ecb12", [True, False, False]),   # held out
            _ex("rec_c", None, [False, False, True]),      # held out (own text)
            _ex("rec_d", "ecb12", [True, False, False]),   # a held-out story: dropped
            _ex("rec_d", "ecb3", [False, True, False]),    # kept
            _ex("corpus_x", None, [True, False, False])]   # MEANTIME: kept
    kept = training(rows, "rec_b", "rec_c")
    assert [(r["topic"], r["ecb"]) for r in kept] == [("rec_d", "ecb3"), ("corpus_x", None)]
