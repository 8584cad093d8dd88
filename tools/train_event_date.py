"""Learn the event-date choice (eventwire/stages/time/date_evidence.py) leave-one-set-out.
The rows (``dump``, ``regold``) are built by ``tools/event_date_rows.py``.

    python tools/train_event_date.py dump tests/data/records/rec_{a,b,c,d,e,f,g,h}.jsonl \
        --out build/event_date_rows.json
    python tools/train_event_date.py loso build/event_date_rows.json [--kind tree] \
        [--labelling stay all] [--c ...] [--drop - conj] [--real-weight W]
    python tools/train_event_date.py regold build/event_date_rows.json \
        tests/data/records/rec_{a,b,c,d,e,f,g,h,i,j,k}.jsonl --out build/rows_new.json
    python tools/train_event_date.py nested build/event_date_rows.json --kind linear|tree
    python tools/train_event_date.py write build/event_date_rows.json --labelling all \
        --c 0.03 --margin 1.0 [--out build/event_date.json]

``dump`` runs the pipeline (rules as on main) over every article of the
record sets, matches events to gold as ``eventwire eval records`` does, and
keeps for each matched event the candidates of :mod:`decision`, which of
them give the gold date (value + granularity, ``date_right``) and the
features, both as ``date_ranking.rerank_events`` computed them at run time
(``date_ranking.RECORDERS``, refit_dp29: the time rules after the ranker
move ``event.time``, so features rebuilt after the pipeline were skewed).
``current`` is the date the ranker reviews, not the final one: the share of
examples whose ``current`` is right is a little below the ``date`` figure of
``eventwire eval records`` (the later rules still correct some dates).

``loso`` scores each variant (feature groups x labelling x C) with every set
held out in turn (fit on the other seven), against the rules (``current``),
per set and on the real-outlet articles (source ecbplus:/geovirus:/meantime:).
``nested`` chooses the variant inside each fold (the honest figure for
"take the best variant"). ``write`` fits a variant on all sets and writes
its weights to ``--out`` (not on the path: see
:mod:`eventwire.stages.time.date_evidence`). Branch dates7 figures, read off
``build/event_date_rows.json`` of main 7186597: docs/BENCHMARKS.md "dates7".
Deterministic: lbfgs, no sampling.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.stages.time.date_evidence import CHOICES
from tools.event_date_rows import Example, dump, regold

C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
# feature groups a variant may leave out (prefixes of feature names)
GROUPS: dict[str, tuple[str, ...]] = {
    "relation": ("sent_date",),
    "conj": ("&anchor",),
    "doc": ("doc_first", "doc_day", "doc_sents"),
    "new": ("type=", "paragraph", "clause", "lead", "headline", "dateline=", "dateline_",
            "sentence_gran", "sentence_rel", "timeline_gran", "timeline_rel"),
    "undated": ("tag=", "host_tag", "present_perfect", "past_perfect", "passive",
                "progressive", "modal", "in_quote", "speech", "is_speech", "sent<", "sent>",
                "title_line", "background_cue", "news_cue", "in_relative", "root",
                "state_verb", "timeline_", "no_timeline", "doc_dates", "dateline_pub",
                "past_", "verbal_", "act="),
}


def _keep(name: str, drop: tuple[str, ...]) -> bool:
    return not any(p in name if p.startswith("&") else name.startswith(p)
                   for g in drop for p in GROUPS[g])


def _labels(ex: Example, labelling: str) -> list[str]:
    """The choices an example teaches: every right one (``all``), or the
    rules' own when it is right and the right others only when it is not
    (``stay``: the model learns when to leave the rules)."""
    right = [c for c in CHOICES if ex["right"][c]]
    if labelling == "stay" and ex["right"]["current"]:
        return ["current"]
    return right


class Matrix:
    """The examples as one sparse matrix (vocabulary of all features), the
    candidates' availability and rightness as arrays: a fold is a row
    mask, a feature group a column mask."""

    def __init__(self, examples: list[Example]) -> None:
        import numpy as np
        from scipy.sparse import csr_matrix

        self.vocab = sorted({k for ex in examples for k in ex["features"]})
        index = {k: i for i, k in enumerate(self.vocab)}
        rows, cols, vals = [], [], []
        for r, ex in enumerate(examples):
            for k, v in ex["features"].items():
                rows.append(r)
                cols.append(index[k])
                vals.append(v)
        self.x = csr_matrix((vals, (rows, cols)), shape=(len(examples), len(self.vocab)))
        self.offered = np.array([[ex["cands"][c] is not None for c in CHOICES]
                                 for ex in examples])
        self.right = np.array([[ex["right"][c] for c in CHOICES] for ex in examples])
        self.sets = np.array([ex["set"] for ex in examples])
        self.real = np.array([ex["real"] for ex in examples])
        self.examples = examples

    def columns(self, drop: tuple[str, ...]) -> Any:
        import numpy as np
        return np.array([_keep(k, drop) for k in self.vocab])


def _weighted(m: Matrix, rows: Any, labelling: str, real_weight: float
              ) -> tuple[list[int], list[int], list[float]]:
    """The training rows of both learners: per chosen example, one row per
    choice it teaches (weight 1/n), a real outlet's weighing ``real_weight``."""
    import numpy as np

    idx: list[int] = []
    labels: list[int] = []
    weights: list[float] = []
    for r in np.flatnonzero(rows):
        right = _labels(m.examples[r], labelling)
        for choice in right:
            idx.append(int(r))
            labels.append(CHOICES.index(choice))
            weights.append((real_weight if m.real[r] else 1.0) / len(right))
    return idx, labels, weights


