"""Joint nested choice of (speech shift, threshold[, weak-link ratio]) for the
ECB+ cross-document clustering, on cached out-of-fold probabilities.

Why: dedup20 chose the speech-act shift on the pooled folds and only the
threshold inside each fold; an honest figure chooses both on the four other
folds and scores the held-out one. Per-topic tallies
(:func:`eventwire.eval.coref.tally`) make that cheap: every topic is scored
once per candidate, a fold union is a sum.

Inputs are dedup15's caches (``tools/train_dedup.py`` preparations pickled):
``--prep`` (``ecbplus.prepare(..., embed=True)``), ``--probs`` (out-of-fold
probability matrices of the train topics, and the dev topics', as a tuple
whose first two items are those lists), optional ``--ship`` (the shipped
model's dev matrices and MEANTIME matrix) with ``--mt`` (MEANTIME
preparation). Folds: topic *i* of the sorted train ids in fold *i* mod 5.
The ECB+ test topics are never read.

    PYTHONPATH=. python tools/nested_shift.py --shifts 0,0.1,0.2,0.3,0.4
"""

from __future__ import annotations

import argparse
import itertools
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.corpus.cluster import labels_at, merges
from eventwire.corpus.crossdoc import speech_lemmas, speech_shift
from eventwire.eval.coref import score_tally, tally

GRID = [0.1, 0.15, 0.175, 0.2, 0.225, 0.25, 0.3, 0.35, 0.4]
FOLDS = 5
Cand = tuple[float, float, float]  # shift, weak-link ratio, threshold


def isolate_weak(prob: np.ndarray, docs: list[str], ratio: float) -> np.ndarray:
    """Cut off a mention whose best link is below ``ratio`` × the median best
    link of its document's mentions (documents of 3+ mentions): the
    "singleton glued to a cluster" experiment. 0 leaves ``prob`` alone."""
    if ratio <= 0:
        return prob
    q = prob.copy()
    np.fill_diagonal(q, -1.0)
    best = q.max(axis=1)
    doc = np.array(docs, dtype=object)
    weak = np.zeros(len(docs), dtype=bool)
    for d in set(docs):
        ix = np.where(doc == d)[0]
        if len(ix) >= 3:
            weak[ix] = best[ix] < ratio * np.median(best[ix])
    q[weak, :] = 0.0
    q[:, weak] = 0.0
    return q


def cluster(probs: list[np.ndarray], topics: list[list[Any]], shift: float, ratio: float,
            grid: list[float]) -> dict[float, list[dict[str, str]]]:
    """threshold -> per topic, mention key -> cluster label."""
    speech = speech_lemmas()
    out: dict[float, list[dict[str, str]]] = {t: [] for t in grid}
    for p, ms in zip(probs, topics, strict=True):
        q = isolate_weak(p - speech_shift(ms, speech, shift), [m.doc_id for m in ms], ratio)
        path = merges(q, min(grid))
        for t in grid:
            out[t].append({m.key: str(lab) for m, lab in zip(ms, labels_at(len(ms), path, t),
                                                               strict=True)})
    return out


def tallies(gold: dict[str, str], scored: set[str], topics: list[list[Any]],
            pred: list[dict[str, str]]) -> np.ndarray:
    """One tally row per topic (scored mentions only)."""
    rows = []
    for ms, p in zip(topics, pred, strict=True):
        keys = [m.key for m in ms if m.key in scored]
        rows.append(tally({k: gold[k] for k in keys}, {k: p[k] for k in keys}))
    return np.array(rows)


def fmt(s: dict[str, dict[str, float]]) -> str:
    return (f"{s['muc']['f1']:.3f}/{s['b3']['f1']:.3f}/{s['ceaf_e']['f1']:.3f}/"
            f"{s['conll']['f1']:.4f}")


def nested(tab: dict[Cand, np.ndarray], cands: list[Cand]) -> tuple[str, dict[int, Cand]]:
    """Each fold scored with the candidate best on the other folds (ties to
    the first in sorted order): MUC/B³/CEAF-e/CoNLL and the choices."""
    n = len(next(iter(tab.values())))
    total = np.zeros_like(next(iter(tab.values()))[0])
    chosen: dict[int, Cand] = {}
    for f in range(FOLDS):
        rest = [i for i in range(n) if i % FOLDS != f]
        mine = [i for i in range(n) if i % FOLDS == f]
        chosen[f] = max(sorted(cands),
                        key=lambda c: score_tally(tab[c][rest].sum(0))["conll"]["f1"])
        total += tab[chosen[f]][mine].sum(0)
    return fmt(score_tally(total)), chosen


