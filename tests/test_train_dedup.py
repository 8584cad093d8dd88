"""tools/train_dedup.py: the within-/cross-document split of a feature set
(branch dedup10, an experiment row): every feature gets a twin that is
non-zero only for two mentions of one document, so one logistic holds a
within-document and a cross-document model."""

from __future__ import annotations

import numpy as np

import tools.train_dedup as td
from eventwire.corpus import pairwise
from eventwire.corpus.crossdoc import GoldMention


def test_split_adds_one_twin_per_feature_but_same_doc() -> None:
    out = td.within_doc_split(["lemma", "same_doc", "lemma*doc"])
    assert out == ["lemma", "same_doc", "lemma*doc", "same_doc*lemma", "same_doc*lemma*doc"]


def test_twins_are_zero_across_documents() -> None:
    same_doc = np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    lemma = np.array([[1.0, 1.0, 1.0], [1.0, 1.0, 0.0], [1.0, 0.0, 1.0]])
    feats = {"same_doc": same_doc, "lemma": lemma}
    twin = pairwise._feature(feats, td.within_doc_split(["lemma", "same_doc"])[-1])
    assert twin[0, 1] == 1.0  # same document, same lemma
    assert twin[0, 2] == 0.0  # same lemma, other document: only the cross-document weight


def test_experiment_rows_extend_the_shipped_features() -> None:
    base = td.EXPERIMENTS["dedup10_split_doc"]
    assert base[: len(td.SHIPPED_1)] == td.SHIPPED_1
    assert len(base) == 2 * len(td.SHIPPED_1) - 1
    tuned = td.EXPERIMENTS["dedup10_ftrig_split_doc"]
    assert "same_doc*ftrig" in tuned and tuned[: len(td.SHIPPED_1) + 2] == \
        [*td.SHIPPED_1, *td.TUNED]


def _prior_topic(lemmas: list[str], docs: list[str], events: list[str]) -> td.Topic:
    d, e = np.array(docs), np.array(events)
    same_doc = (d[:, None] == d[None, :]).astype(float)
    ms = [GoldMention(f"{doc}:{i}", doc, lemma)
          for i, (lemma, doc) in enumerate(zip(lemmas, docs, strict=True))]
    return ms, {"same_doc": same_doc}, e[:, None] == e[None, :]


def _lemma_topics() -> list[td.Topic]:
    """Three topics in three folds: "flee" one event in fold 0, two in fold 1;
    fold 2 has no "flee" at all."""
    return [_prior_topic(["flee", "flee"], ["a", "b"], ["x", "x"]),
            _prior_topic(["flee", "flee"], ["c", "d"], ["y", "z"]),
            _prior_topic(["vote", "vote"], ["e", "f"], ["v", "v"])]


def test_prior_counts_fall_in_the_topic_fold() -> None:
    counts = td.fold_counts(_lemma_topics(), folds=3)
    assert counts[0].lemma["flee"] == [1.0, 1.0]
    assert counts[1].lemma["flee"] == [0.0, 1.0]
    assert "flee" not in counts[2].lemma


def test_prior_never_counts_the_topic_own_fold() -> None:
    """A topic's rates come from the other folds only (nested out of fold):
    fold 0's "flee" rate is counted on fold 1 (not one event), fold 1's on
    fold 0 (one event)."""
    counts = td.fold_counts(_lemma_topics(), folds=3)
    without_0 = td.counts_without(counts, {0})
    assert without_0.lemma["flee"] == [0.0, 1.0]
    without_1_2 = td.counts_without(counts, {1, 2})
    assert without_1_2.lemma["flee"] == [1.0, 1.0] and "vote" not in without_1_2.lemma


def test_prior_rows_extend_the_shipped_features() -> None:
    assert td.needs_prior(td.EXPERIMENTS["dedup16_prior"])
    assert td.needs_prior(["same_doc*lprior"]) and not td.needs_prior(td.SHIPPED_1)
    assert td.EXPERIMENTS["dedup16_ftrig_prior"] == td.VARIANTS["embeddings"]  # shipped


def test_nested_threshold_is_chosen_without_the_held_out_fold() -> None:
    """Fold 0 is best at 0.3, folds 1 and 2 at 0.1: fold 0 gets 0.1 (the
    others' choice), and each of folds 1 and 2 gets what the other two
    prefer together, never its own best when the others disagree."""
    fold_of = {"a": 0, "b": 1, "c": 2}
    pred = {0.1: {"a": "x", "b": "x", "c": "x"}, 0.3: {"a": "y", "b": "y", "c": "y"}}
    good = {("a", 0.3): 1.0, ("a", 0.1): 0.0, ("b", 0.1): 1.0, ("b", 0.3): 0.2,
            ("c", 0.1): 0.6, ("c", 0.3): 0.5}
    at = {id(p): t for t, p in pred.items()}

    def conll(part: list[str], p: dict[str, str]) -> float:
        return sum(good[(k, at[id(p)])] for k in part)

    chosen = td.nested_choice(fold_of, pred, 3, conll)
    assert chosen[0] == 0.1  # b + c: 1.6 at 0.1 against 0.7 at 0.3
    assert chosen[1] == 0.3  # a + c: 0.6 at 0.1 against 1.5 at 0.3
    assert chosen[2] == 0.3  # a + b: 1.0 at 0.1 against 1.2 at 0.3


def test_nested_ties_go_to_the_lower_threshold() -> None:
    pred = {0.2: {"a": "x", "b": "x"}, 0.1: {"a": "x", "b": "x"}}
    chosen = td.nested_choice({"a": 0, "b": 1}, pred, 2, lambda part, p: 1.0)
    assert chosen == {0: 0.1, 1: 0.1}
