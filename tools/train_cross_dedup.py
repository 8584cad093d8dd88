"""Train and measure the late-interaction cross-encoder of dedup
(``tools/cross_encoder.py``) on the ECB+ *train* topics.

    PYTHONPATH=. python tools/train_cross_dedup.py ../shared/data/ecbplus/dev.jsonl \
        --cache /tmp/dedup29/prep.pkl --work /tmp/dedup29

Protocol (issue #16): the pairwise model's probabilities of the train
topics are out of fold (5 folds by topic, as ``tools/train_dedup.py``:
logistic and lemma prior fitted on the other folds; ``BASE``: the shipped
features without the fine-tuned trigger cosine); the dev topics get the fit
on all train topics. Pairs at or above ``--prune`` are the candidates. Per fold, the
cross-encoder is trained on the other folds' candidate pairs and scores the
fold's; a last fit on all train topics scores dev (weights written under
``--work``; nothing ships: docs/BENCHMARKS.md, dedup29). ``--residual``
trains the scorer on top of the pairwise logit (an offset). A stacker
(logistic on logit(p) and the cross logit; with ``--residual`` the logit is
an offset) is fitted on the other folds' out-of-fold candidates; then average link per
topic, speech pairs shifted, at every threshold: pooled and nested 5-fold
CoNLL over the train topics, dev CoNLL, both beside the pairwise model
alone and the lemma baseline, all in one run. ``--as-feature`` also refits
the pairwise logistic with the cross score as a feature (``train_dedup.
fit``: k-fold threshold, nested figure, dev). Caches go under ``--work``.
The test topics (36-45) are not in the data and are never used.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cross_encoder  # noqa: E402
import train_dedup as td  # noqa: E402
from finetune_dedup import mentions  # noqa: E402

from eventwire.corpus import embed, embed_tuned, lemma_prior, pairwise  # noqa: E402
from eventwire.corpus.cluster import labels_at, merges  # noqa: E402
from eventwire.eval.coref import score_all  # noqa: E402

GRID = td.GRID
# The pairwise model under the cross-encoder: the shipped features without the
# fine-tuned trigger cosine, whose out-of-fold vectors need six encoder fits
# (the cross-encoder reads the same layer's input, jointly).
BASE = [f for f in td.VARIANTS["embeddings"] if "ftrig" not in f]
Cands = dict[int, tuple[np.ndarray, np.ndarray]]  # topic index -> (rows, cols) upper pairs


def windows(data: str, work: Path) -> dict[str, cross_encoder.Window]:
    """Mention key -> window (cached under ``work``)."""
    path = work / "windows.pkl"
    if path.exists():
        out: dict[str, cross_encoder.Window] = pickle.loads(path.read_bytes())
        return out
    ments = mentions(data)
    model = embed._model()
    sentences = sorted({m.sentence for m in ments})
    ix = {s: i for i, s in enumerate(sentences)}
    states = embed_tuned.frozen_states(model[0].auto_model, model.tokenizer, sentences)
    out = {}
    for m in ments:
        h, offsets = states[ix[m.sentence]]
        st, mask = cross_encoder.window(h.numpy(), offsets, m.start, m.end)
        out[m.key] = (st.astype(np.float16), mask)
    path.write_bytes(pickle.dumps(out))
    return out


def base_probs(prep: Any, topics: list[td.Topic], dev: list[td.Topic], work: Path
               ) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Out-of-fold pairwise probabilities (``BASE`` features) of the train
    topics; on dev those of the fit on all train topics (cached)."""
    path = work / "base_probs.pkl"
    if path.exists():
        res: tuple[list[np.ndarray], list[np.ndarray]] = pickle.loads(path.read_bytes())
        return res
    feats = BASE
    counts = td.fold_counts(topics)
    train: list[np.ndarray] = [np.zeros(0)] * len(topics)
    for k in range(td.FOLDS):
        fit_on = td.prior_topics(topics, counts, {k}, set(range(td.FOLDS)) - {k})
        clf = td._logistic(*td.training_pairs(fit_on, feats))
        model = pairwise.PairModel("embeddings", tuple(feats), clf.coef_[0],
                                   float(clf.intercept_[0]), {})
        prior = lemma_prior.LemmaPrior.from_counts(td.counts_without(counts, {k}))
        for i, topic in enumerate(topics):
            if i % td.FOLDS == k:
                train[i] = model.probability(td.with_prior(topic, prior)[1])
        print(f"base fold {k}", flush=True)
    full = lemma_prior.LemmaPrior.from_counts(td.counts_without(counts, set()))
    clf = td._logistic(*td.training_pairs(td.prior_topics(topics, counts, set()), feats))
    model = pairwise.PairModel("embeddings", tuple(feats), clf.coef_[0],
                               float(clf.intercept_[0]), {})
    (work / "base_model.json").write_text(json.dumps({
        "features": feats, "coef": [round(float(c), 6) for c in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 6)}, indent=1))
    devp = [model.probability(td.with_prior(t, full)[1]) for t in dev]
    path.write_bytes(pickle.dumps((train, devp)))
    return train, devp