def fit(m: Matrix, rows: Any, cols: Any, c: float, labelling: str,
        real_weight: float = 1.0) -> Any:
    """Multinomial logistic regression on the chosen rows and columns; an
    example teaching several choices counts once for each, weight 1/n; an
    example from a real outlet's article weighs ``real_weight`` (the text
    the project is judged on; own texts outnumber it four to one).
    Returns the coefficient matrix (choices x all vocabulary columns)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    idx, labels, weights = _weighted(m, rows, labelling, real_weight)
    x = m.x[idx][:, np.flatnonzero(cols)]
    clf = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
    clf.fit(x, labels, sample_weight=np.array(weights))
    coef = np.zeros((len(CHOICES), len(m.vocab)))
    for i, cls in enumerate(clf.classes_):
        coef[cls, np.flatnonzero(cols)] = clf.coef_[i] if len(clf.classes_) > 2 else \
            (clf.coef_[0] if i == 1 else -clf.coef_[0])
    return coef


def fit_tree(m: Matrix, rows: Any, cols: Any, depth: float, labelling: str,
             real_weight: float = 1.0) -> Any:
    """A shallow decision tree (``depth`` levels, leaves of at least 30
    examples) on the same rows; returns a scorer: rows -> class probabilities."""
    import numpy as np
    from sklearn.tree import DecisionTreeClassifier

    idx, labels, weights = _weighted(m, rows, labelling, real_weight)
    keep = np.flatnonzero(cols)
    tree = DecisionTreeClassifier(max_depth=int(depth), min_samples_leaf=30, random_state=0)
    tree.fit(m.x[idx][:, keep], labels, sample_weight=np.array(weights))

    def score(x: Any) -> Any:
        out = np.zeros((x.shape[0], len(CHOICES)))
        out[:, tree.classes_] = tree.predict_proba(x[:, keep])
        return out
    return score


def picks(m: Matrix, rows: Any, coef: Any, margin: float) -> Any:
    """The chosen candidate per row, as :func:`decision.choose` picks it
    (``coef``: a linear model's coefficients or a tree's scorer)."""
    import numpy as np
    x = m.x[np.flatnonzero(rows)]
    scores = coef(x) if callable(coef) else np.asarray(x @ coef.T)
    scores[~m.offered[rows]] = -np.inf
    alt = scores[:, 1:].argmax(axis=1) + 1
    leave = scores[np.arange(len(alt)), alt] > scores[:, 0] + margin
    return np.where(leave, alt, 0)


def loso(m: Matrix, drop: tuple[str, ...], labelling: str, c: float,
         margins: tuple[float, ...], real_weight: float = 1.0, kind: str = "linear"
         ) -> dict[float, dict[str, list[int]]]:
    """Per margin, per held-out set (and ``real``): [rules right, model right, n]."""
    import numpy as np
    cols = m.columns(drop)
    out: dict[float, dict[str, list[int]]] = {mg: defaultdict(lambda: [0, 0, 0])
                                              for mg in margins}
    fittable = m.right.any(axis=1)
    for held in sorted(set(m.sets.tolist())):
        test = m.sets == held
        coef = (fit if kind == "linear" else fit_tree)(m, (~test) & fittable, cols, c,
                                                       labelling, real_weight)
        idx = np.flatnonzero(test)
        for mg in margins:
            chosen = picks(m, test, coef, mg)
            model_right = m.right[idx, chosen]
            rules_right = m.right[idx, 0]
            for key, sel in ((held, np.ones(len(idx), bool)), ("real", m.real[idx])):
                row = out[mg][key]
                row[0] += int(rules_right[sel].sum())
                row[1] += int(model_right[sel].sum())
                row[2] += int(sel.sum())
    return out


def _summary(table: dict[str, list[int]]) -> tuple[float, float, int, int]:
    sets = [k for k in table if k != "real"]
    mean = sum((table[k][1] - table[k][0]) / table[k][2] for k in sets) / len(sets)
    real = (table["real"][1] - table["real"][0]) / table["real"][2] if table["real"][2] else 0.0
    return mean, real, sum(table[k][1] < table[k][0] for k in sets), \
        sum(table[k][1] > table[k][0] for k in sets)


DROPS: tuple[tuple[str, ...], ...] = ((), ("conj",), ("undated",), ("conj", "undated"))
MARGINS = (0.0, 0.5, 1.0, 2.0)
TREE_MARGINS = (0.0, 0.1, 0.2, 0.4)  # in probability


def nested(m: Matrix, kind: str, labellings: tuple[str, ...], grid: tuple[float, ...],
           drop: tuple[str, ...] = (), real_weight: float = 1.0) -> dict[str, list[int]]:
    """Leave-one-set-out with the variant chosen inside: for each held-out
    set, the labelling, C (or depth) and margin with the best mean per-set
    gain leave-one-set-out over the other seven, refit on those seven; the
    held-out set is scored once. The honest figure for "pick the best
    variant" (the best cell of the flat ``loso`` table is chosen on the
    sets it is scored on)."""
    import numpy as np
    margins = MARGINS if kind == "linear" else TREE_MARGINS
    learn = fit if kind == "linear" else fit_tree
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    cols = m.columns(drop)
    fittable = m.right.any(axis=1)
    for held in sorted(set(m.sets.tolist())):
        rest = m.sets != held
        inner = Matrix.__new__(Matrix)
        sel = np.flatnonzero(rest)
        inner.vocab, inner.x = m.vocab, m.x[sel]
        inner.offered, inner.right = m.offered[sel], m.right[sel]
        inner.sets, inner.real = m.sets[sel], m.real[sel]
        inner.examples = [m.examples[i] for i in sel]
        best = max(((_summary(t)[0], lab, c, mg)
                    for lab in labellings for c in grid
                    for mg, t in loso(inner, drop, lab, c, margins, real_weight, kind).items()),
                   key=lambda r: r[0])
        model = learn(m, rest & fittable, cols, best[2], best[1], real_weight)
        test = m.sets == held
        idx = np.flatnonzero(test)
        chosen = picks(m, test, model, best[3])
        print(f"{held}: chose {best[1:]} (inner mean {best[0]:+.4f})", flush=True)
        for key, mask in ((held, np.ones(len(idx), bool)), ("real", m.real[idx])):
            row = out[key]
            row[0] += int(m.right[idx, 0][mask].sum())
            row[1] += int(m.right[idx, chosen][mask].sum())
            row[2] += int(mask.sum())
    return dict(out)


def print_table(table: dict[str, list[int]]) -> None:
    print(f"{'held out':10}{'n':>6}{'rules':>8}{'model':>8}{'won-lost':>10}")
    for key in sorted(table, key=lambda k: (k == "real", k)):
        r, mo, n = table[key]
        print(f"{key:10}{n:6}{r / n:8.3f}{mo / n:8.3f}{mo - r:>+10d}")


def search(m: Matrix, labellings: tuple[str, ...], real_weight: float,
           drops: tuple[tuple[str, ...], ...] = DROPS,
           grid: tuple[float, ...] = C_GRID, kind: str = "linear") -> tuple[Any, ...]:
    """Every variant leave-one-set-out; the best by mean per-set gain, then
    the real-outlet gain."""
    results = []
    for drop in drops:
        for labelling in labellings:
            for c in grid:
                margins = MARGINS if kind == "linear" else TREE_MARGINS
                for mg, table in loso(m, drop, labelling, c, margins, real_weight,
                                      kind).items():
                    mean, real, lost, won = _summary(table)
                    results.append((mean, real, lost, won, (drop, labelling, c, mg), table))
                    print(f"{'+'.join(drop) or '-':16}{labelling:>6}{c:>6}{mg:>5}"
                          f"{real_weight:>4} "
                          f"mean {mean:+.4f} real {real:+.4f} sets won {won} lost {lost}",
                          flush=True)
    return max(results, key=lambda r: (r[0], r[1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("paths", type=Path, nargs="+")
    d.add_argument("--out", type=Path, required=True)
    rg = sub.add_parser("regold")
    rg.add_argument("rows", type=Path)
    rg.add_argument("paths", type=Path, nargs="+")
    rg.add_argument("--out", type=Path, required=True)
    lo = sub.add_parser("loso")
    lo.add_argument("rows", type=Path)
    lo.add_argument("--labelling", nargs="+", default=["stay", "all"])
    lo.add_argument("--real-weight", type=float, default=1.0)
    lo.add_argument("--kind", choices=("linear", "tree"), default="linear",
                    help="tree: --c is the depth")
    lo.add_argument("--c", type=float, nargs="+", default=list(C_GRID))
    lo.add_argument("--drop", nargs="+", default=["-", "conj", "undated", "conj+undated"],
                    help="feature groups left out, '+'-joined; '-' = none")
    ne = sub.add_parser("nested")
    ne.add_argument("rows", type=Path)
    ne.add_argument("--kind", choices=("linear", "tree"), default="linear")
    ne.add_argument("--labelling", nargs="+", default=["stay", "all"])
    ne.add_argument("--c", type=float, nargs="+", default=[0.03, 0.1, 0.3])
    ne.add_argument("--drop", nargs="*", default=[], help="feature groups left out")
    w = sub.add_parser("write")
    w.add_argument("rows", type=Path)
    w.add_argument("--drop", nargs="*", default=[])
    w.add_argument("--labelling", default="stay")
    w.add_argument("--c", type=float, default=0.1)
    w.add_argument("--margin", type=float, default=0.0)
    w.add_argument("--real-weight", type=float, default=1.0)
    w.add_argument("--out", type=Path, default=Path("build/event_date.json"),
                   help="not on the path (dates7; its path code was removed in dates14)")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.paths, args.out)
        return 0
    if args.cmd == "regold":
        regold(args.rows, args.paths, args.out)
        return 0
    m = Matrix(json.loads(args.rows.read_text(encoding="utf-8")))
    if args.cmd == "loso":
        drops = tuple(tuple(g for g in d.split("+") if g != "-") for d in args.drop)
        best = search(m, tuple(args.labelling), args.real_weight, drops, tuple(args.c),
                      args.kind)
        print("best:", best[4])
        print_table(best[5])
        return 0
    if args.cmd == "nested":
        print_table(nested(m, args.kind, tuple(args.labelling), tuple(args.c),
                           tuple(args.drop)))
        return 0
    drop = tuple(args.drop)
    print_table(loso(m, drop, args.labelling, args.c, (args.margin,),
                     args.real_weight)[args.margin])
    coef = fit(m, m.right.any(axis=1), m.columns(drop), args.c, args.labelling,
               args.real_weight)
    model = {"C": args.c, "drop": list(drop), "labelling": args.labelling,
             "margin": args.margin, "real_weight": args.real_weight,
             "classes": list(CHOICES),
             "weights": {cls: {k: round(float(w), 5) for k, w in zip(m.vocab, coef[i],
                                                                      strict=True)
                               if abs(w) > 1e-6} for i, cls in enumerate(CHOICES)},
             "source": "record sets " + ", ".join(sorted(set(m.sets.tolist()))) +
             " (all articles, matched events); tools/train_event_date.py"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (not on the path: the per-candidate chooser was never wired in)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
