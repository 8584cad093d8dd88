"""Fit the stored-event pairwise model on eventwire's own stored events of
the development record sets (dedup41), held out by set.

    PYTHONPATH=. python tools/train_stored_records.py --out /tmp/dd_sets \
        [--write]   # also refit on every set and write ``stored_records``

The stores come from ``tools/dedup_records_sets.py extract``. Why: the
shipped ``stored_*`` models were fitted on ECB+ gold mentions, where a pair
of one article with two trigger words is rarely one event; on the stored
events of the 40 record sets the largest class of errors is exactly that —
the same event named by another word ("attack" / "hits" / "struck"), in
one article or across outlets — scored below the threshold, while the rule
bonus (same text-given day and a shared participant or place: +1) merges
distinct events of one article. Training pairs are what the attach really
compares: every (new event, report of a candidate) pair of an attach run
with the shipped lexical model, with the features computed there
(:func:`eventwire.corpus.attach.pair_features`), labelled by the gold
canonical ids of the two events (pairs with an unmatched event are left
out). Features: the ECB+ lexical ones plus ``share`` (a shared resolved
participant or city) and ``day`` (the same text-given day), and their
products with ``same_doc`` and ``lemma``; with ``share`` in its features
a model replaces the rule bonus (attach.Attacher.score). With
``--features near`` (dedup42, the default) the attach that logs the pairs
lets two text days one apart meet (``attach.NEAR_DAYS``) and the model
weighs them by ``near`` (and ``near*share``, ``same_doc*near``);
``--features base`` is dedup41's model.

Held out by set: two folds (alternate sets of ``topic_folds.SETS``); the
threshold is the one with the best pair F1 on the training fold's pairs;
the held-out sets are re-attached with the fold's model and scored
(CoNLL, as ``dedup_records_sets.py``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tools.dedup_records_sets import conll_rows, fmt, gold_records, mentions
from tools.topic_folds import SETS

ROOT = Path(__file__).resolve().parents[1]
FEATURES = ("lemma", "same_doc", "bdoc", "lemma*bdoc", "share", "day", "day*share",
            "same_doc*share", "same_doc*lemma", "same_doc*day")
# dedup42: two days a day apart no longer conflict for a model that weighs them
NEAR_FEATURES = FEATURES + ("near", "near*share", "same_doc*near")
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def attach_with(db: Path, model: Any, threshold: float,
                log: list[tuple[str, str, dict[str, float]]] | None = None,
                near_days: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """Attach every article of the store ``db`` (a copy) with ``model``;
    with ``log``, record every compared pair's features."""
    from eventwire.corpus import attach
    from eventwire.store import open_store
    from eventwire.store.dedup_tables import DedupTables

    original = attach.pair_features

    def logged(v: Any, members: Sequence[Any], doc_sim: Any = None) -> dict[str, np.ndarray]:
        feats = original(v, members, doc_sim)
        if log is not None:
            for i, m in enumerate(members):
                log.append((v.event_id, m.event_id, {k: float(x[i]) for k, x in feats.items()}))
        return feats

    attach.pair_features = logged
    try:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / db.name
            shutil.copy(db, copy)
            with open_store(f"sqlite:///{copy}") as store:
                tables = DedupTables(store)
                with store.transaction():
                    tables.clear()
                att = attach.Attacher(tables, model, threshold, near_days=near_days)
                pending = tables.pending_articles()
                with store.transaction():
                    attach.attach_articles(tables, att, pending, 1)
                out: dict[str, list[dict[str, Any]]] = {}
                for row in store.rows("SELECT id FROM articles"):
                    aid = str(row["id"])
                    out[aid] = [{**e, "canonical_id": store.canonical_of(e["event_id"])}
                                for e in store.events(article_id=aid)]
    finally:
        attach.pair_features = original
    return out


