"""Build the learned event -> place decision (eventwire/data/geo/event_place.json).

    python tools/event_place_rows.py build/place_rows.jsonl      # pipeline, once
    python tools/train_event_place.py build/place_rows.jsonl [--kfold-only] \
        [--variant NAME] [--extra build/place_rows_e.jsonl ...]

Model: a conditional logit over each matched event's candidates
(``eventwire.stages.geo.place_choice``: none, the sentence's toponyms, the
dateline, the previous sentence's last place); "none" scores 0, every other
candidate ``w . features``; the event takes the best. Fit by L-BFGS on the
log of the summed probability of the candidates that are right (within
161 km of the gold place, or none for a gold none), plus an L2 penalty
``1 / (2 C) |w|^2``; an event no candidate gets right is scored (wrong for
every system) but not fitted.

Selection: leave-one-set-out over rec_a..rec_f (all articles of each); C
from ``C_GRID`` by inner leave-one-set-out on the five training sets. Each
held-out set is scored for the learned model, the rules (what the pipeline
predicts today) and the no-place baseline. ``--variant`` drops feature
groups (``VARIANTS``). The final model is fit on all six sets with the C the
inner loop prefers on all of them; written unless ``--kfold-only``.
Deterministic.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from eventwire.stages.geo.place_choice import MODEL_PATH

C_GRID = (0.1, 0.3, 1.0)
SETS = [f"rec_{x}" for x in "abcdef"]
# feature groups a variant leaves out (prefix match on the feature name)
VARIANTS: dict[str, tuple[str, ...]] = {
    "all": (),
    "no_type": ("m:type=", "d:type=", "p:type="),
    "no_previous": ("p:",),
    "no_type_no_previous": ("m:type=", "d:type=", "p:type=", "p:"),
    "no_rules_basis": ("m:basis=",),
    "no_rule_pick": ("rule_pick",),
    "rule_pick_dateline": ("m:", "p:"),
}
Row = dict[str, Any]


def _keep(name: str, drop: tuple[str, ...]) -> bool:
    return not any(name.startswith(d) for d in drop)


class Data:
    """Rows as matrices: one (candidates x features) matrix per event."""

    def __init__(self, rows: list[Row], vocab: dict[str, int], drop: tuple[str, ...]) -> None:
        self.rows = rows
        self.mats, self.right = [], []
        for row in rows:
            cands = [c for c in with_rule_pick(row) if c["kind"] == "none" or
                     any(_keep(k, drop) for k in c["features"])]
            mat = np.zeros((len(cands), len(vocab)))
            for i, c in enumerate(cands):
                for k, v in c["features"].items():
                    if k in vocab and _keep(k, drop):
                        mat[i, vocab[k]] = v
            self.mats.append(mat)
            self.right.append(np.array([c["right"] for c in cands], dtype=bool))


def with_rule_pick(row: Row) -> list[Row]:
    """The row's candidates, the one the rules chose marked ``rule_pick``
    (``place_choice.rule_pick``: the same place with the same kind)."""
    rule = row["rule"] if row["rule"] and row["rule"]["basis"] != "focus" else None
    out = []
    for c in row["cands"]:
        p = c["place"]
        pick = (rule is None and p is None) or (
            rule is not None and p is not None and p["start"] == rule["start"]
            and (c["kind"] == "dateline") == (rule["basis"] == "dateline"))
        feats = {**c["features"], "rule_pick": 1.0} if pick and p is not None else \
            c["features"]
        out.append({**c, "features": feats})
    return out


def vocabulary(rows: list[Row], drop: tuple[str, ...]) -> dict[str, int]:
    names = sorted({k for r in rows for c in with_rule_pick(r) for k in c["features"]
                    if _keep(k, drop)})
    return {k: i for i, k in enumerate(names)}


def fit(data: Data, dim: int, c: float) -> np.ndarray:
    fitted = [(m, r) for m, r in zip(data.mats, data.right, strict=True) if r.any()]
    x = np.vstack([m for m, _ in fitted])
    right = np.concatenate([r for _, r in fitted]).astype(float)
    starts = np.cumsum([0] + [len(r) for _, r in fitted[:-1]])
    group = np.repeat(np.arange(len(fitted)), [len(r) for _, r in fitted])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        s = s - np.maximum.reduceat(s, starts)[group]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[group]
        q = p * right
        pr = np.add.reduceat(q, starts)
        total = 0.5 * w @ w / c - float(np.log(pr + 1e-300).sum())
        grad = w / c + (p - q / pr[group]) @ x
        return total, grad

    res = minimize(loss, np.zeros(dim), jac=True, method="L-BFGS-B",
                   options={"maxiter": 500})
    return np.asarray(res.x)


def accuracy(data: Data, w: np.ndarray) -> float:
    hits = [bool(r[int(np.argmax(m @ w))]) for m, r in zip(data.mats, data.right, strict=True)]
    return sum(hits) / max(1, len(hits))


def _subset(rows: list[Row], sets: list[str]) -> list[Row]:
    return [r for r in rows if r["set"] in sets]


def pick_c(rows: list[Row], sets: list[str], drop: tuple[str, ...]) -> float:
    """The C of ``C_GRID`` with the best mean inner leave-one-set-out accuracy."""
    vocab = vocabulary(_subset(rows, sets), drop)
    scores = defaultdict(list)
    for held in sets:
        train = Data(_subset(rows, [s for s in sets if s != held]), vocab, drop)
        test = Data(_subset(rows, [held]), vocab, drop)
        for c in C_GRID:
            scores[c].append(accuracy(test, fit(train, len(vocab), c)))
    return max(C_GRID, key=lambda c: (float(np.mean(scores[c])), -c))


Fold = tuple[str, int, float, float, float, float]


def loso(rows: list[Row], drop: tuple[str, ...]) -> list[Fold]:
    """Per held-out set: n, learned, rules, baseline, C."""
    out = []
    for held in SETS:
        train_sets = [s for s in SETS if s != held]
        c = pick_c(rows, train_sets, drop)
        vocab = vocabulary(_subset(rows, train_sets), drop)
        w = fit(Data(_subset(rows, train_sets), vocab, drop), len(vocab), c)
        test_rows = _subset(rows, [held])
        learned = accuracy(Data(test_rows, vocab, drop), w)
        rules = sum(r["rule_right"] for r in test_rows) / len(test_rows)
        base = sum(r["gold"] is None for r in test_rows) / len(test_rows)
        out.append((held, len(test_rows), learned, rules, base, c))
    return out


def train(rows: list[Row], drop: tuple[str, ...]) -> tuple[dict[str, float], float]:
    c = pick_c(rows, SETS, drop)
    vocab = vocabulary(rows, drop)
    w = fit(Data(rows, vocab, drop), len(vocab), c)
    return {k: round(float(w[i]), 4) for k, i in vocab.items() if abs(w[i]) >= 1e-4}, c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--variant", default="all", choices=sorted(VARIANTS))
    ap.add_argument("--kfold-only", action="store_true")
    ap.add_argument("--skip-kfold", action="store_true")
    ap.add_argument("--extra", nargs="*", default=[],
                    help="row files (other sets) the final model is scored on, not fit on")
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    rows = [r for r in rows if r["set"] in SETS]
    drop = VARIANTS[args.variant]
    table = [] if args.skip_kfold else loso(rows, drop)
    print(f"variant {args.variant}: held-out set | n | learned | rules | no place | C")
    for held, n, learned, rules, base, c in table:
        print(f"| {held} | {n} | {learned:.3f} | {rules:.3f} | {base:.3f} | {c} |")
    total = sum(t[1] for t in table)
    for i, name in ((2, "learned"), (3, "rules"), (4, "no place")) if table else ():
        micro = sum(t[1] * t[i] for t in table) / total
        macro = float(np.mean([t[i] for t in table]))
        print(f"{name}: micro {micro:.3f} macro {macro:.3f}")
    weights, c = train(rows, drop)
    vocab = {k: i for i, k in enumerate(sorted(weights))}
    w = np.array([weights[k] for k in sorted(weights)])
    for path in args.extra:
        extra = [json.loads(line) for line in open(path, encoding="utf-8")]
        rules = sum(r["rule_right"] for r in extra) / len(extra)
        base = sum(r["gold"] is None for r in extra) / len(extra)
        print(f"{path}: n {len(extra)} learned {accuracy(Data(extra, vocab, drop), w):.3f} "
              f"rules {rules:.3f} no place {base:.3f}")
    if not args.kfold_only:
        Path(MODEL_PATH).write_text(json.dumps(
            {"variant": args.variant, "C": c, "sets": SETS, "weights": weights},
            indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH} ({len(weights)} weights, C={c})")


if __name__ == "__main__":
    main()
