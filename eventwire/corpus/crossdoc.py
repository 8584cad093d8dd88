"""Cross-document event coreference on *given* mentions (ECB+, MEANTIME):
the pairwise model plus average-link clustering inside each topic.

Inside a topic, every pair of mentions gets features (same trigger lemma,
trigger-in-context and sentence cosines, TF-IDF and embedding similarity of
the two documents, same document, same story from
:func:`eventwire.corpus.dedup.stories`) and a probability from the shipped
logistic regression (:mod:`eventwire.corpus.pairwise`); mentions are then
clustered by average link (:mod:`eventwire.corpus.cluster`) at the threshold
chosen on the ECB+ dev topics.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from eventwire.corpus import pairwise
from eventwire.corpus.cluster import average_link
from eventwire.corpus.dedup import Document, _idf, _vector, stories
from eventwire.corpus.mention_args import Arguments


@dataclass
class GoldMention:
    key: str
    doc_id: str
    lemma: str
    trigger_vec: np.ndarray | None = field(default=None, repr=False)
    sentence_vec: np.ndarray | None = field(default=None, repr=False)
    args: Arguments = field(default_factory=Arguments)


def _cosines(vectors: Sequence[dict[str, float]]) -> np.ndarray:
    vocab: dict[str, int] = {}
    for v in vectors:
        for w in v:
            vocab.setdefault(w, len(vocab))
    mat = np.zeros((len(vectors), max(1, len(vocab))))
    for i, v in enumerate(vectors):
        for w, x in v.items():
            mat[i, vocab[w]] = x
    return mat @ mat.T


def _unit_rows(mat: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    return mat / np.where(norms == 0, 1.0, norms)


def topic_features(ms: Sequence[GoldMention], docs: Sequence[Document],
                   idf: dict[str, float], story_of: dict[str, str]) -> dict[str, np.ndarray]:
    """n×n matrices of the base features of every pair of a topic."""
    doc_ix = {d.doc_id: i for i, d in enumerate(docs)}
    di = np.array([doc_ix[m.doc_id] for m in ms])
    tfidf = _cosines([_vector(d.words, idf) for d in docs])
    lemma_ix: dict[str, int] = {}
    li = np.array([lemma_ix.setdefault(m.lemma, len(lemma_ix)) for m in ms])
    story_ix: dict[str, int] = {}
    si = np.array([story_ix.setdefault(story_of[d.doc_id], len(story_ix)) for d in docs])
    feats = {"lemma": (li[:, None] == li[None, :]).astype(float),
             "same_doc": (di[:, None] == di[None, :]).astype(float),
             "doc": tfidf[di][:, di], "story": (si[di][:, None] == si[di][None, :]).astype(float)}
    if all(m.sentence_vec is not None for m in ms) and ms:
        trig = np.array([m.trigger_vec for m in ms])
        sent = np.array([m.sentence_vec for m in ms])
        doc_emb = np.zeros((len(docs), sent.shape[1]))
        np.add.at(doc_emb, di, sent)
        doc_emb = _unit_rows(doc_emb)
        feats.update(trigger=trig @ trig.T, sentence=sent @ sent.T,
                     docemb=(doc_emb @ doc_emb.T)[di][:, di])
    return feats


def cluster_topics(mentions: Sequence[GoldMention], docs: Sequence[Document],
                   model: pairwise.PairModel, threshold: float) -> dict[str, str]:
    """mention key -> cluster id; clusters never cross a topic (``group``)."""
    story_of = stories(docs)
    idf = _idf(docs)
    by_group: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        by_group[d.group].append(d)
    group_of = {d.doc_id: d.group for d in docs}
    ms_by_group: dict[str, list[GoldMention]] = defaultdict(list)
    for m in mentions:
        ms_by_group[group_of[m.doc_id]].append(m)
    out: dict[str, str] = {}
    for group, ms in ms_by_group.items():
        feats = topic_features(ms, by_group[group], idf, story_of)
        labels = average_link(model.probability(feats), threshold)
        for m, label in zip(ms, labels, strict=True):
            out[m.key] = f"{group}/{ms[label].key}"
    return out
