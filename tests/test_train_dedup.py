"""tools/train_dedup.py: the within-/cross-document split of a feature set
(branch dedup10, an experiment row): every feature gets a twin that is
non-zero only for two mentions of one document, so one logistic holds a
within-document and a cross-document model."""

from __future__ import annotations

import numpy as np

import tools.train_dedup as td
from eventwire.corpus import pairwise


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
    assert "same_doc*ftrig" in tuned and tuned[: len(td.VARIANTS["embeddings"])] == \
        td.VARIANTS["embeddings"]
