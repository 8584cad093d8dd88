"""Train dedup's pairwise model (eventwire/data/dedup/pairwise.json) and
report every candidate feature set on the ECB+ dev topics.

    PYTHONPATH=. python tools/train_dedup.py ../shared/data/ecbplus/dev.jsonl \
        --cache /tmp/ecb_prep.pkl

Fits a logistic regression per variant on every within-topic pair of the
ECB+ *train* topics, then chooses the clustering threshold that maximises
CoNLL F1 over 5 folds by topic of the train topics (``--folds 0``: on the
*dev* topics, as before branch dedup3); prints MUC, B³, CEAF-e and CoNLL of every
variant (shipped ones and the ``EXPERIMENTS`` kept for the record) beside
the same-lemma-per-topic baseline, all in one run. The test topics (36-45)
are not in the data and are never used. Needs scikit-learn (the ``eval``
extra) and, for the embedding variants, the ``embeddings`` extra.
Deterministic up to the sixth decimal (lbfgs on the same pairs);
``--variants`` refits only the named variants and keeps the others as
shipped, so a change to the ECB+ model leaves the stored-event model (and
its ``eval dedup_records`` figures) untouched. The ``ftrig`` feature (the
fine-tuned trigger cosine) needs ``--tuned VECTORS`` from
``tools/finetune_dedup.py``: train topics then get the vector of the
encoder that did not see their topic, so that the pairwise model weighs
the cosine as it behaves on unseen topics, not on its own training data.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.corpus import lemma_prior, pairwise
from eventwire.corpus.cluster import labels_at, merges
from eventwire.corpus.crossdoc import (
    GoldMention,
    argument_conflicts,
    speech_lemmas,
    speech_shift,
    topic_features,
)
from eventwire.corpus.dedup import idf_weights, stories
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
SHIPPED_1 = [*SHIPPED_0, *SENT, *LOCAL]  # branch dedup (16b)
TUNED = ["ftrig", "lemma*ftrig"]  # fine-tuned trigger cosine (tools/finetune_dedup.py)
LEMMA_PAIRS = ["stem", "ptype", "ptype_diff"]  # paraphrase features (corpus/lemma_pairs.py)
PRIOR = ["lprior", "pprior"]  # lemma (pair) coreference rates of other topics (dedup16)


def within_doc_split(feats: list[str]) -> list[str]:
    """``feats`` plus each of them times ``same_doc``: a within-document
    and a cross-document model in one logistic (branch dedup10)."""
    return [*feats, *(f"same_doc*{f}" for f in feats if f != "same_doc")]


VARIANTS = {
    "embeddings": [*SHIPPED_1, *TUNED, *PRIOR],
    "lexical": [*LEXICAL_0, *SENT, *LOCAL],
    "stored_embeddings": [*STORED_EMB_0, *BLOCK, "trigger*bdoc"],
    "stored_lexical": [*STORED_LEX_0, *BLOCK],
}
AGREE = ["argsim", "geo_near", "geo_far"]  # argument agreement (corpus/arg_agreement.py)
EXPERIMENTS = {  # reported, not shipped (see docs/BENCHMARKS.md)
    "dedup18_argsim": [*SHIPPED_1, *TUNED, *PRIOR, "argsim"],
    "dedup18_geo": [*SHIPPED_1, *TUNED, *PRIOR, "geo_near", "geo_far"],
    "dedup18_agree": [*SHIPPED_1, *TUNED, *PRIOR, *AGREE],
    "dedup16_prior": [*SHIPPED_1, *PRIOR],
    "dedup16_prior_x": [*SHIPPED_1, *PRIOR, "lprior*ldoc", "pprior*trigger", "same_doc*lprior"],
    "dedup16_ftrig_prior": [*SHIPPED_1, *TUNED, *PRIOR],
    "dedup10_split_doc": within_doc_split(SHIPPED_1),
    "dedup10_ftrig_split_doc": within_doc_split([*SHIPPED_1, *TUNED]),
    "dedup10_lexical_split_doc": within_doc_split([*LEXICAL_0, *SENT, *LOCAL]),
    "dedup6_lemma_pairs": [*SHIPPED_1, *LEMMA_PAIRS],
    "dedup6_lemma_pairs_local": [*SHIPPED_1, *LEMMA_PAIRS, "ptype*ldoc", "stem*ldoc",
                                 "ptype*lemvec"],
    "dedup6_lemma_pairs_trigger": [*SHIPPED_1, *LEMMA_PAIRS, "ptype*trigger", "stem*trigger"],
    "dedup6_stem": [*SHIPPED_1, "stem", "stem*ldoc"],
    "dedup3_before": SHIPPED_1,
    "dedup3_ftrig_only": [*SHIPPED_1, "ftrig"],
    "dedup3_ftrig_local": [*SHIPPED_1, *TUNED, "ftrig*ldoc", "ftrig*lclust"],
    "dedup3_trigger_local": [*SHIPPED_1, "trigger*ldoc", "trigger*lclust", "lemvec*ldoc"],
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
# Cluster-level argument conflicts (cluster.SetConflict) per variant: the weight
# subtracted from the mean probability of two clusters whose reports name
# places (times) but none in common; chosen with the threshold by the k-fold
# (branch dedup4, docs/BENCHMARKS.md). The stored-event models have none.
CONFLICTS: dict[str, dict[str, float]] = {}
CONFLICT_EXPERIMENTS = {  # the shipped embeddings features with these conflicts; none ships
    f"dedup4_{arg}_{w}": {arg: w} for arg in ("places", "times", "participants", "core")
    for w in (0.02, 0.05, 0.1)}
_SPEECH = speech_lemmas()
GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
FOLDS = 5
OUT = Path(__file__).resolve().parents[1] / "eventwire/data/dedup/pairwise.json"


Topic = tuple[list[GoldMention], dict[str, np.ndarray], np.ndarray]


PRIOR_OUT = OUT.parent / lemma_prior.PRIOR_FN


def needs_prior(feats: list[str]) -> bool:
    return any(part in PRIOR for f in feats for part in f.split("*"))


def fold_counts(topics: list[Topic], folds: int = FOLDS) -> list[lemma_prior.Counts]:
    """Cross-document lemma (pair) counts of the train topics, per fold."""
    out = [lemma_prior.Counts() for _ in range(folds)]
    for i, (ms, feats, same) in enumerate(topics):
        out[i % folds].add(lemma_prior.count_topic([m.lemma for m in ms], feats["same_doc"], same))
    return out


def counts_without(counts: list[lemma_prior.Counts], excluded: set[int]) -> lemma_prior.Counts:
    total = lemma_prior.Counts()
    for f, c in enumerate(counts):
        if f not in excluded:
            total.add(c)
    return total


def with_prior(topic: Topic, prior: lemma_prior.LemmaPrior) -> Topic:
    ms, feats, same = topic
    return ms, {**feats, **prior.features([m.lemma for m in ms])}, same


def prior_topics(topics: list[Topic], counts: list[lemma_prior.Counts], excluded: set[int],
                 keep: set[int] | None = None) -> list[Topic]:
    """The topics (of the folds in ``keep``; all by default) with the
    prior counted on neither ``excluded`` nor the topic's own fold: out of
    fold, so the model weighs the rates as they behave on unseen topics."""
    folds = len(counts)
    return [with_prior(t, lemma_prior.LemmaPrior.from_counts(
                counts_without(counts, excluded | {i % folds})))
            for i, t in enumerate(topics) if keep is None or i % folds in keep]


def train_topics(prep: ecbplus.Prepared, split: str = "train") -> list[Topic]:
    """(mentions, feature matrices, gold same-event matrix) per topic of
    ``split``, in topic order (computed once: every fit and fold reads them)."""
    story_of, idf = stories(prep.docs), idf_weights(prep.docs)
    out = []
    for _group, (docs, ms) in sorted(prep.by_topic(split=split).items()):
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
          folds: int = FOLDS, conflicts: dict[str, float] | None = None,
          ) -> tuple[dict[str, float], dict[str, list[float]]]:
    """CoNLL F1 over the train topics, each topic clustered by a model fitted
    on the other folds (topic i in fold i mod ``folds``), per threshold:
    pooled over all train topics, and per fold (the spread)."""
    models: list[pairwise.PairModel] = []
    counts = fold_counts(topics, folds) if needs_prior(feats) else []
    for k in range(folds):
        train = (prior_topics(topics, counts, {k}, set(range(folds)) - {k}) if counts
                 else [t for i, t in enumerate(topics) if i % folds != k])
        clf = _logistic(*training_pairs(train, feats))
        models.append(pairwise.PairModel(name, tuple(feats), clf.coef_[0],
                                         float(clf.intercept_[0]), {}, dict(conflicts or {})))
    pred: dict[float, dict[str, str]] = {t: {} for t in GRID}
    fold_of: dict[str, int] = {}
    for k in range(folds):
        model = models[k]
        prior = (lemma_prior.LemmaPrior.from_counts(counts_without(counts, {k}))
                 if counts else None)
        for i, topic in enumerate(topics):
            if i % folds == k:
                ms, tf, _same = with_prior(topic, prior) if prior else topic
                fold_of.update((m.key, k) for m in ms)
                _cluster_grid(model, i, ms, tf, pred)
    keys = [k for k in prep.scored if prep.split[k] == "train"]

    def conll(part: list[str], p: dict[str, str]) -> float:
        return round(score_all({k: prep.gold[k] for k in part},
                               {k: p[k] for k in part})["conll"]["f1"], 4)

    per_fold = {str(t): [conll([k for k in keys if fold_of[k] == f], p) for f in range(folds)]
                for t, p in pred.items()}
    out = {str(t): conll(keys, p) for t, p in pred.items()}
    out["nested"] = nested_conll(prep, keys, fold_of, pred, folds)
    return out, per_fold


def nested_choice(fold_of: dict[str, int], pred: dict[float, dict[str, str]], folds: int,
                  conll: Any) -> dict[int, float]:
    """For each fold, the threshold that is best on the *other* folds'
    out-of-fold clusters (ties to the lower threshold): the held-out fold
    never chooses its own threshold."""
    keys = list(fold_of)
    out: dict[int, float] = {}
    for f in range(folds):
        rest = [k for k in keys if fold_of[k] != f]
        out[f] = max(sorted(pred), key=lambda t, rest=rest: conll(rest, pred[t]))
    return out


def nested_conll(prep: ecbplus.Prepared, keys: list[str], fold_of: dict[str, int],
                 pred: dict[float, dict[str, str]], folds: int) -> float:
    """Pooled CoNLL of the train topics when each fold is cut at the
    threshold :func:`nested_choice` picks without it (the honest k-fold
    figure: the plain per-threshold figures choose on the held-out folds)."""
    def conll(part: list[str], p: dict[str, str]) -> float:
        return float(score_all({k: prep.gold[k] for k in part},
                               {k: p[k] for k in part})["conll"]["f1"])

    scored = {k: fold_of[k] for k in keys}
    chosen = nested_choice(scored, pred, folds, conll)
    combined = {k: pred[chosen[f]][k] for k, f in scored.items()}
    return round(conll(keys, combined), 4)


def _cluster_grid(model: pairwise.PairModel, i: int, ms: list[GoldMention],
                  feats: dict[str, np.ndarray], pred: dict[float, dict[str, str]]) -> None:
    """Clusters of one topic at every threshold of ``pred``: one average-link
    merge path down to the lowest, cut at each (same result as clustering
    at each threshold, as ``cluster_topics`` does, speech-act pairs shifted)."""
    prob = model.probability(feats) - speech_shift(ms, _SPEECH)
    path = merges(prob, min(pred),
                  conflicts=argument_conflicts(ms, model.conflicts))
    for t in pred:
        for m, label in zip(ms, labels_at(len(ms), path, t), strict=True):
            pred[t][m.key] = f"{i}/{ms[label].key}"


def scores(prep: ecbplus.Prepared, model: pairwise.PairModel, topics: list[Topic],
           split: str, grid: list[float]) -> dict[float, dict[str, dict[str, float]]]:
    """MUC, B³, CEAF-e, CoNLL of ``split`` (its ``topics``) per threshold."""
    pred: dict[float, dict[str, str]] = {t: {} for t in grid}
    for i, (ms, feats, _same) in enumerate(topics):
        _cluster_grid(model, i, ms, feats, pred)
    keys = [k for k in prep.scored if prep.split[k] == split]
    return {t: score_all({k: prep.gold[k] for k in keys}, {k: p[k] for k in keys})
            for t, p in pred.items()}


def lemma_baseline(prep: ecbplus.Prepared, split: str) -> dict[str, dict[str, float]]:
    group = {d.doc_id: d.group for d in prep.docs}
    lemma = {m.key: f"{group[m.doc_id]}:{m.lemma}" for m in prep.mentions}
    keys = [k for k in prep.scored if prep.split[k] == split]
    return score_all({k: prep.gold[k] for k in keys}, {k: lemma[k] for k in keys})


def line(name: str, s: dict[str, dict[str, float]], extra: str = "") -> str:
    return (f"{name:26} MUC {s['muc']['f1']:.3f}  B3 {s['b3']['f1']:.3f}  "
            f"CEAF-e {s['ceaf_e']['f1']:.3f}  CoNLL {s['conll']['f1']:.4f}  {extra}")


def fit(prep: ecbplus.Prepared, topics: list[Topic], dev_topics: list[Topic], name: str,
        feats: list[str], folds: int = 0, conflicts: dict[str, float] | None = None,
        ) -> dict[str, Any]:
    kf_topics = topics
    if needs_prior(feats):  # out-of-fold rates on the train topics, all of them on dev
        counts = fold_counts(topics)
        full = lemma_prior.LemmaPrior.from_counts(counts_without(counts, set()))
        topics = prior_topics(topics, counts, set())
        dev_topics = [with_prior(t, full) for t in dev_topics]
        if name in VARIANTS:
            PRIOR_OUT.write_text(json.dumps(lemma_prior.to_json(
                full, counts_without(counts, set()))) + "\n", encoding="utf-8")
    clf = _logistic(*training_pairs(topics, feats))
    spec: dict[str, Any] = {"features": feats,
                            "coef": [round(float(c), 6) for c in clf.coef_[0]],
                            "intercept": round(float(clf.intercept_[0]), 6),
                            "trained_on": "ECB+ train topics, all within-topic pairs"}
    conflicts = CONFLICTS.get(name, {}) if conflicts is None else conflicts
    if conflicts:
        spec["conflicts"] = conflicts
    model = pairwise.PairModel(name, tuple(feats), np.array(spec["coef"]),
                               spec["intercept"], {}, dict(conflicts))
    chosen_on, extra, best = "ECB+ dev topics", "", 0.0
    if folds:  # the threshold comes from the train folds; dev only reports
        kf, per_fold = kfold(prep, kf_topics, name, feats, folds, conflicts)
        nested = kf.pop("nested")
        at = max(kf, key=kf.__getitem__)
        spec["train_kfold_conll_by_threshold"] = kf
        spec["train_kfold_nested_conll"] = nested
        spec["train_kfold_per_fold"] = {"threshold": float(at), "conll": per_fold[at]}
        best, chosen_on = float(at), f"{folds}-fold CoNLL over the ECB+ train topics"
        extra = (f"; {folds}-fold train CoNLL {kf[at]} (nested threshold {nested}), "
                 f"per fold {per_fold[at]}")
    dev = scores(prep, model, dev_topics, "dev", GRID)
    if not folds:
        best = max(GRID, key=lambda t: (round(dev[t]["conll"]["f1"], 4), -t))
    spec["thresholds"] = {"ecbplus": best, "stored": STORED_THRESHOLDS.get(name, best)}
    spec["ecbplus_threshold_chosen_on"] = chosen_on
    if name in STORED_THRESHOLDS:
        spec["stored_threshold_chosen_on"] = ("records dev split (eventwire eval dedup_records "
                                              "--split dev), docs/BENCHMARKS.md")
    spec["dev_conll_by_threshold"] = {str(t): round(s["conll"]["f1"], 4) for t, s in dev.items()}
    spec["train_conll"] = round(scores(prep, model, topics, "train", [best])[best]["conll"]["f1"],
                                4)
    print(line(name, dev[best], f"(dev, threshold {best} from the {chosen_on}; in-sample train "
               f"CoNLL {spec['train_conll']}{extra})"), flush=True)
    return spec


def load(data: str, cache: Path | None, tuned: Path | None = None) -> ecbplus.Prepared:
    if cache and cache.exists():
        prep: ecbplus.Prepared = pickle.loads(cache.read_bytes())
    else:
        prep = ecbplus.prepare([json.loads(x) for x in Path(data).open()], embed=True)
        if cache:
            cache.write_bytes(pickle.dumps(prep))
    if prep.mentions and "points" not in vars(prep.mentions[0]):  # a cache from before dedup18
        ecbplus.add_word_vectors(prep.mentions)  # (its lemma vectors come out the same)
    for m in prep.mentions:
        m.tuned_vec = None
    if tuned:  # out-of-fold vectors on the train topics, the full fit elsewhere
        with np.load(tuned) as z:
            keys = list(z["keys"])
            oof = dict(zip(keys, z["oof"], strict=True))
            full = dict(zip(keys, z["full"], strict=True))
        for m in prep.mentions:
            m.tuned_vec = (oof if prep.split[m.key] == "train" else full)[m.key]
    return prep


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--tuned", type=Path, help="vectors from tools/finetune_dedup.py")
    ap.add_argument("--variants", default=",".join(VARIANTS),
                    help="refit these (comma-separated); the others stay as shipped")
    ap.add_argument("--no-experiments", action="store_true")
    ap.add_argument("--experiments", default="",
                    help="run only the experiments whose name starts with this")
    ap.add_argument("--folds", type=int, default=FOLDS,
                    help="k-fold by topic over the train topics (0: skip)")
    args = ap.parse_args()
    if not args.tuned and any("ftrig" in f for v in args.variants.split(",")
                              for f in VARIANTS[v]):
        ap.error("the ftrig feature needs --tuned (tools/finetune_dedup.py --vectors)")
    prep = load(args.data, args.cache, args.tuned)
    print(line("same lemma per topic", lemma_baseline(prep, "dev"), "(dev)"), flush=True)
    print(line("same lemma per topic", lemma_baseline(prep, "train"), "(train)"), flush=True)
    topics, dev_topics = train_topics(prep), train_topics(prep, "dev")
    out: dict[str, Any] = json.loads(OUT.read_text("utf-8")) if OUT.exists() else {}
    for name in args.variants.split(","):
        out[name] = fit(prep, topics, dev_topics, name, VARIANTS[name], args.folds)
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    if not args.no_experiments:
        for name, feats in EXPERIMENTS.items():
            if name.startswith(args.experiments):
                fit(prep, topics, dev_topics, name, feats, args.folds)
        for name, conflicts in CONFLICT_EXPERIMENTS.items():
            if name.startswith(args.experiments):
                fit(prep, topics, dev_topics, name, VARIANTS["embeddings"], args.folds,
                    conflicts)


if __name__ == "__main__":
    main()
