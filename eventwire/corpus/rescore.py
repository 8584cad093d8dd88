"""Second-stage rescoring of a topic's pairwise probabilities from the
probability *graph* (given mentions: ``eventwire eval ecbplus``).

The pairwise model judges two mentions alone, and its weakest class is
coreference across different trigger words ("arrested" / "captured" /
"nabbed", "foiled" / "thwarted"): half the coreferent pairs of the ECB+
train topics that it misses have different lemmas. Two signals that no
single pair carries, but the whole topic does:

* ``two`` — **transitive support**: the best two-step path a → c → b
  (max over third mentions c of min(p_ac, p_cb)), as a logit. "Police
  *captured* the suspect" and "the *arrest* came after a chase" are far
  apart, but each is close to a third report's "*apprehended*".
* ``lead2`` — **the news lead** (inverted pyramid): a report states its
  main event in its first sentence, so the first-sentence events of two
  reports of the same story are mostly one event, whatever words they use
  ("Gunmen *stormed* a hotel ..." / "*The siege* of the hotel ..."); 1 for
  two mentions, each in the first annotated sentence of its document, of
  different documents. ``align`` — how well two documents' mentions match
  (mean best-match probability, both ways; 0 inside one document) — says
  whether the two reports are of the same story at all (``lead2*align``).

A logistic regression over these and ``l`` (the first-stage logit), trained
on the *out-of-fold* first-stage probabilities of the ECB+ train topics
(``tools/train_dedup.py``: the probabilities the pairwise model gives
topics it has not seen), gives the probability the clustering uses.
Cost: the two-step path is O(n³) per topic (n² per mention, numpy), for
given mentions only; stored events never take this path.

**Not shipped** (no variant of ``pairwise.json`` has a ``"rescore"``): on
ECB+ it wins the train folds and dev, but transitive support encodes a
prior of that corpus — an event has many reports — and demotes every pair
without a third report: on MEANTIME, where most events are reported twice,
CoNLL falls from 0.773 to 0.736 (docs/BENCHMARKS.md, branch dedup5). Kept
as a tested option for a corpus-independent formulation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

EPS = 1e-6


@dataclass(frozen=True)
class Rescorer:
    """The second-stage logistic model (``"rescore"`` of a variant in
    ``pairwise.json``)."""

    features: tuple[str, ...]
    coef: np.ndarray
    intercept: float

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> Rescorer:
        return cls(tuple(spec["features"]), np.array(spec["coef"], dtype=np.float64),
                   float(spec["intercept"]))

    def probability(self, prob: np.ndarray, doc_ids: Sequence[str],
                    sentences: Sequence[int]) -> np.ndarray:
        """Rescored P(same event) for every pair of one topic."""
        feats = graph_features(prob, doc_ids, sentences)
        z = np.full(prob.shape, self.intercept, dtype=np.float64)
        for name, w in zip(self.features, self.coef, strict=True):
            z = z + w * feature(feats, name)
        return 1.0 / (1.0 + np.exp(-z))


def feature(feats: dict[str, np.ndarray], name: str) -> np.ndarray:
    """A graph feature, or a product ``a*b`` of them."""
    out = feats[name.split("*")[0]]
    for part in name.split("*")[1:]:
        out = out * feats[part]
    return out


def logit(prob: np.ndarray) -> np.ndarray:
    p = np.clip(prob, EPS, 1 - EPS)
    return np.asarray(np.log(p / (1 - p)))


def two_step(prob: np.ndarray) -> np.ndarray:
    """max over c ∉ {a, b} of min(p_ac, p_cb): the strongest path through
    one third mention (row by row: n² memory, not n³)."""
    z = prob.astype(np.float64).copy()
    np.fill_diagonal(z, 0.0)
    out = np.zeros_like(z)
    for i in range(z.shape[0]):
        out[i] = np.minimum(z[i][None, :], z).max(axis=1)
    return out


def doc_alignment(prob: np.ndarray, di: np.ndarray) -> np.ndarray:
    """Per pair of mentions, how well their two documents match: for each
    mention its best probability in the other document, averaged over a
    document's mentions, symmetrised; 0 for two mentions of one document."""
    z = prob.astype(np.float64).copy()
    np.fill_diagonal(z, 0.0)
    n_docs = int(di.max()) + 1 if len(di) else 0
    best = np.zeros((len(di), n_docs))
    for b in range(n_docs):
        best[:, b] = z[:, di == b].max(axis=1)
    member = np.zeros((len(di), n_docs))
    member[np.arange(len(di)), di] = 1.0
    align = (member.T @ best) / np.maximum(member.sum(axis=0), 1.0)[:, None]
    align = (align + align.T) / 2
    return np.where(di[:, None] == di[None, :], 0.0, align[di][:, di])


def lead_pairs(di: np.ndarray, sentences: Sequence[int]) -> np.ndarray:
    """1 for two mentions of different documents that are each in the first
    sentence (holding mentions) of its document: the two leads."""
    sent = np.asarray(sentences)
    first = np.full(int(di.max()) + 1 if len(di) else 0, np.iinfo(np.int64).max)
    np.minimum.at(first, di, sent)
    lead = ((sent == first[di]) & (sent >= 0)).astype(float)
    return np.asarray(lead[:, None] * lead[None, :] * (di[:, None] != di[None, :]))


def graph_features(prob: np.ndarray, doc_ids: Sequence[str],
                   sentences: Sequence[int]) -> dict[str, np.ndarray]:
    """The n×n graph features of one topic from its first-stage ``prob``."""
    ix: dict[str, int] = {}
    di = np.array([ix.setdefault(d, len(ix)) for d in doc_ids], dtype=np.int64)
    return {"l": logit(prob), "two": logit(two_step(prob)),
            "lead2": lead_pairs(di, sentences), "align": doc_alignment(prob, di)}
