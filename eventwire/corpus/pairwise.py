"""The pairwise model of dedup: how likely two event mentions are to report
the same real-world event.

A logistic regression over a few features of a pair (trained by
``tools/train_dedup.py`` on the ECB+ *train* topics; its decision threshold
chosen by 5-fold CoNLL over the train topics — the ECB+ *dev* topics only
report — never anything on the test topics). The
weights ship as JSON in ``eventwire/data/dedup/pairwise.json``: scikit-learn
is needed to train, not to run.

Two variants, chosen at run time:
* ``embeddings`` — trigger-in-context and sentence cosines from MiniLM
  (:mod:`eventwire.corpus.embed`), plus the lexical features;
* ``lexical`` — the fallback when the ``embeddings`` extra is not installed:
  same trigger lemma, document similarity, same document.

Features of a pair (a, b), all in [0, 1]:
``lemma`` same trigger lemma · ``trigger`` cosine of trigger vectors ·
``sentence`` cosine of sentence vectors · ``doc`` cosine of the two
documents (TF-IDF or mean sentence vector, see ``doc_similarity``) ·
``same_doc`` · on given mentions also ``ldoc`` / ``lclust`` (document
cosine and cluster with a topic-local IDF, :func:`eventwire.corpus.crossdoc.
local_similarity`), ``same_sent``, the argument overlaps and ``ftrig``
(cosine of the fine-tuned trigger vectors, :mod:`eventwire.corpus.
embed_tuned`) · products of
these (the model is linear: a same lemma means more in a similar document).
Given mentions also have argument-agreement features (``argsim``,
``geo_near``, ``geo_far``: :mod:`eventwire.corpus.arg_agreement`, branch
dedup18; measured, not shipped) and lemma-pair features (``stem``, ``ptype``,
``ptype_diff``: :mod:`eventwire.corpus.lemma_pairs`, branch dedup6); no
shipped variant uses them (within noise by 5-fold, docs/BENCHMARKS.md).
The second stage over a topic's probability graph of branch dedup5
(transitive support, the news lead) was deleted in dedup6: it lost 0.037
CoNLL on MEANTIME (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

FEATURES_FN = "pairwise.json"


@dataclass(frozen=True)
class PairModel:
    name: str
    features: tuple[str, ...]
    coef: np.ndarray
    intercept: float
    thresholds: dict[str, float]
    # argument set -> weight of a cluster-level conflict (cluster.SetConflict)
    conflicts: dict[str, float] = field(default_factory=dict)

    def probability(self, feats: dict[str, np.ndarray]) -> np.ndarray:
        """P(same event) for every pair, from named feature arrays."""
        z = np.full(np.shape(feats["lemma"]), self.intercept, dtype=np.float64)
        for name, w in zip(self.features, self.coef, strict=True):
            z = z + w * _feature(feats, name)
        return 1.0 / (1.0 + np.exp(-z))

    def threshold(self, setting: str) -> float:
        return self.thresholds[setting]


def _feature(feats: dict[str, np.ndarray], name: str) -> np.ndarray:
    """A base feature, or a product ``a*b`` of base features."""
    out: np.ndarray | None = None
    for part in name.split("*"):
        out = feats[part] if out is None else out * feats[part]
    assert out is not None
    return out


@lru_cache(maxsize=4)
def load(variant: str) -> PairModel:
    """The shipped model ``embeddings`` or ``lexical``."""
    text = (resources.files("eventwire.data") / "dedup" / FEATURES_FN).read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)[variant]
    return PairModel(variant, tuple(spec["features"]), np.array(spec["coef"], dtype=np.float64),
                     float(spec["intercept"]), dict(spec["thresholds"]),
                     dict(spec.get("conflicts", {})))


def logit(p: float) -> float:
    return math.log(p / (1 - p))