def pairs_of(name: str, out: Path, features: Sequence[str] = FEATURES
             ) -> tuple[np.ndarray, np.ndarray, list[dict[str, Any]]]:
    """The compared pairs of an attach with the shipped lexical model (with
    the ``near`` features, pairs dated a day apart are compared too)."""
    from eventwire.corpus import pairwise
    from eventwire.corpus.attach import NEAR_DAYS

    log: list[tuple[str, str, dict[str, float]]] = []
    model = pairwise.load("stored_lexical")
    near = NEAR_DAYS if "near" in features else 0
    events = attach_with(out / f"{name}.db", model, model.threshold("stored"), log, near)
    rows = mentions(name, gold_records(name), events)
    gold_of: dict[str, str] = {}
    for m in rows:
        if m["event"] is not None:
            gold_of.setdefault(m["event"]["event_id"], m["gold"])
    x, y = [], []
    for a, b, feats in log:
        if a in gold_of and b in gold_of:
            x.append(feats)
            y.append(gold_of[a] == gold_of[b])
    matrix = np.array([[_value(f, n) for n in features] for f in x]) if x else \
        np.zeros((0, len(features)))
    return matrix, np.array(y, dtype=bool), rows


def _value(feats: dict[str, float], name: str) -> float:
    out = 1.0
    for part in name.split("*"):
        out *= feats.get(part, 0.0)
    return out


def fit(x: np.ndarray, y: np.ndarray) -> tuple[Any, float]:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    p = clf.predict_proba(x)[:, 1]
    best = max(THRESHOLDS, key=lambda t: _f1(p >= t, y))
    return clf, best


def _f1(pred: np.ndarray, y: np.ndarray) -> float:
    tp = float((pred & y).sum())
    return 2 * tp / max(float(pred.sum() + y.sum()), 1.0)


def model_of(clf: Any, threshold: float, features: Sequence[str] = FEATURES) -> Any:
    from eventwire.corpus.pairwise import PairModel

    return PairModel("stored_records", tuple(features),
                     np.array(clf.coef_[0], dtype=np.float64),
                     float(clf.intercept_[0]), {"stored": threshold})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--no-folds", action="store_true", help="only refit and write")
    ap.add_argument("--features", choices=("base", "near"), default="near",
                    help="base: dedup41's features; near: plus the day-apart ones (dedup42)")
    ap.add_argument("--sets", default=None, help="comma-separated subset of SETS")
    args = ap.parse_args()
    features = NEAR_FEATURES if args.features == "near" else FEATURES
    sets = tuple(s for s in SETS if args.sets is None or s in args.sets.split(","))
    data = {name: pairs_of(name, args.out, features) for name in sets}
    folds = [] if args.no_folds else [sets[0::2], sets[1::2]]
    held: list[dict[str, Any]] = []
    system: dict[str, str] = {}
    for k, test in enumerate(folds):
        train = [s for s in sets if s not in test]
        clf, threshold = fit(np.vstack([data[s][0] for s in train]),
                             np.concatenate([data[s][1] for s in train]))
        print(f"fold {k}: threshold {threshold}; coef "
              + ", ".join(f"{n} {w:.2f}" for n, w in zip(features, clf.coef_[0], strict=True))
              + f", intercept {clf.intercept_[0]:.2f}", flush=True)
        model = model_of(clf, threshold, features)
        for name in test:
            events = attach_with(args.out / f"{name}.db", model, threshold)
            for evs in events.values():
                for e in evs:
                    system[e["event_id"]] = f"{name}:{e['canonical_id']}"
            rows = mentions(name, gold_records(name), events)
            print(f"  {name:7} {fmt(conll_rows(rows, system))}", flush=True)
            held += rows
    for subset, keep in (("all", lambda m: True), ("real", lambda m: m["real"]),
                         ("own", lambda m: not m["real"])):
        rows = [m for m in held if keep(m)]
        if not rows:
            continue
        print(f"held out, {subset}: {fmt(conll_rows(rows, system))}")
    if args.write:
        clf, threshold = fit(np.vstack([data[s][0] for s in sets]),
                             np.concatenate([data[s][1] for s in sets]))
        path = ROOT / "eventwire" / "data" / "dedup" / "pairwise.json"
        spec = json.loads(path.read_text(encoding="utf-8"))
        spec["stored_records"] = {
            "features": list(features), "coef": [round(float(w), 6) for w in clf.coef_[0]],
            "intercept": round(float(clf.intercept_[0]), 6),
            "trained_on": f"stored events of the {len(sets)} development record sets "
                          "(tools/train_stored_records.py)",
            "thresholds": {"stored": threshold}}
        path.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
        print(f"written: stored_records, threshold {threshold}; coef "
              + ", ".join(f"{n} {w:.2f}" for n, w in zip(features, clf.coef_[0], strict=True))
              + f", intercept {clf.intercept_[0]:.2f}")


if __name__ == "__main__":
    main()
