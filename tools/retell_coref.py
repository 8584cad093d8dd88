"""Out-of-fold coreference candidates for the place chooser (retell12).

``tools/train_place_chooser.py`` rows carry, per event, its antecedent
pairs (``place_retell.antecedents``) with the gold label "same cluster".
``add_coref`` fits the pair model on some sets and gives other rows the
``coref`` candidate (the best antecedent's place, its probability
bucketed) and/or the probability on the ``prev_event`` candidate.
"""

from __future__ import annotations

import math
from typing import Any

MODES = ("none", "cand", "prev", "both")


LABEL = "label"  # what the pair model learns: "label" (same gold cluster) or "right"
ALL_FEATS = False  # the coref candidate carries every pair feature, not only a few


def fit_pairs(rows: list[dict[str, Any]], c: float) -> dict[str, float]:
    """The pair model: P(the two mentions are one gold event)."""
    from tools.train_place_chooser import fit_binary

    pairs = [p for r in rows for p in r.get("pairs", [])]
    return fit_binary([p["feats"] for p in pairs], [bool(p[LABEL]) for p in pairs], c)


def prob(w: dict[str, float], feats: list[str]) -> float:
    z = w.get("", 0.0) + sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-z))


def with_coref(r: dict[str, Any], w: dict[str, float], mode: str) -> dict[str, Any]:
    """Row ``r`` with the coreference signal added to its candidates."""
    from eventwire.stages.geo.place_retell import probability_bucket

    if mode == "none":
        return r
    pairs = r.get("pairs", [])
    ps = [prob(w, p["feats"]) for p in pairs]
    cands = [dict(c) for c in r["cands"]]
    if mode in ("prev", "both"):
        pp = next((q for p, q in zip(pairs, ps, strict=True) if p["prev"]), None)
        b = "nopair" if pp is None else probability_bucket(pp)
        for c in cands:
            if c["kind"] == "prev_event":
                c["feats"] = [*c["feats"], f"prev_event|coref={b}"]
    if mode in ("cand", "both") and pairs:
        k = max(range(len(ps)), key=lambda i: ps[i])
        best, b = pairs[k], probability_bucket(ps[k])
        cands.append({"kind": "coref", "text": None, "right": best["right"],
                      "feats": ["kind=coref", "any|rule=False", f"coref|{b}",
                                f"coref|rule_point={best['rule_point']}",
                                f"coref|prev={best['prev']}",
                                *(f"coref|{b}&{f}" for f in best["feats"]
                                  if f.startswith(("places_here", "own_date"))),
                                *(f"coref|{f}" for f in best["feats"] if ALL_FEATS)]})
    return dict(r, cands=cands)


def add_coref(train: list[dict[str, Any]], test: list[dict[str, Any]], mode: str,
              c: float) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Train rows get their signal from pair models fitted without their
    own set (cross-fitted), test rows from one fitted on all of train."""
    if mode == "none":
        return train, test
    sets = sorted({r["set"] for r in train})
    inner = {s: fit_pairs([r for r in train if r["set"] != s], c) for s in sets}
    w = fit_pairs(train, c)
    return ([with_coref(r, inner[r["set"]], mode) for r in train],
            [with_coref(r, w, mode) for r in test])
