"""Fitting the learned factuality model (scikit-learn, at build and
evaluation time only): examples from UDS-IH2 and MEANTIME, one parse each;
stage 2's choices (C, class weights, lexical features) are made by
cross-validation grouped by document *inside* the training data it is given.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import product
from typing import Any

from eventwire.eval.common import classification
from eventwire.models import Article
from eventwire.stages.factuality.component import factuality_for_token
from eventwire.stages.factuality.features import token_features
from eventwire.stages.factuality.learned import (
    FactualityModel,
    Head,
    mapping_features,
    rule_labels,
)

SEED = 13
CERTAINTY = {"CERTAIN": "certain", "PROBABLE": "probable", "POSSIBLE": "possible",
             "UNDERSPECIFIED": "underspecified"}
POLARITY = {"POS": "positive", "NEG": "negative", "UNDERSPECIFIED": "underspecified"}
C_GRID = (0.3, 1.0, 3.0)
WEIGHT_GRID: tuple[str | None, ...] = (None, "balanced")
INNER_FOLDS = 3
UNSURE = 0.6  # |normalised value| below this: annotators unsure or split
PRIOR_GRID = (2.0, 4.0)
BIAS_SCALE = 100.0
CERTAINTY_LABELS = ("certain", "probable", "possible", "underspecified")
POLARITY_LABELS = ("positive", "negative", "underspecified")


@dataclass
class Example:
    """One gold event: its features and labels (None where the data has none)."""

    feats: dict[str, float]
    group: str  # document (inner folds) — MEANTIME topic is ``topic``
    topic: str = ""
    certainty: str | None = None
    polarity: str | None = None
    happened: str | None = None
    weight: float = 1.0
    value: float = 0.0  # UDS-IH2 normalised "happened" value
    key: tuple[str, int, int] = ("", 0, 0)


def _features_at(doc: Any, start: int, end: int) -> dict[str, float] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    quotes = list(doc._.quotes or [])
    rules = factuality_for_token(doc, span.root.i, quotes)
    return token_features(span.root, quotes, rules)


def uds_examples(records: Sequence[dict[str, Any]], pipeline: Any) -> list[Example]:
    """UDS-IH2: one example per predicate, label ``yes`` when the normalised
    value is > 0, weighted by the annotators' normalised confidence."""
    arts = [Article(text=r["text"], id=str(r["id"])) for r in records]
    out = []
    for record, (_art, doc, _rej) in zip(records, pipeline.docs(arts), strict=True):
        if doc is None:
            continue
        for p in record["predicates"]:
            feats = _features_at(doc, p["start"], p["end"])
            if feats is None:
                continue
            value = float(p["factual_normalized"]["value"])
            conf = float(p["factual_normalized"]["confidence"])
            out.append(Example(feats, str(record["doc_id"]), happened="yes" if value > 0 else
                               "no", weight=max(conf, 0.05), value=value))
    return out


def meantime_examples(records: Sequence[dict[str, Any]], pipeline: Any) -> list[Example]:
    """MEANTIME: every gold event mention with a certainty or polarity label."""
    arts = [Article(text=r["text"], id=str(r["doc_id"]),
                    published=date.fromisoformat(r["dct"][:10]) if r.get("dct") else None)
            for r in records]
    out = []
    for record, (_art, doc, _rej) in zip(records, pipeline.docs(arts), strict=True):
        if doc is None:
            continue
        for e in record.get("events", []):
            cert = CERTAINTY.get(e.get("certainty") or "")
            pol = POLARITY.get(e.get("polarity") or "")
            feats = _features_at(doc, e["start"], e["end"]) if cert or pol else None
            if feats is not None:
                out.append(Example(feats, str(record["doc_id"]), str(record.get("corpus", "")),
                                   cert, pol, key=(str(record["doc_id"]), e["start"], e["end"])))
    return out


def _vectorise(xs: Sequence[dict[str, float]]) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer()
    return vec, vec.fit_transform(list(xs))


def _fit_matrix(x: Any, ys: Sequence[str], c: float, class_weight: str | None,
                weights: Sequence[float] | None = None) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight,
                               random_state=SEED)
    model.fit(x, list(ys), sample_weight=None if weights is None else list(weights))
    return model


