"""Train dedup's pairwise model (eventwire/data/dedup/pairwise.json) and
report every candidate feature set on the ECB+ dev topics.

    PYTHONPATH=. python tools/train_dedup.py ../shared/data/ecbplus/dev.jsonl \
        --cache /tmp/ecb_prep.pkl

Fits a logistic regression per variant on every within-topic pair of the
ECB+ *train* topics, then chooses the clustering threshold that maximises
CoNLL F1 on the *dev* topics; prints MUC, B³, CEAF-e and CoNLL of every
variant (shipped ones and the ``EXPERIMENTS`` kept for the record) beside
the same-lemma-per-topic baseline, all in one run. The test topics (36-45)
are not in the data and are never used. Needs scikit-learn (the ``eval``
extra) and, for the embedding variants, the ``embeddings`` extra.
Deterministic up to the sixth decimal (lbfgs on the same pairs);
``--variants`` refits only the named variants and keeps the others as
shipped, so a change to the ECB+ model leaves the stored-event model (and
its ``eval dedup_records`` figures) untouched.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.corpus import pairwise
from eventwire.corpus.cluster import average_link
from eventwire.corpus.crossdoc import GoldMention, cluster_topics, topic_features
from eventwire.corpus.dedup import _idf, stories
from eventwire.eval import ecbplus
from eventwire.eval.coref import score_all

ARGS = ["core", "core_disjoint", "participants", "participants_disjoint", "places",
        "places_disjoint", "times", "times_disjoint"]
PREVIOUS = ["lemma", "trigger", "sentence", "doc", "same_doc", "story", "docemb",
            "lemma*doc", "trigger*doc", "lemma*trigger", "lemma*docemb", "trigger*docemb"]
SHIPPED_0 = [*PREVIOUS, "lemvec", "lemvec*doc", "lemvec*docemb", "dclust", *ARGS]
LOCAL = ["ldoc", "lclust", "lemma*ldoc", "lemma*lclust"]  # topic-local IDF: the subtopic
SENT = ["same_sent", "same_sent*lemma"]
LEXICAL_0 = ["lemma", "doc", "same_doc", "story", "lemma*doc"]
STORED_EMB_0 = ["lemma", "trigger", "sentence", "same_doc", "docemb", "lemma*trigger",
                "lemma*docemb", "trigger*docemb"]
STORED_LEX_0 = ["lemma", "same_doc"]
BLOCK = ["bdoc", "lemma*bdoc"]  # block-IDF document cosine: what attach can compute
VARIANTS = {
    "embeddings": [*SHIPPED_0, *SENT, *LOCAL],
    "lexical": [*LEXICAL_0, *SENT, *LOCAL],
    "stored_embeddings": [*STORED_EMB_0, *BLOCK, "trigger*bdoc"],
    "stored_lexical": [*STORED_LEX_0, *BLOCK],
}
EXPERIMENTS = {  # reported, not shipped (see docs/BENCHMARKS.md)
    "embeddings_before_16b": SHIPPED_0,
    "embeddings_before+local": [*SHIPPED_0, *LOCAL],
    "embeddings_before+same_sent": [*SHIPPED_0, *SENT],
    "lexical_before_16b": LEXICAL_0,
    "stored_embeddings_before_16c": STORED_EMB_0,
    "stored_lexical_before_16c": STORED_LEX_0,
}
# The stored-event threshold, chosen on the records dev split (``eventwire eval
# dedup_records --split dev``: what stored events meet), not on ECB+ gold mentions.
STORED_THRESHOLDS = {"stored_embeddings": 0.2, "stored_lexical": 0.15}
GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
FOLDS = 5
OUT = Path(__file__).resolve().parents[1] / "eventwire/data/dedup/pairwise.json"


Topic = tuple[list[GoldMention], dict[str, np.ndarray], np.ndarray]


def train_topics(prep: ecbplus.Prepared) -> list[Topic]:
    """(mentions, feature matrices, gold same-event matrix) per train topic,
    in topic order (computed once: every fit and fold reads them)."""
    story_of, idf = stories(prep.docs), _idf(prep.docs)
    out = []
    for _group, (docs, ms) in sorted(prep.by_topic(split="train").items()):
        gold = np.array([prep.gold[m.key] for m in ms], dtype=object)
        out.append((ms, topic_features(ms, docs, idf, story_of), gold[:, None] == gold[None, :]))
    return out


def training_pairs(topics: list[Topic], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for ms, feats, same in topics:
        iu = np.triu_indices(len(ms), 1)
        xs.append(np.column_stack([pairwise._feature(feats, n)[iu] for n in names]))
        ys.append(same[iu])
    return np.vstack(xs), np.concatenate(ys).astype(int)


def _logistic(x: np.ndarray, y: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, max_iter=5000).fit(x, y)


def kfold(prep: ecbplus.Prepared, topics: list[Topic], name: str, feats: list[str],
          folds: int = FOLDS) -> dict[str, float]:
    """CoNLL F1 over the train topics, each topic clustered by a model fitted
    on the other folds (topic i in fold i mod ``folds``), per threshold."""
    pred: dict[float, dict[str, str]] = {t: {} for t in GRID}
    for k in range(folds):
        clf = _logistic(*training_pairs([t for i, t in enumerate(topics) if i % folds != k],
                                        feats))
        model = pairwise.PairModel(name, tuple(feats), clf.coef_[0], float(clf.intercept_[0]),
                                   {})
        for i, (ms, tf, _same) in enumerate(topics):
            if i % folds == k:
                prob = model.probability(tf)
                for t in GRID:
                    for m, label in zip(ms, average_link(prob, t), strict=True):
                        pred[t][m.key] = f"{i}/{ms[label].key}"
    keys = [k for k in prep.scored if prep.split[k] == "train"]
    gold = {k: prep.gold[k] for k in keys}
    return {str(t): round(score_all(gold, {k: p[k] for k in keys})["conll"]["f1"], 4)
            for t, p in pred.items()}


def scores(prep: ecbplus.Prepared, model: pairwise.PairModel, threshold: float,
           split: str) -> dict[str, dict[str, float]]:
    mentions = [m for m in prep.mentions if prep.split[m.key] == split]
    pred = cluster_topics(mentions, prep.docs, model, threshold)
    keys = [k for k in prep.scored if prep.split[k] == split]
    return score_all({k: prep.gold[k] for k in keys}, {k: pred[k] for k in keys})


def lemma_baseline(prep: ecbplus.Prepared, split: str) -> dict[str, dict[str, float]]:
    group = {d.doc_id: d.group for d in prep.docs}
    lemma = {m.key: f"{group[m.doc_id]}:{m.lemma}" for m in prep.mentions}
    keys = [k for k in prep.scored if prep.split[k] == split]
    return score_all({k: prep.gold[k] for k in keys}, {k: lemma[k] for k in keys})


def line(name: str, s: dict[str, dict[str, float]], extra: str = "") -> str:
    return (f"{name:26} MUC {s['muc']['f1']:.3f}  B3 {s['b3']['f1']:.3f}  "
            f"CEAF-e {s['ceaf_e']['f1']:.3f}  CoNLL {s['conll']['f1']:.4f}  {extra}")


def fit(prep: ecbplus.Prepared, topics: list[Topic], name: str, feats: list[str],
        folds: int = 0) -> dict[str, Any]:
    clf = _logistic(*training_pairs(topics, feats))
    spec: dict[str, Any] = {"features": feats,
                            "coef": [round(float(c), 6) for c in clf.coef_[0]],
                            "intercept": round(float(clf.intercept_[0]), 6),
                            "trained_on": "ECB+ train topics, all within-topic pairs"}
    model = pairwise.PairModel(name, tuple(feats), np.array(spec["coef"]),
                               spec["intercept"], {})
    dev = {t: scores(prep, model, t, "dev") for t in GRID}
    best = max(GRID, key=lambda t: (round(dev[t]["conll"]["f1"], 4), -t))
    spec["thresholds"] = {"ecbplus": best, "stored": STORED_THRESHOLDS.get(name, best)}
    if name in STORED_THRESHOLDS:
        spec["stored_threshold_chosen_on"] = ("records dev split (eventwire eval dedup_records "
                                              "--split dev), docs/BENCHMARKS.md")
    spec["dev_conll_by_threshold"] = {str(t): round(s["conll"]["f1"], 4) for t, s in dev.items()}
    spec["train_conll"] = round(scores(prep, model, best, "train")["conll"]["f1"], 4)
    extra = ""
    if folds:
        spec["train_kfold_conll_by_threshold"] = kf = kfold(prep, topics, name, feats, folds)
        extra = f"; {folds}-fold train CoNLL {max(kf.values())} at {max(kf, key=kf.__getitem__)}"
    print(line(name, dev[best], f"(dev, threshold {best}; train CoNLL {spec['train_conll']}"
               f"{extra})"), flush=True)
    return spec


def load(data: str, cache: Path | None) -> ecbplus.Prepared:
    if cache and cache.exists():
        prep: ecbplus.Prepared = pickle.loads(cache.read_bytes())
        return prep
    prep = ecbplus.prepare([json.loads(x) for x in Path(data).open()], embed=True)
    if cache:
        cache.write_bytes(pickle.dumps(prep))
    return prep


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--variants", default=",".join(VARIANTS),
                    help="refit these (comma-separated); the others stay as shipped")
    ap.add_argument("--no-experiments", action="store_true")
    ap.add_argument("--experiments", default="",
                    help="run only the experiments whose name starts with this")
    ap.add_argument("--folds", type=int, default=FOLDS,
                    help="k-fold by topic over the train topics (0: skip)")
    args = ap.parse_args()
    prep = load(args.data, args.cache)
    print(line("same lemma per topic", lemma_baseline(prep, "dev"), "(dev)"), flush=True)
    print(line("same lemma per topic", lemma_baseline(prep, "train"), "(train)"), flush=True)
    topics = train_topics(prep)
    out: dict[str, Any] = json.loads(OUT.read_text("utf-8")) if OUT.exists() else {}
    for name in args.variants.split(","):
        out[name] = fit(prep, topics, name, VARIANTS[name], args.folds)
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    if not args.no_experiments:
        for name, feats in EXPERIMENTS.items():
            if name.startswith(args.experiments):
                fit(prep, topics, name, feats, args.folds)


if __name__ == "__main__":
    main()
