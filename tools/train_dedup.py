"""Train dedup's pairwise model (eventwire/data/dedup/pairwise.json).

    PYTHONPATH=. python tools/train_dedup.py ../shared/data/ecbplus/dev.jsonl \
        --cache /tmp/ecb_prep.pkl

Fits a logistic regression per variant on every within-topic pair of the
ECB+ *train* topics, then chooses the clustering threshold that maximises
CoNLL F1 on the *dev* topics. The test topics (36-45) are not in the data
and are never used. Needs scikit-learn (the ``eval`` extra) and, for the
embedding variants, the ``embeddings`` extra.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.corpus import pairwise
from eventwire.corpus.crossdoc import cluster_topics, topic_features
from eventwire.corpus.dedup import _idf, stories
from eventwire.eval import ecbplus
from eventwire.eval.coref import score_all

VARIANTS = {
    "embeddings": ["lemma", "trigger", "sentence", "doc", "same_doc", "story", "docemb",
                   "lemma*doc", "trigger*doc", "lemma*trigger", "lemma*docemb",
                   "trigger*docemb"],
    "lexical": ["lemma", "doc", "same_doc", "story", "lemma*doc"],
    "stored_embeddings": ["lemma", "trigger", "sentence", "same_doc", "docemb",
                          "lemma*trigger", "lemma*docemb", "trigger*docemb"],
    "stored_lexical": ["lemma", "same_doc"],
}
GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]
OUT = Path(__file__).resolve().parents[1] / "eventwire/data/dedup/pairwise.json"


def training_pairs(prep: ecbplus.Prepared, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    story_of, idf = stories(prep.docs), _idf(prep.docs)
    xs, ys = [], []
    for group, (docs, ms) in prep.by_topic(split="train").items():
        feats = topic_features(ms, docs, idf, story_of)
        iu = np.triu_indices(len(ms), 1)
        xs.append(np.column_stack([pairwise._feature(feats, n)[iu] for n in names]))
        gold = np.array([prep.gold[m.key] for m in ms], dtype=object)
        ys.append((gold[:, None] == gold[None, :])[iu])
        del group
    return np.vstack(xs), np.concatenate(ys).astype(int)


def conll(prep: ecbplus.Prepared, model: pairwise.PairModel, threshold: float,
          split: str) -> float:
    mentions = [m for m in prep.mentions if prep.split[m.key] == split]
    pred = cluster_topics(mentions, prep.docs, model, threshold)
    keys = [k for k in prep.scored if prep.split[k] == split]
    return score_all({k: prep.gold[k] for k in keys}, {k: pred[k] for k in keys})["conll"]["f1"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--cache", type=Path)
    args = ap.parse_args()
    from sklearn.linear_model import LogisticRegression

    if args.cache and args.cache.exists():
        prep = pickle.loads(args.cache.read_bytes())
    else:
        prep = ecbplus.prepare([json.loads(x) for x in Path(args.data).open()], embed=True)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(prep))
    out: dict[str, Any] = {}
    for name, feats in VARIANTS.items():
        x, y = training_pairs(prep, feats)
        clf = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
        spec: dict[str, Any] = {"features": feats, "coef": [round(float(c), 6) for c in
                                                              clf.coef_[0]],
                                "intercept": round(float(clf.intercept_[0]), 6),
                                "trained_on": "ECB+ train topics, all within-topic pairs",
                                "thresholds": {}}
        model = pairwise.PairModel(name, tuple(feats), np.array(spec["coef"]),
                                   spec["intercept"], {})
        dev = {t: conll(prep, model, t, "dev") for t in GRID}
        best = max(GRID, key=lambda t: (round(dev[t], 4), -t))
        spec["thresholds"] = {"ecbplus": best, "stored": best}
        spec["dev_conll_by_threshold"] = {str(t): round(f, 4) for t, f in dev.items()}
        spec["train_conll"] = round(conll(prep, model, best, "train"), 4)
        out[name] = spec
        print(name, "threshold", best, "dev", round(dev[best], 4), "train",
              spec["train_conll"], flush=True)
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
