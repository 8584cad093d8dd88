"""Train the toponym candidate ranker (``eventwire/data/geo/ranker.json``).

    python tools/train_geo_ranker.py [--geovirus ../shared/data/geo/geovirus.jsonl]

Training pool: eventwire's own sets (``tests/data/geo_dev.jsonl`` and the
US-local-news-like ``tests/data/geo_local_train.jsonl``; never
``geo_local_dev.jsonl``, which measures that condition) plus the
EVEN-numbered half of GeoVirus (read from ../shared at training time, never
copied); the ODD half is held out and only scored. Examples: for every gold
toponym that eventwire detects (overlapping mention) and whose candidates
include the right place, each candidate is a row labelled 1 if it is the
gold place (same GeoNames id; for GeoVirus, which has no ids, the candidate
nearest the gold point if within 161 km) else 0. A conditional logit
(softmax over each mention's candidates, L2, scipy's L-BFGS); C chosen by
5-fold cross-validation
over documents of the pool, scored as how often the top-ranked candidate is the gold one;
two rounds (the second pass's context features depend on the first pass's
picks). Prints the cross-validated and held-out figures beside the
most-populous candidate on the same mentions, and stores them in the JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.eval.geo import haversine_km
from eventwire.paths import REPO_DIR
from eventwire.stages.geo import resolve as res
from eventwire.stages.geo.candidate_features import FEATURES
from eventwire.stages.geo.component import adjacency, seed_countries
from eventwire.stages.geo.recognize import find_mentions

Group = tuple[str, list[list[float]], list[float], int]  # doc, X, km errors, baseline's pick
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)


def parse(records: Sequence[dict[str, Any]]) -> list[Any]:
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(components=("eventwire_actors",))
    arts = [Article(text=r["text"], id=str(r["doc_id"])) for r in records]
    return [doc for _a, doc, _r in pipe.docs(arts)]


def groups(records: Sequence[dict[str, Any]], docs: Sequence[Any]) -> list[Group]:
    out: list[Group] = []
    for record, doc in zip(records, docs, strict=True):
        mentions = find_mentions(doc)
        table = res.candidate_table(mentions, seed_countries(doc), adjacency(doc, mentions))
        for gold in record["toponyms"]:
            for m, rows in zip(mentions, table, strict=True):
                span = doc[m.start:m.end]
                if span.end_char <= gold["start"] or span.start_char >= gold["end"] or not rows:
                    continue
                errors = [0.0 if gold.get("geonameid") == c.geonameid else
                          haversine_km(gold["lat"], gold["lon"], c.lat, c.lon) for c, _ in rows]
                base = res.most_populous([c for c, _ in rows])
                out.append((record["doc_id"], [x for _, x in rows], errors,
                            next(i for i, (c, _) in enumerate(rows) if c is base)))
                break
    return out


def labels(g: Group) -> list[int]:
    best = min(range(len(g[2])), key=lambda i: g[2][i])
    return [int(i == best and g[2][i] <= 161) for i in range(len(g[2]))]


def _argmax(g: Group, coef: Sequence[float], bias: float) -> int:
    scores = [bias + sum(w * v for w, v in zip(coef, x, strict=True)) for x in g[1]]
    return max(range(len(scores)), key=scores.__getitem__)


def top1(gs: Sequence[Group], coef: Sequence[float], bias: float) -> float:
    """Accuracy@161 km of the top-ranked candidate."""
    return sum(g[2][_argmax(g, coef, bias)] <= 161 for g in gs) / len(gs) if gs else 0.0


def exact(gs: Sequence[Group], coef: Sequence[float], bias: float) -> float:
    """How often the top-ranked candidate is the gold one (same id, or for
    GeoVirus the nearest within 161 km): separates Mosul the city from
    Mosul the district, which accuracy@161 km does not."""
    return sum(labels(g)[_argmax(g, coef, bias)] for g in gs) / len(gs) if gs else 0.0


def most_populous(gs: Sequence[Group]) -> float:
    return sum(g[2][g[3]] <= 161 for g in gs) / len(gs) if gs else 0.0


def fit(gs: Sequence[Group], c: float) -> tuple[list[float], float]:
    """Conditional logit (a softmax over each mention's candidates, L2 with
    strength 1/C): the likelihood of the right candidate among its rivals,
    so a rare but decisive feature ("Springfield, Illinois") keeps its weight."""
    import numpy as np
    from scipy.optimize import minimize

    data = [(np.asarray(g[1], dtype=float), labels(g).index(1)) for g in gs if any(labels(g))]

    def loss(w: Any) -> tuple[float, Any]:
        total, grad = 0.5 / c * float(w @ w), w / c
        for x, y in data:
            s = x @ w
            s -= s.max()
            p = np.exp(s) / np.exp(s).sum()
            total -= float(s[y] - np.log(np.exp(s).sum()))
            grad = grad + x.T @ p - x[y]
        return total, grad

    w0 = np.zeros(len(data[0][0][0]))
    result = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return [float(v) for v in result.x], 0.0


def cross_validate(gs: Sequence[Group], c: float, k: int = 5) -> tuple[float, float]:
    """(exact choice, accuracy@161) over k folds of documents."""
    docs = sorted({g[0] for g in gs})
    folds = [set(docs[i::k]) for i in range(k)]
    hits = [0.0, 0.0]
    for fold in folds:
        coef, bias = fit([g for g in gs if g[0] not in fold], c)
        test = [g for g in gs if g[0] in fold]
        hits[0] += exact(test, coef, bias) * len(test)
        hits[1] += top1(test, coef, bias) * len(test)
    return hits[0] / len(gs), hits[1] / len(gs)


def main(geovirus: Path) -> None:
    own = [json.loads(x) for name in ("geo_dev.jsonl", "geo_local_train.jsonl")
           for x in open(REPO_DIR / "tests/data" / name, encoding="utf-8")]
    virus = [json.loads(x) for x in open(geovirus, encoding="utf-8")]
    train_recs, held_recs = own + virus[0::2], virus[1::2]
    train_docs, held_docs = parse(train_recs), parse(held_recs)
    report: dict[str, Any] = {}
    for round_ in (1, 2):
        train, held = groups(train_recs, train_docs), groups(held_recs, held_docs)
        cv = {c: cross_validate(train, c) for c in C_GRID}
        best_c = max(cv, key=lambda c: cv[c])
        coef, bias = fit(train, best_c)
        report = {"round": round_, "C": best_c, "cv_exact": round(cv[best_c][0], 4),
                  "cv_top1_acc161": round(cv[best_c][1], 4),
                  "cv_exact_by_C": {str(c): round(v[0], 4) for c, v in cv.items()},
                  "cv_most_populous": round(most_populous(train), 4),
                  "heldout_exact": round(exact(held, coef, bias), 4),
                  "heldout_top1_acc161": round(top1(held, coef, bias), 4),
                  "heldout_most_populous": round(most_populous(held), 4),
                  "train_mentions": len(train), "heldout_mentions": len(held)}
        print(json.dumps(report), file=sys.stderr)
        res.RANKER_PATH.parent.mkdir(parents=True, exist_ok=True)
        res.RANKER_PATH.write_text(json.dumps(
            {"features": list(FEATURES), "coef": [round(w, 5) for w in coef],
             "intercept": round(bias, 5), "trained_on": "tests/data/geo_dev.jsonl + "
             "geo_local_train.jsonl + GeoVirus even-numbered articles (held out: "
             "odd-numbered)", **report}, indent=1) + "\n",
            encoding="utf-8")
        res.ranker.cache_clear()
    print(json.dumps(report))
    assert not math.isnan(report["cv_exact"])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--geovirus", type=Path, default=Path("../shared/data/geo/geovirus.jsonl"))
    main(ap.parse_args().geovirus)
