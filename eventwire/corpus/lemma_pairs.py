"""Lexical relatedness of two trigger lemmas that differ: the paraphrase
features of the given-mention pairwise model (:mod:`eventwire.corpus.
crossdoc`).

Most coreferent mentions the model misses have *different* trigger lemmas
(docs/BENCHMARKS.md, dedup5: 5,401 missed different-lemma pairs against
554 same-lemma ones on the ECB+ train folds). Two classes of such pairs are
recognisable from the two words alone, offline, on any topic:

* **derivation** — a verb and its nominalisation or participle, which the
  lemmatiser keeps apart: "explode" / "explosion", "convict" /
  "conviction", "shoot" / "shooting", "nominate" / "nomination"
  (:func:`same_stem`);
* **one PLOVER type** — words that eventwire's own typing lexicon
  (:func:`eventwire.stages.events.triggers.load_lexicon`) files under the
  same event type: "arrest" / "detain" (ARREST), "kill" / "shoot" /
  "stab" (ASSAULT), "resign" / "quit" (a type shared by a paraphrase);
  two lemmas of *different* types ("arrest" / "attack") are rarely one
  event (:func:`plover_type`).

Both are features, not rules: the logistic regression weighs them against
the context cosines (same type is also true of two attacks in two cities).
Measured by 5-fold over the ECB+ train topics (branch dedup6,
docs/BENCHMARKS.md): within noise of the model without them (the MiniLM
lemma and trigger cosines already carry most of this), so no shipped
variant uses them; ``tools/train_dedup.py`` keeps them as ``dedup6_*``
experiments.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

MIN_STEM = 4  # shorter shared beginnings are chance ("rep-ort" / "rep-eat")
STEM_SHARE = 0.6  # of the shorter lemma: "nominat-e" / "nominat-ion", not "attack" / "attend"


def same_stem(a: str, b: str) -> bool:
    """True for two lemmas of one derivational family: they share a
    beginning of at least ``MIN_STEM`` letters that covers most of the
    shorter one ("explode" / "explosion", "arrest" / "arrested")."""
    shorter = min(len(a), len(b))
    if shorter < MIN_STEM:
        return a == b
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(MIN_STEM, STEM_SHARE * shorter)


@lru_cache(maxsize=65536)
def plover_type(lemma: str) -> str | None:
    """The PLOVER type eventwire's lexicon gives the lemma as a verb or an
    event noun (None when it types neither: "earthquake", "nominate")."""
    from eventwire.stages.events.triggers import load_lexicon

    lex = load_lexicon()
    entry = lex.verbs.get(lemma) or lex.nominals.get(lemma)
    return str(entry["type"]) if entry else None


def stem_matrix(lemmas: Sequence[str]) -> np.ndarray:
    """n×n: 1 where two lemmas share a derivational stem (same lemma too)."""
    uniq = sorted(set(lemmas))
    ix = {w: i for i, w in enumerate(uniq)}
    small = np.array([[same_stem(a, b) for b in uniq] for a in uniq], dtype=float)
    li = np.array([ix[w] for w in lemmas], dtype=int)
    return small[li][:, li]


def type_matrices(lemmas: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(same PLOVER type, both typed but different types) for every pair."""
    types = [plover_type(w) for w in lemmas]
    ix: dict[str, int] = {}
    ti = np.array([ix.setdefault(t, len(ix)) if t else -1 for t in types])
    known = (ti[:, None] >= 0) & (ti[None, :] >= 0)
    same = known & (ti[:, None] == ti[None, :])
    return same.astype(float), (known & ~same).astype(float)


def lemma_pair_features(lemmas: Sequence[str]) -> dict[str, np.ndarray]:
    """``stem``, ``ptype``, ``ptype_diff`` matrices of one topic's mentions."""
    same, diff = type_matrices(lemmas)
    return {"stem": stem_matrix(lemmas), "ptype": same, "ptype_diff": diff}
