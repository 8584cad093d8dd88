"""How often two trigger lemmas report one event, learned on other topics:
the ``lprior`` / ``pprior`` features of the given-mention pairwise model
(:mod:`eventwire.corpus.crossdoc`, branch dedup16).

Why: the pairwise model treats every shared lemma alike (``lemma``), but
lemmas differ in how often two reports using them, in two documents of one
topic, mean the same event. A "said" of one article and a "said" of another
are nearly never one event; two "earthquake"s of one topic mostly are; an
"arrest" and a "detain" often are, an "arrest" and a "charge" seldom.
These rates carry over from topic to topic (the topics differ, the news
verbs do not), so they are counted on the ECB+ *train* topics over the
pairs of mentions in *different* documents of one topic, and shrunk
towards the overall rate by ``strength`` pseudo-pairs (a lemma seen in few
pairs says little):

* ``lprior`` — for two mentions with the same lemma: that lemma's rate;
  0 for different lemmas;
* ``pprior`` — for two different lemmas: the rate of that unordered pair;
  0 for the same lemma.

A lemma or pair never seen gets the overall rate. Counted by
``tools/train_dedup.py`` out of fold (a train topic's rates never count
that topic's fold; nested inside the 5-fold) and shipped, counted on all
train topics, as ``eventwire/data/dedup/lemma_prior.json``. With the
fine-tuned trigger cosine they lift the 5-fold CoNLL over the ECB+ train
topics 0.7781 → 0.7838 (every fold) and dev 0.7891 → 0.7932
(docs/BENCHMARKS.md, dedup16). The stored-event models do not read them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

PRIOR_FN = "lemma_prior.json"
# a lemma pair never seen coreferent is dropped from the shipped table below
# this many pairs: it then reads the overall rate, at most 20% above its own
DROP_BELOW = 20

STRENGTH = 80.0  # pseudo-pairs at the overall rate (5-fold: 80 over 20, docs/BENCHMARKS.md)
SEP = "\t"  # joins the two lemmas of a pair key (a lemma has no tab)


@dataclass
class Counts:
    """Coreferent and all cross-document pairs, per lemma and per lemma pair."""

    lemma: dict[str, list[float]] = field(default_factory=lambda: defaultdict(lambda: [0.0, 0.0]))
    pair: dict[str, list[float]] = field(default_factory=lambda: defaultdict(lambda: [0.0, 0.0]))

    def add(self, other: Counts) -> None:
        for mine, theirs in ((self.lemma, other.lemma), (self.pair, other.pair)):
            for key, (pos, n) in theirs.items():
                mine[key][0] += pos
                mine[key][1] += n


def pair_key(a: str, b: str) -> str:
    return SEP.join(sorted((a, b)))


def count_topic(lemmas: Sequence[str], same_doc: np.ndarray, same_event: np.ndarray) -> Counts:
    """The cross-document pairs of one topic's mentions, by lemma (pair)."""
    uniq = sorted(set(lemmas))
    ix = {w: i for i, w in enumerate(uniq)}
    li = np.array([ix[w] for w in lemmas], dtype=int)
    iu = np.triu_indices(len(lemmas), 1)
    cross = same_doc[iu] == 0
    a, b = li[iu[0]][cross], li[iu[1]][cross]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    pos, n = np.zeros((len(uniq), len(uniq))), np.zeros((len(uniq), len(uniq)))
    np.add.at(pos, (lo, hi), same_event[iu][cross].astype(float))
    np.add.at(n, (lo, hi), 1.0)
    out = Counts()
    for i, j in zip(*np.nonzero(n), strict=True):
        table = out.lemma if i == j else out.pair
        key = uniq[i] if i == j else pair_key(uniq[i], uniq[j])
        table[key] = [float(pos[i, j]), float(n[i, j])]
    return out


@dataclass(frozen=True)
class LemmaPrior:
    """Shrunk coreference rates per lemma and per lemma pair."""

    lemma: dict[str, float]
    pair: dict[str, float]
    lemma_base: float
    pair_base: float

    @classmethod
    def from_counts(cls, counts: Counts, strength: float = STRENGTH) -> LemmaPrior:
        lbase, pbase = _rate(counts.lemma.values()), _rate(counts.pair.values())

        def shrunk(table: dict[str, list[float]], base: float) -> dict[str, float]:
            return {k: (p + strength * base) / (n + strength) for k, (p, n) in table.items()}

        return cls(shrunk(counts.lemma, lbase), shrunk(counts.pair, pbase), lbase, pbase)

    def features(self, lemmas: Sequence[str]) -> dict[str, np.ndarray]:
        """``lprior`` and ``pprior`` n×n matrices of one topic's mentions."""
        uniq = sorted(set(lemmas))
        ix = {w: i for i, w in enumerate(uniq)}
        li = np.array([ix[w] for w in lemmas], dtype=int)
        small = np.full((len(uniq), len(uniq)), self.pair_base)
        for i, a in enumerate(uniq):
            small[i, i] = self.lemma.get(a, self.lemma_base)
            for j in range(i + 1, len(uniq)):
                small[i, j] = small[j, i] = self.pair.get(pair_key(a, uniq[j]), self.pair_base)
        full = small[li][:, li]
        same = li[:, None] == li[None, :]
        return {"lprior": np.where(same, full, 0.0), "pprior": np.where(same, 0.0, full)}


def to_json(prior: LemmaPrior, counts: Counts) -> dict[str, Any]:
    """The shipped table: every lemma, every pair seen coreferent, and the
    never-coreferent pairs seen in ``DROP_BELOW`` pairs or more."""
    kept = {k for k, (p, n) in counts.pair.items() if p > 0 or n >= DROP_BELOW}
    return {"lemma_base": prior.lemma_base, "pair_base": prior.pair_base,
            "lemma": {k: round(v, 6) for k, v in sorted(prior.lemma.items())},
            "pair": {k: round(v, 6) for k, v in sorted(prior.pair.items()) if k in kept}}


@lru_cache(maxsize=1)
def load() -> LemmaPrior:
    """The shipped prior (counted on all ECB+ train topics)."""
    text = (resources.files("eventwire.data") / "dedup" / PRIOR_FN).read_text("utf-8")
    spec = json.loads(text)
    return LemmaPrior(dict(spec["lemma"]), dict(spec["pair"]), float(spec["lemma_base"]),
                      float(spec["pair_base"]))


def _rate(cells: Iterable[list[float]]) -> float:
    pos = n = 0.0
    for p, c in cells:
        pos, n = pos + p, n + c
    return pos / n if n else 0.0