def fit_head(xs: Sequence[dict[str, float]], ys: Sequence[str], c: float,
             class_weight: str | None = None,
             weights: Sequence[float] | None = None) -> Head:
    """L2 logistic regression (multinomial; binary stored as two rows)."""
    vec, x = _vectorise(xs)
    model = _fit_matrix(x, ys, c, class_weight, weights)
    labels = [str(label) for label in model.classes_]
    if len(labels) == 2:
        coef, bias = [-model.coef_[0] / 2, model.coef_[0] / 2], [-model.intercept_[0] / 2,
                                                                 model.intercept_[0] / 2]
    else:
        coef, bias = list(model.coef_), list(model.intercept_)
    rows = {name: [round(float(row[j]), 5) for row in coef]
            for name, j in vec.vocabulary_.items()}
    rows = {name: row for name, row in rows.items() if any(row)}
    return Head(labels, rows, [round(float(b), 5) for b in bias])


def fit_stage1(examples: Sequence[Example], c: float = 0.3) -> tuple[Head, Head]:
    """``happened`` (value > 0, weighted by confidence) and ``unsure``
    (|value| < UNSURE: the annotators disagree or are not confident)."""
    data = [e for e in examples if e.happened]
    xs = [e.feats for e in data]
    happened = fit_head(xs, [str(e.happened) for e in data], c, weights=[e.weight for e in data])
    unsure = fit_head(xs, ["yes" if abs(e.value) < UNSURE else "no" for e in data], c)
    return happened, unsure


def _inner_folds(examples: Sequence[Example]) -> Iterator[tuple[list[int], list[int]]]:
    groups = sorted({e.group for e in examples})
    random.Random(SEED).shuffle(groups)
    fold = {g: n % INNER_FOLDS for n, g in enumerate(groups)}
    for k in range(INNER_FOLDS):
        test = [i for i, e in enumerate(examples) if fold[e.group] == k]
        yield [i for i, e in enumerate(examples) if fold[e.group] != k], test


def _fit_prior(x: Any, ys: Sequence[str], rules: Sequence[str | None], labels: Sequence[str],
               c: float, class_weight: str | None, prior: float) -> tuple[Any, Any]:
    """Multinomial logistic regression with a fixed offset ``prior`` on the
    rules' label (L2 as scikit-learn's C; the bias lightly penalised so a
    label unseen in training keeps a finite score). Returns (W, b)."""
    import numpy as np
    from scipy.optimize import minimize

    k, (n, d) = len(labels), x.shape
    index = {label: i for i, label in enumerate(labels)}
    y = np.array([index[v] for v in ys])
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    offset = np.zeros((n, k))
    for i, rule in enumerate(rules):
        if rule in index:
            offset[i, index[rule]] = prior
    weight = np.ones(n)
    if class_weight == "balanced":
        counts = np.bincount(y, minlength=k)
        weight = n / (np.count_nonzero(counts) * counts[y])

    def loss(theta: Any) -> tuple[float, Any]:
        w, b = theta[:d * k].reshape(d, k), theta[d * k:]
        z = x @ w + b + offset
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        g = (np.exp(logp) - onehot) * weight[:, None]
        value = -(weight * (onehot * logp).sum(axis=1)).sum() + (w ** 2).sum() / (2 * c) \
            + (b ** 2).sum() / (2 * c * BIAS_SCALE)
        grad = np.concatenate([np.asarray(x.T @ g + w / c).ravel(),
                               g.sum(axis=0) + b / (c * BIAS_SCALE)])
        return float(value), grad

    res = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B",
                   options={"maxiter": 1000})
    return res.x[:d * k].reshape(d, k), res.x[d * k:]


def _predict_prior(x: Any, wb: tuple[Any, Any], rules: Sequence[str | None],
                   labels: Sequence[str], prior: float) -> list[str]:
    z = x @ wb[0] + wb[1]
    for i, rule in enumerate(rules):
        if rule is not None and rule in labels:
            z[i, list(labels).index(rule)] += prior
    return [labels[j] for j in z.argmax(axis=1)]


def _choose(xs: list[dict[str, float]], labels: list[str | None], rules: list[str | None],
            label_set: Sequence[str], examples: Sequence[Example], metric: str
            ) -> tuple[float, str | None, float, float]:
    """Best (C, class weight, prior on the rules' label; no prior when there
    are no rules) by grouped inner cross-validation; and its score."""
    priors = PRIOR_GRID if any(rules) else (0.0,)
    _, x = _vectorise(xs)
    folds = [([i for i in train if labels[i]], [i for i in test if labels[i]])
             for train, test in _inner_folds(examples)]
    best: tuple[float, float, str | None, float] = (-1.0, C_GRID[0], None, 0.0)
    for c, cw, prior in product(C_GRID, WEIGHT_GRID, priors):
        gold: list[str | None] = []
        pred: list[str | None] = []
        for train, test in folds:
            if not test:
                continue
            wb = _fit_prior(x[train], [str(labels[i]) for i in train],
                            [rules[i] for i in train], label_set, c, cw, prior)
            gold += [labels[i] for i in test]
            pred += _predict_prior(x[test], wb, [rules[i] for i in test], label_set, prior)
        score = classification(gold, pred)[metric] if gold else 0.0
        if score > best[0]:
            best = (score, c, cw, prior)
    return best[1], best[2], best[3], best[0]


