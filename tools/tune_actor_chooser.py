"""Is the actor chooser a real gain? Its leave-one-set-out gain per held-out
set, and its regularisation, margin and class policy chosen by *nested*
leave-one-set-out (issue #12, actors12).

    PYTHONPATH=. python tools/train_actor_chooser.py collect --out /tmp/actor_options.json \
        tests/data/records/rec_{a,b,c,d,e,f,g,h,i,j,k,l}.jsonl
    PYTHONPATH=. python tools/tune_actor_chooser.py /tmp/actor_options.json \
        [--grid-c 0.1,0.3,1,3] [--grid-t 0,0.5,1,2]

Why: actors11 chose its decision classes by nested LOSO but fixed C = 1
and overruled the rules on any score margin; it won LOSO 0.801 -> 0.805
yet the blind rec_l actor fell (0.718 -> 0.706). This tool asks whether
the gain is above the sets' noise and whether a more conservative chooser
(stronger regularisation, a minimum margin over the rules' option, a
class allowed only when it wins on more inner sets than it loses) keeps
it. For every outer held-out set, the hyper-parameters are chosen on the
other sets only (their own inner LOSO, best inner accuracy; ties go to the
larger margin and the smaller C), then the model fitted on those sets
decides the held-out one.

Printed: per held-out set the rules, the shipped procedure (C = 1, margin
0, classes with a net inner gain), the nested ``net`` policy and the
nested ``consistent`` policy (a class allowed only with a net inner gain,
more inner sets won than lost, and at least two won); pooled, real-outlet
and own subsets; sets won / lost / tied against the rules, the mean and
spread of the per-set change, a two-sided sign test, and a paired
bootstrap over articles of the pooled and real change. ``--write`` stores
the model of a chosen policy trained on all sets (``--policy``, ``--c``,
``--t``).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
from collections import Counter
from math import comb
from pathlib import Path
from typing import Any

from train_actor_chooser import rule_index
from train_recipient_ranker import fit

from eventwire.stages.events import actor_chooser as ac

Row = dict[str, Any]
# (the rules' option, the chooser's option, its decision class, its score margin over the rules')
Pick = tuple[int, int, str, float]
POLICIES = ("net", "consistent")
VARIANTS = ("rules", "shipped", "net", "consistent")


def raw_picks(weights: dict[str, float], rows: list[Row]) -> list[Pick]:
    """The chooser's best option per row, the act's own doer kept."""
    out = []
    for r in rows:
        s = [ac.score(weights, f) for f in r["features"]]
        rule = rule_index(r)
        b = max(range(len(s)), key=s.__getitem__)
        if b == 0 and rule != 0 and r.get("protected"):
            b = rule
        out.append((rule, b, r["classes"][b], s[b] - s[rule]))
    return out


def decide(p: Pick, t: float, allowed: set[str]) -> int:
    rule, b, cls, margin = p
    return b if cls in allowed and margin >= t else rule


class Folds:
    """Fits cached by the sets left out (a fit without {a, b} serves the
    inner fold b of outer fold a and the inner fold a of outer fold b)."""

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.sets = sorted({r["set"] for r in rows})
        self._fits: dict[tuple[frozenset[str], float], dict[str, float]] = {}

    def weights(self, left_out: frozenset[str], c: float) -> dict[str, float]:
        key = (left_out, c)
        if key not in self._fits:
            self._fits[key] = fit([r for r in self.rows if r["set"] not in left_out], c)
        return self._fits[key]

    def of(self, name: str) -> list[Row]:
        return [r for r in self.rows if r["set"] == name]

    def inner(self, outer: str, c: float) -> list[tuple[Row, Pick]]:
        """Every training row of outer fold ``outer`` with its inner-LOSO pick."""
        out: list[tuple[Row, Pick]] = []
        for h in self.sets:
            if h != outer:
                test = self.of(h)
                out += zip(test, raw_picks(self.weights(frozenset({outer, h}), c), test),
                           strict=True)
        return out


def allowed_classes(pairs: list[tuple[Row, Pick]], t: float, policy: str) -> set[str]:
    """Classes that gain on these (inner) picks at margin ``t``."""
    net: Counter[str] = Counter()
    per_set: dict[str, Counter[str]] = {}
    for r, p in pairs:
        if p[2] == "keep" or p[3] < t:
            continue
        g = int(r["labels"][p[1]]) - int(r["labels"][p[0]])
        net[p[2]] += g
        per_set.setdefault(p[2], Counter())[r["set"]] += g
    out = set()
    for cls, v in net.items():
        won = sum(x > 0 for x in per_set[cls].values())
        lost = sum(x < 0 for x in per_set[cls].values())
        if v > 0 and (policy == "net" or won > lost and won >= 2):
            out.add(cls)
    return out


def choose(folds: Folds, outer: str, grid_c: list[float], grid_t: list[float],
           policy: str) -> tuple[float, float, set[str]]:
    """(C, margin, classes) with the best inner accuracy on the other sets."""
    best: tuple[tuple[int, float, float], float, float, set[str]] | None = None
    for c in grid_c:
        pairs = folds.inner(outer, c)
        for t in grid_t:
            allowed = allowed_classes(pairs, t, policy)
            acc = sum(int(r["labels"][decide(p, t, allowed)]) for r, p in pairs)
            key = (acc, t, -c)
            if best is None or key > best[0]:
                best = (key, c, t, allowed)
    assert best is not None
    return best[1], best[2], best[3]


def run(rows: list[Row], grid_c: list[float], grid_t: list[float]
        ) -> dict[str, dict[int, int]]:
    """Outer LOSO: row id -> right (0/1) per variant."""
    folds = Folds(rows)
    right: dict[str, dict[int, int]] = {v: {} for v in VARIANTS}
    for held in folds.sets:
        test = folds.of(held)
        setups = {"shipped": (1.0, 0.0, allowed_classes(folds.inner(held, 1.0), 0.0, "net"))}
        for pol in POLICIES:
            setups[pol] = choose(folds, held, grid_c, grid_t, pol)
        for v, (c, t, allowed) in setups.items():
            picks = raw_picks(folds.weights(frozenset({held}), c), test)
            for r, p in zip(test, picks, strict=True):
                right[v][id(r)] = int(r["labels"][decide(p, t, allowed)])
            if v != "shipped":
                print(f"  {held} {v}: C={c} margin={t} allowed={sorted(allowed)}", flush=True)
        for r in test:
            right["rules"][id(r)] = int(r["labels"][rule_index(r)])
    return right


def sign_test(won: int, lost: int) -> float:
    n = won + lost
    if n == 0:
        return 1.0
    k = min(won, lost)
    return min(1.0, 2 * sum(comb(n, i) for i in range(k + 1)) / 2 ** n)


def bootstrap(rows: list[Row], right: dict[str, dict[int, int]], v: str,
              n: int = 2000) -> tuple[float, float]:
    """95% interval of the change over the rules, resampling articles."""
    by_art: dict[str, list[int]] = {}
    for r in rows:
        by_art.setdefault(r["article"], []).append(right[v][id(r)] - right["rules"][id(r)])
    arts = list(by_art.values())
    rnd = random.Random(12)
    deltas = []
    for _ in range(n):
        sample = [arts[rnd.randrange(len(arts))] for _ in arts]
        tot = sum(len(a) for a in sample)
        deltas.append(sum(sum(a) for a in sample) / tot)
    deltas.sort()
    return deltas[int(0.025 * n)], deltas[int(0.975 * n)]


def report(rows: list[Row], right: dict[str, dict[int, int]]) -> None:
    groups: dict[str, list[Row]] = {}
    for r in rows:
        for g in (r["set"], "pooled", "real" if r["real"] else "own"):
            groups.setdefault(g, []).append(r)
    names = [*sorted(g for g in groups if g.startswith("rec_")), "pooled", "real", "own"]
    print(f"{'held out':8} {'n':>5} " + " ".join(f"{v:>10}" for v in VARIANTS))
    for g in names:
        rs = groups[g]
        print(f"{g:8} {len(rs):5d} " + " ".join(
            f"{sum(right[v][id(r)] for r in rs) / len(rs):10.4f}" for v in VARIANTS))
    sets = [g for g in names if g.startswith("rec_")]
    for v in VARIANTS[1:]:
        d = [sum(right[v][id(r)] - right["rules"][id(r)] for r in groups[s]) / len(groups[s])
             for s in sets]
        won, lost = sum(x > 0 for x in d), sum(x < 0 for x in d)
        lo, hi = bootstrap(rows, right, v)
        rlo, rhi = bootstrap(groups["real"], right, v)
        print(f"{v:10} sets won {won} lost {lost} tied {len(d) - won - lost}; per-set change "
              f"mean {statistics.mean(d):+.4f} sd {statistics.stdev(d):.4f}; sign test "
              f"p={sign_test(won, lost):.3f}; pooled 95% [{lo:+.4f}, {hi:+.4f}]; "
              f"real 95% [{rlo:+.4f}, {rhi:+.4f}]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("options", type=Path)
    ap.add_argument("--grid-c", default="0.1,0.3,1,3")
    ap.add_argument("--grid-t", default="0,0.5,1,2")
    args = ap.parse_args()
    rows = json.loads(args.options.read_text(encoding="utf-8"))
    grid_c = [float(x) for x in args.grid_c.split(",")]
    grid_t = [float(x) for x in args.grid_t.split(",")]
    report(rows, run(rows, grid_c, grid_t))


if __name__ == "__main__":
    main()
