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
from eventwire.stages.factuality.learned import FactualityModel, Head, mapping_features

SEED = 13
CERTAINTY = {"CERTAIN": "certain", "PROBABLE": "probable", "POSSIBLE": "possible",
             "UNDERSPECIFIED": "underspecified"}
POLARITY = {"POS": "positive", "NEG": "negative", "UNDERSPECIFIED": "underspecified"}
C_GRID = (0.1, 0.3, 1.0, 3.0)
WEIGHT_GRID: tuple[str | None, ...] = (None, "balanced")
INNER_FOLDS = 3


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


def fit_head(xs: Sequence[dict[str, float]], ys: Sequence[str], c: float,
             class_weight: str | None = None,
             weights: Sequence[float] | None = None) -> Head:
    """L2 logistic regression (multinomial; binary stored as two rows)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform(list(xs))
    model = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight,
                               random_state=SEED)
    model.fit(x, list(ys), sample_weight=None if weights is None else list(weights))
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


def fit_happened(examples: Sequence[Example], c: float = 0.3) -> Head:
    data = [e for e in examples if e.happened]
    return fit_head([e.feats for e in data], [str(e.happened) for e in data], c,
                    weights=[e.weight for e in data])


def _inner_folds(examples: Sequence[Example]) -> Iterator[tuple[list[int], list[int]]]:
    groups = sorted({e.group for e in examples})
    random.Random(SEED).shuffle(groups)
    fold = {g: n % INNER_FOLDS for n, g in enumerate(groups)}
    for k in range(INNER_FOLDS):
        test = [i for i, e in enumerate(examples) if fold[e.group] == k]
        yield [i for i, e in enumerate(examples) if fold[e.group] != k], test


def _labelled(rows: Sequence[tuple[dict[str, float], str | None]]
              ) -> tuple[list[dict[str, float]], list[str]]:
    kept = [(x, y) for x, y in rows if y]
    return [x for x, _ in kept], [str(y) for _, y in kept]


def _choose(xs: list[dict[str, float]], labels: list[str | None], examples: Sequence[Example],
            metric: str) -> tuple[float, str | None, float]:
    """Best (C, class weight) by grouped inner cross-validation; and its score."""
    best: tuple[float, float, str | None] = (-1.0, C_GRID[0], None)
    for c, cw in product(C_GRID, WEIGHT_GRID):
        gold: list[str | None] = []
        pred: list[str | None] = []
        for train, test in _inner_folds(examples):
            tx, ty = _labelled([(xs[i], labels[i]) for i in train])
            if len(set(ty)) < 2:
                continue
            head = fit_head(tx, ty, c, cw)
            for i in (i for i in test if labels[i]):
                gold.append(labels[i])
                pred.append(head.predict(xs[i]))
        score = classification(gold, pred)[metric] if gold else 0.0
        if score > best[0]:
            best = (score, c, cw)
    return best[1], best[2], best[0]


def fit_mapping(examples: Sequence[Example], happened: Head,
                ) -> tuple[FactualityModel, dict[str, Any]]:
    """Stage 2 on MEANTIME examples: certainty chosen by macro-F1, polarity
    by accuracy, lexical features or not by their sum — all by inner CV."""
    from eventwire.stages.factuality.learned import FactualityModel as Model

    p = [happened.probabilities(e.feats)["yes"] for e in examples]
    best: tuple[float, bool, Any, Any] | None = None
    for lexical in (False, True):
        xs = [mapping_features(e.feats, pi, lexical) for e, pi in zip(examples, p, strict=True)]
        cert = _choose(xs, [e.certainty for e in examples], examples, "macro_f1")
        pol = _choose(xs, [e.polarity for e in examples], examples, "accuracy")
        total = cert[2] + pol[2]
        if best is None or total > best[0]:
            best = (total, lexical, cert, pol)
    assert best is not None
    _, lexical, cert, pol = best
    xs = [mapping_features(e.feats, pi, lexical) for e, pi in zip(examples, p, strict=True)]
    cx, cy = _labelled([(x, e.certainty) for x, e in zip(xs, examples, strict=True)])
    px, py = _labelled([(x, e.polarity) for x, e in zip(xs, examples, strict=True)])
    model = Model(happened, fit_head(cx, cy, cert[0], cert[1]),
                  fit_head(px, py, pol[0], pol[1]), lexical)
    chosen = {"lexical": lexical, "certainty": {"C": cert[0], "class_weight": cert[1],
                                                "inner_macro_f1": round(cert[2], 4)},
              "polarity": {"C": pol[0], "class_weight": pol[1],
                           "inner_accuracy": round(pol[2], 4)}}
    return model, chosen


def leave_one_topic_out(examples: Sequence[Example], happened: Head
                        ) -> dict[tuple[str, int, int], tuple[str, str]] | None:
    """Stage 2 trained on all topics but one, applied to that one (its
    choices made inside the training topics); None with fewer than 2 topics."""
    topics = sorted({e.topic for e in examples})
    if len(topics) < 2:
        return None
    out = {}
    for topic in topics:
        model, _ = fit_mapping([e for e in examples if e.topic != topic], happened)
        for e in (e for e in examples if e.topic == topic):
            out[e.key] = model.classify(e.feats)
    return out