def _head(xs: Sequence[dict[str, float]], ys: Sequence[str], rules: Sequence[str | None],
          label_set: Sequence[str], c: float, cw: str | None, prior: float) -> Head:
    vec, x = _vectorise(xs)
    w, b = _fit_prior(x, ys, rules, label_set, c, cw, prior)
    rows = {name: [round(float(v), 5) for v in w[j]] for name, j in vec.vocabulary_.items()}
    return Head(list(label_set), {k: r for k, r in rows.items() if any(r)},
                [round(float(v), 5) for v in b], prior)


def fit_mapping(examples: Sequence[Example], happened: Head, unsure: Head | None = None,
                stacked_options: tuple[bool, ...] = (False, True),
                ) -> tuple[FactualityModel, dict[str, Any]]:
    """Stage 2 on MEANTIME examples: certainty chosen by macro-F1, polarity
    by accuracy; the rules' answer (stacked as features and as a prior on
    their label) or not by their sum — all by inner CV. With ``stacked`` off
    the rules play no part at all."""
    from eventwire.stages.factuality.learned import FactualityModel as Model

    probe = Model(happened, happened, happened, unsure=unsure)
    stage1 = [probe.stage1(e.feats) for e in examples]
    rules = [rule_labels(e.feats) for e in examples]
    best: tuple[float, bool, bool, Any, Any] | None = None
    lexical = False  # lemma features of two topics would be topic memory
    for stacked in stacked_options:
        xs = [mapping_features(e.feats, p, lexical, stacked)
              for e, p in zip(examples, stage1, strict=True)]
        r_cert = [r[0] if stacked else None for r in rules]
        r_pol = [r[1] if stacked else None for r in rules]
        cert = _choose(xs, [e.certainty for e in examples], r_cert, CERTAINTY_LABELS,
                       examples, "macro_f1")
        pol = _choose(xs, [e.polarity for e in examples], r_pol, POLARITY_LABELS, examples,
                      "accuracy")
        total = cert[3] + pol[3]
        if best is None or total > best[0]:
            best = (total, lexical, stacked, cert, pol)
    assert best is not None
    _, lexical, stacked, cert, pol = best
    xs = [mapping_features(e.feats, p, lexical, stacked)
          for e, p in zip(examples, stage1, strict=True)]
    heads = []
    for labels, k, label_set, chosen in ((lambda e: e.certainty, 0, CERTAINTY_LABELS, cert),
                                         (lambda e: e.polarity, 1, POLARITY_LABELS, pol)):
        kept = [i for i, e in enumerate(examples) if labels(e)]
        heads.append(_head([xs[i] for i in kept], [str(labels(examples[i])) for i in kept],
                           [rules[i][k] if stacked else None for i in kept], label_set,
                           *chosen[:3]))
    model = Model(happened, heads[0], heads[1], lexical, stacked, unsure)
    report = {"lexical": lexical, "stacked": stacked,
              "certainty": {"C": cert[0], "class_weight": cert[1], "prior": cert[2],
                            "inner_macro_f1": round(cert[3], 4)},
              "polarity": {"C": pol[0], "class_weight": pol[1], "prior": pol[2],
                           "inner_accuracy": round(pol[3], 4)}}
    return model, report


def leave_one_topic_out(examples: Sequence[Example], happened: Head, unsure: Head | None = None,
                        stacked_options: tuple[bool, ...] = (False, True),
                        ) -> dict[tuple[str, int, int], tuple[str, str]] | None:
    """Stage 2 trained on all topics but one, applied to that one (its
    choices made inside the training topics); None with fewer than 2 topics."""
    topics = sorted({e.topic for e in examples})
    if len(topics) < 2:
        return None
    out = {}
    for topic in topics:
        model, _ = fit_mapping([e for e in examples if e.topic != topic], happened, unsure,
                               stacked_options)
        for e in (e for e in examples if e.topic == topic):
            out[e.key] = model.classify(e.feats)
    return out