def candidates(probs: list[np.ndarray], prune: float) -> Cands:
    out: Cands = {}
    for i, p in enumerate(probs):
        iu = np.triu_indices(p.shape[0], 1)
        keep = p[iu] >= prune
        out[i] = (iu[0][keep], iu[1][keep])
    return out


class Fitter:
    """Fits and applies scorers; every mention's keys, values and query
    rows (MiniLM's own: they are not trained) are encoded once."""

    def __init__(self, topics: list[td.Topic], dev: list[td.Topic],
                 wins: dict[str, cross_encoder.Window], prep: Any,
                 args: argparse.Namespace) -> None:
        import torch

        self.topics, self.args, self.prep = topics, args, prep
        encoder = embed._model()[0].auto_model.encoder
        self.top = encoder.layer[len(encoder.layer) - 1]
        keys = [m.key for t in [*topics, *dev] for m in t[0]]
        self.ix = {k: i for i, k in enumerate(keys)}
        scorer = cross_encoder.build(self.top)
        parts = []
        for b in range(0, len(keys), 512):
            chunk = [wins[k] for k in keys[b:b + 512]]
            parts.append(scorer.encode(*cross_encoder.stack(
                [(w[0].astype(np.float32), w[1]) for w in chunk])))
        width = max(p["k"].shape[1] for p in parts)

        def pad(t: Any) -> Any:
            extra = width - t.shape[1]
            return torch.nn.functional.pad(t, (0, 0, 0, extra) if t.dim() == 3 else (0, extra))

        self.enc = {name: torch.cat([pad(p[name]) if name in ("k", "v", "mask") else p[name]
                                     for p in parts]) for name in parts[0]}

    def gi(self, topics: list[td.Topic], i: int, a: Any) -> Any:
        ms = topics[i][0]
        return [self.ix[ms[int(x)].key] for x in a]

    def train(self, cands: Cands, topic_ix: list[int], probs: list[np.ndarray]) -> Any:
        """A scorer fitted on the candidate pairs (both validated) of
        ``topic_ix``; with ``--residual`` the pairwise model's logit (out of
        fold) is added to the scorer's, so it learns what that model misses."""
        import torch

        args = self.args
        torch.manual_seed(args.seed)
        rng = random.Random(args.seed)
        scored = set(self.prep.scored)
        rows: list[tuple[int, int, float, float]] = []
        for i in topic_ix:
            ms, _f, same = self.topics[i]
            for a, b in zip(*cands[i], strict=True):
                if ms[a].key in scored and ms[b].key in scored:
                    p = min(max(float(probs[i][a, b]), 1e-6), 1 - 1e-6)
                    off = float(np.log(p / (1 - p))) if args.residual else 0.0
                    rows.append((self.ix[ms[a].key], self.ix[ms[b].key], float(same[a, b]),
                                 off))
        rng.shuffle(rows)
        rows = rows[:args.max_pairs]
        pos = sum(r[2] for r in rows)
        scorer = cross_encoder.build(self.top)
        scorer.train()
        opt = torch.optim.AdamW([
            {"params": [p for p in scorer.layer.parameters() if p.requires_grad],
             "lr": args.lr},
            {"params": [p for n, p in scorer.named_parameters() if not n.startswith("layer.")],
             "lr": 1e-3}], weight_decay=0.01)
        weight = torch.tensor(1.0 if args.residual else (len(rows) - pos) / max(pos, 1.0))
        t0, bs = time.time(), args.batch
        for epoch in range(args.epochs):
            rng.shuffle(rows)
            for step in range(0, len(rows), bs):
                chunk = rows[step:step + bs]
                ii = torch.tensor([r[0] for r in chunk])
                jj = torch.tensor([r[1] for r in chunk])
                if rng.random() < 0.5:
                    ii, jj = jj, ii
                y = torch.tensor([r[2] for r in chunk], dtype=torch.float32)
                z = scorer.pair(self.enc, ii, jj) + torch.tensor([r[3] for r in chunk])
                loss = torch.nn.functional.binary_cross_entropy_with_logits(
                    z, y, pos_weight=weight)
                opt.zero_grad()
                loss.backward()
                opt.step()
                if (step // bs) % 100 == 0:
                    print(f"  epoch {epoch} {step}/{len(rows)} pairs ({pos:.0f} pos) "
                          f"loss {loss.item():.3f} {time.time() - t0:.0f}s", flush=True)
        scorer.eval()
        return scorer

    def score(self, scorer: Any, topics: list[td.Topic], cands: Cands,
              topic_ix: list[int]) -> dict[int, np.ndarray]:
        import torch

        out = {}
        with torch.no_grad():
            for i in topic_ix:
                ii = torch.tensor(self.gi(topics, i, cands[i][0]), dtype=torch.long)
                jj = torch.tensor(self.gi(topics, i, cands[i][1]), dtype=torch.long)
                out[i] = np.concatenate([
                    scorer.pair(self.enc, ii[b:b + 512], jj[b:b + 512]).numpy()
                    for b in range(0, len(ii), 512)] or [np.zeros(0)]).astype(np.float64)
        return out


def stack_fit(probs: list[np.ndarray], cands: Cands, xs: dict[int, np.ndarray],
              topics: list[td.Topic], ix: list[int], residual: bool) -> dict[str, float]:
    """The stacker's a, b, c (``residual``: a fixed at 1, the pairwise
    logit an offset, as the scorer was trained)."""
    from scipy.optimize import minimize
    from sklearn.linear_model import LogisticRegression

    feats, ys = [], []
    for i in ix:
        r, c = cands[i]
        p = np.clip(probs[i][r, c], 1e-6, 1 - 1e-6)
        feats.append(np.column_stack([np.log(p / (1 - p)), xs[i]]))
        ys.append(topics[i][2][r, c])
    x, y = np.vstack(feats), np.concatenate(ys).astype(float)
    if residual:
        def loss(w: np.ndarray) -> float:
            z = x[:, 0] + w[0] * x[:, 1] + w[1]
            return float(np.mean(np.logaddexp(0, z) - y * z))

        w = minimize(loss, np.array([1.0, 0.0]), method="Nelder-Mead").x
        return {"a": 1.0, "b": float(w[0]), "c": float(w[1])}
    clf = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    return {"a": float(clf.coef_[0][0]), "b": float(clf.coef_[0][1]),
            "c": float(clf.intercept_[0])}


def stacked(prob: np.ndarray, cand: tuple[np.ndarray, np.ndarray], x: np.ndarray,
            spec: dict[str, float]) -> np.ndarray:
    r, c = cand
    p = np.clip(prob[r, c], 1e-6, 1 - 1e-6)
    z = spec["a"] * np.log(p / (1 - p)) + spec["b"] * x + spec["c"]
    out = prob.copy()
    out[r, c] = out[c, r] = 1.0 / (1.0 + np.exp(-z))
    return out


def cluster(prep: Any, topics: list[td.Topic], probs: dict[int, np.ndarray]
            ) -> dict[float, dict[str, str]]:
    pred: dict[float, dict[str, str]] = {t: {} for t in GRID}
    for i, p in probs.items():
        ms = topics[i][0]
        path = merges(p - td.speech_shift(ms, td._SPEECH), min(GRID))
        for t in GRID:
            for m, label in zip(ms, labels_at(len(ms), path, t), strict=True):
                pred[t][m.key] = f"{i}/{ms[label].key}"
    return pred


def report(prep: Any, name: str, train_pred: dict[float, dict[str, str]],
           dev_pred: dict[float, dict[str, str]], fold_of: dict[str, int]) -> dict[str, Any]:
    def conll(keys: list[str], p: dict[str, str]) -> float:
        return float(score_all({k: prep.gold[k] for k in keys},
                               {k: p[k] for k in keys})["conll"]["f1"])

    tk = [k for k in prep.scored if prep.split[k] == "train"]
    dk = [k for k in prep.scored if prep.split[k] == "dev"]
    kf = {t: round(conll(tk, p), 4) for t, p in train_pred.items()}
    per = {t: [round(conll([k for k in tk if fold_of[k] == f], p), 4) for f in range(td.FOLDS)]
           for t, p in train_pred.items()}
    nested = td.nested_conll(prep, tk, fold_of, train_pred, td.FOLDS)
    dev = {t: round(conll(dk, p), 4) for t, p in dev_pred.items()}
    best = max(kf, key=kf.__getitem__)
    print(f"{name:28} 5-fold {kf[best]} at {best} (nested {nested}) per fold {per[best]}; "
          f"dev at {best}: {dev[best]}; dev at 0.2: {dev[0.2]}", flush=True)
    print(f"{'':28} k-fold by threshold {kf}\n{'':28} dev by threshold {dev}", flush=True)
    return {"kfold": kf, "nested": nested, "per_fold": per[best], "dev": dev, "best": best}


def with_cross(topics: list[td.Topic], cands: Cands, xs: dict[int, np.ndarray]
               ) -> list[td.Topic]:
    """The topics with features ``xenc`` (sigmoid of the cross logit on the
    candidate pairs, 0 elsewhere) and ``cand`` (a candidate pair)."""
    out = []
    for i, (ms, feats, same) in enumerate(topics):
        x, c = np.zeros((len(ms), len(ms))), np.zeros((len(ms), len(ms)))
        r, k = cands[i]
        x[r, k] = x[k, r] = 1.0 / (1.0 + np.exp(-xs[i]))
        c[r, k] = c[k, r] = 1.0
        out.append((ms, {**feats, "xenc": x, "cand": c}, same))
    return out


def as_feature(prep: Any, topics: list[td.Topic], dev: list[td.Topic],
               train: tuple[Cands, dict[int, np.ndarray]],
               dev_x: tuple[Cands, dict[int, np.ndarray]]) -> None:
    """The cross score as a feature of the pairwise logistic (out-of-fold
    scores on the train topics), k-fold and dev by ``train_dedup.fit``."""
    tops, devs = with_cross(topics, *train), with_cross(dev, *dev_x)
    for name, extra in (("xenc", ["xenc", "cand"]),
                        ("xenc_lemma", ["xenc", "cand", "lemma*xenc"])):
        td.fit(prep, tops, devs, name, [*BASE, *extra], td.FOLDS)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--prune", type=float, default=0.05)
    ap.add_argument("--max-pairs", type=int, default=20000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--residual", action="store_true",
                    help="train on top of the pairwise logit (an offset)")
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folds-only", default="", help="comma-separated folds to fit (default all)")
    ap.add_argument("--as-feature", action="store_true",
                    help="also refit the pairwise model with the cross score as a feature")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(1)
    args.work.mkdir(parents=True, exist_ok=True)
    prep = td.load(args.data, args.cache)
    topics, dev = td.train_topics(prep), td.train_topics(prep, "dev")
    train_p, dev_p = base_probs(prep, topics, dev, args.work)
    wins = windows(args.data, args.work)
    tc, dc = candidates(train_p, args.prune), candidates(dev_p, args.prune)
    print(f"candidates at {args.prune}: train {sum(len(v[0]) for v in tc.values())}, "
          f"dev {sum(len(v[0]) for v in dc.values())}", flush=True)
    fitter = Fitter(topics, dev, wins, prep, args)
    tag = f"p{args.prune}_n{args.max_pairs}_e{args.epochs}{'_r' if args.residual else ''}"
    xs_path = args.work / f"xs_{tag}.pkl"
    xs: dict[int, np.ndarray] = pickle.loads(xs_path.read_bytes()) if xs_path.exists() else {}
    folds = [int(f) for f in args.folds_only.split(",")] if args.folds_only else list(
        range(td.FOLDS))
    for k in folds:
        if all(i in xs for i in range(len(topics)) if i % td.FOLDS == k):
            continue
        t0 = time.time()
        scorer = fitter.train(tc, [i for i in range(len(topics)) if i % td.FOLDS != k], train_p)
        xs.update(fitter.score(scorer, topics, tc,
                               [i for i in range(len(topics)) if i % td.FOLDS == k]))
        xs_path.write_bytes(pickle.dumps(xs))
        print(f"fold {k}: {time.time() - t0:.0f}s", flush=True)
    dev_path = args.work / f"dev_xs_{tag}.pkl"
    if dev_path.exists():
        dev_xs: dict[int, np.ndarray] = pickle.loads(dev_path.read_bytes())
    else:
        scorer = fitter.train(tc, list(range(len(topics))), train_p)
        dev_xs = fitter.score(scorer, dev, dc, list(range(len(dev))))
        dev_path.write_bytes(pickle.dumps(dev_xs))
        np.savez_compressed(args.work / f"cross_full_{tag}.npz",
                            **cross_encoder.to_weights(scorer))  # type: ignore[arg-type]
    if len(xs) < len(topics):
        return
    fold_of = {m.key: i % td.FOLDS for i, t in enumerate(topics) for m in t[0]}
    lemma = {s: td.lemma_baseline(prep, s)["conll"]["f1"] for s in ("train", "dev")}
    print(f"same lemma per topic: train {lemma['train']:.4f}, dev {lemma['dev']:.4f}")
    report(prep, "pairwise model alone", cluster(prep, topics, dict(enumerate(train_p))),
           cluster(prep, dev, dict(enumerate(dev_p))), fold_of)
    oof = {}
    for k in range(td.FOLDS):
        spec = stack_fit(train_p, tc, xs, topics,
                         [i for i in range(len(topics)) if i % td.FOLDS != k], args.residual)
        print(f"stacker without fold {k}: {spec}")
        for i in range(len(topics)):
            if i % td.FOLDS == k:
                oof[i] = stacked(train_p[i], tc[i], xs[i], spec)
    full = stack_fit(train_p, tc, xs, topics, list(range(len(topics))), args.residual)
    devs = {i: stacked(p, dc[i], dev_xs[i], full) for i, p in enumerate(dev_p)}
    res = report(prep, "pairwise + cross-encoder", cluster(prep, topics, oof),
                 cluster(prep, dev, devs), fold_of)
    spec = {"prune": args.prune, **{k: round(v, 6) for k, v in full.items()}}
    print("stacker (all train topics):", json.dumps(spec))
    (args.work / f"cross_result_{tag}.json").write_text(json.dumps({"spec": spec, **{
        k: {str(t): v for t, v in res[k].items()} if isinstance(res[k], dict) else res[k]
        for k in res}}, indent=1))
    if args.as_feature:
        as_feature(prep, topics, dev, (tc, xs), (dc, dev_xs))


if __name__ == "__main__":
    main()