def by_topic(prep: Any, split: str) -> list[list[Any]]:
    return [ms for _, (_, ms) in sorted(prep.by_topic(split).items())]


def unseen(args: argparse.Namespace, prep: Any, dev_probs: list[np.ndarray],
           shifts: list[float], ratios: list[float]) -> None:
    """Dev (out-of-fold model) and, given ``--ship``/``--mt``, the shipped
    model on dev and MEANTIME, with the lemma baseline beside them."""
    gold, scored = prep.gold, set(prep.scored)
    dev = by_topic(prep, "dev")
    lemma = [{m.key: m.lemma for m in ms} for ms in dev]
    sets: list[tuple[str, Any, list[list[Any]], list[np.ndarray]]] = [
        ("dev", prep, dev, dev_probs)]
    if args.ship and args.mt:
        ship = pickle.loads(args.ship.read_bytes())
        mt = pickle.loads(args.mt.read_bytes())
        group = {d.doc_id: d.group for d in mt.docs}
        ix = [[i for i, m in enumerate(mt.mentions) if group[m.doc_id] == g]
              for g in sorted(set(group.values()))]
        sets += [("shipped dev", prep, dev, ship["dev"]),
                 ("shipped MEANTIME", mt, [[mt.mentions[i] for i in g] for g in ix],
                  [ship["mt"][np.ix_(g, g)] for g in ix])]
        mlemma = [{m.key: m.lemma for m in ms} for ms in sets[-1][2]]
        print("lemma baseline MEANTIME",
              fmt(score_tally(tallies(mt.gold, set(mt.scored), sets[-1][2], mlemma).sum(0))))
    print("lemma baseline dev", fmt(score_tally(tallies(gold, scored, dev, lemma).sum(0))))
    for s, r in itertools.product(shifts, ratios):
        for name, pr, topics, probs in sets:
            pred = cluster(probs, topics, s, r, GRID)
            row = [f"{t}: " + fmt(score_tally(
                tallies(pr.gold, set(pr.scored), topics, pred[t]).sum(0)))
                for t in (0.15, 0.175, 0.2, 0.225, 0.25)]
            print(f"shift {s} ratio {r} {name:16}", " | ".join(row), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prep", type=Path, default=Path("/tmp/dedup15/prep.pkl"))
    ap.add_argument("--probs", type=Path, default=Path("/tmp/dedup15/probs_nof.pkl"))
    ap.add_argument("--ship", type=Path)
    ap.add_argument("--mt", type=Path)
    ap.add_argument("--shifts", default="0,0.1,0.2,0.3,0.4")
    ap.add_argument("--ratios", default="0")
    args = ap.parse_args()
    shifts = [float(x) for x in args.shifts.split(",")]
    ratios = [float(x) for x in args.ratios.split(",")]
    prep = pickle.loads(args.prep.read_bytes())
    train_probs, dev_probs = pickle.loads(args.probs.read_bytes())[:2]
    train = by_topic(prep, "train")
    scored = {k for k in prep.scored if prep.split[k] == "train"}
    tab: dict[Cand, np.ndarray] = {}
    for s, r in itertools.product(shifts, ratios):
        pred = cluster(train_probs, train, s, r, GRID)
        for t in GRID:
            tab[(s, r, t)] = tallies(prep.gold, scored, train, pred[t])
    for s, r in itertools.product(shifts, ratios):
        curve = " ".join(f"{score_tally(tab[(s, r, t)].sum(0))['conll']['f1']:.4f}" for t in GRID)
        print(f"5-fold shift {s} ratio {r}: {curve}")
        print(f"  nested (threshold only): {nested(tab, [c for c in tab if c[:2] == (s, r)])}")
    print("JOINT nested (shift, ratio, threshold):", nested(tab, list(tab)))
    print("JOINT nested (shift, threshold), ratio 0:",
          nested(tab, [c for c in tab if c[1] == 0.0]))
    unseen(args, prep, dev_probs, shifts, ratios)


if __name__ == "__main__":
    main()
