"""Block-IDF document similarity of stored articles (the ``bdoc`` feature).

When a stored event attaches (:mod:`eventwire.corpus.attach`), its *block*
is its own article and the articles of every candidate's compared reports.
The TF-IDF cosine of two articles is computed with an IDF over that block,
smoothed (log((n + 1) / df), :func:`eventwire.corpus.dedup.block_idf`): a
word the whole block uses weighs little, the words only part of it uses
weigh most — the topic-local signal of the ECB+ model with the candidates
as the topic (trained with the topic as the block,
:func:`eventwire.corpus.crossdoc.block_similarity`). No corpus-wide
statistic is kept, so nothing is updated as the store grows, and a rebuild
(same attach order, same blocks) computes the same values.

Cost: O(words of the block) per event, in numpy: each article's terms are
read and counted once per attach batch (:class:`BlockTerms`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from eventwire.corpus.dedup import story_words


@dataclass
class _Terms:
    ids: np.ndarray  # vocabulary ids, in the order of the sorted words
    tf: np.ndarray  # 1 + log(count)


@dataclass
class BlockTerms:
    """Articles' counted words (a cache) and the block cosine over them."""

    texts: Callable[[Sequence[str]], dict[str, str]]  # article ids -> texts
    vocab: dict[str, int] = field(default_factory=dict)
    terms: dict[str, _Terms] = field(default_factory=dict)

    def clear(self) -> None:
        """Forget the cache (bounded memory); values do not depend on it."""
        self.vocab.clear()
        self.terms.clear()

    def _load(self, article_ids: Sequence[str]) -> None:
        missing = [a for a in article_ids if a not in self.terms]
        texts = self.texts(missing) if missing else {}
        for a in missing:
            counts = Counter(story_words(texts.get(a, "")))
            words = sorted(counts)
            ids = [self.vocab.setdefault(w, len(self.vocab)) for w in words]
            self.terms[a] = _Terms(np.array(ids, dtype=np.int64),
                                   np.array([1 + math.log(counts[w]) for w in words]))

    def similarities(self, article_id: str, block: Sequence[str]) -> dict[str, float]:
        """Cosine of ``article_id`` with every article of ``block`` (which
        should hold it), TF-IDF with the block's smoothed IDF."""
        ids = sorted(set(block) | {article_id})
        self._load(ids)
        filled = [a for a in ids if len(self.terms[a].ids)]
        out = dict.fromkeys(ids, 0.0)
        if article_id not in filled:
            return out
        all_ids = np.concatenate([self.terms[a].ids for a in filled])
        tf = np.concatenate([self.terms[a].tf for a in filled])
        df = np.bincount(all_ids, minlength=len(self.vocab))
        weights = tf * np.log((len(ids) + 1) / df[all_ids])
        starts = np.cumsum([0] + [len(self.terms[a].ids) for a in filled[:-1]])
        norms = np.sqrt(np.add.reduceat(weights ** 2, starts))
        k = filled.index(article_id)
        mine = np.zeros(len(self.vocab))
        mine[self.terms[article_id].ids] = weights[starts[k]:starts[k] + len(
            self.terms[article_id].ids)] / norms[k]
        dots = np.add.reduceat(weights * mine[all_ids], starts) / norms
        out.update({a: float(x) for a, x in zip(filled, dots, strict=True)})
        return out
