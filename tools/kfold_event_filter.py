"""Article-level k-fold of the learned event/non-event filter
(``eventwire/stages/events/eventness.py``) against the rules alone.

Steps (each reads the previous one's output):

1. ``dump``: run the actors + events components with the filter **off** and
   its features recorded where the filter computes them (inside the
   component, before the actor chooser and the resolver: the features it is
   served at run time, events13) over
   the used gold records (``tests/data/records/rec_a`` .. ``rec_t``, all
   splits; all are development data now; never a new blind set), and
   write one row per detected event: its features, its article and batch, and
   whether it matches a gold trigger (one-to-one, the scorer's rule); plus
   the gold count per article and the unmatched gold triggers.
2. ``kfold``: 5 folds by article (seed 13) and leave-one-batch-out; for each
   C and threshold, train a logistic regression on the other folds and drop
   the held-out events it scores below the threshold. Detection P/R/F1 is
   pooled over the held-out folds, beside the rules (keep every event) on the
   same folds. ``sets``: the 5-fold figure of one C and threshold per record
   set and over the real outlets' articles (ECB+, MEANTIME, GeoVirus).
3. ``write``: train on every article with the chosen C and threshold, run
   the guard (``eventwire/stages/events/eventness_guard.py``: canonical
   political events such as labour strikes, protests, arrests, statements)
   through the new weights, and write ``eventwire/data/events/eventness.json``
   only if none is dropped (else exit 1 and name them).
   ``--drop a,b`` removes the features starting with those prefixes before
   any step (an ablation: ``--drop actor_sector,recipient_sector``).
4. ``errors``: false positives and false negatives of the rules, by lemma.
5. ``unseen``: leave-one-set-out of ``--c``/``--threshold`` beside the shipped
   weights per set and over real/own articles; on the sets the shipped
   weights never saw it says whether a refit would gain on unseen text,
   and whether the recipe fitted on every set passes ``write``'s guard.

``--train-sets abcdefgh`` (``unseen``): each fold trains only on those sets,
the shipped fit's recipe on the same folds as a refit's (events14).
``--nested`` (``unseen``): each fold's threshold is chosen by 5-fold inside
its training sets, not fixed (events29).
``--topic-clean`` (``kfold``'s leave-one-set-out and ``unseen``): a fold
also trains on no article of an ECB+ topic the held-out set contains
(tools/topic_folds.py): ECB+ stories recur across the record sets, and plain
leave-one-set-out rewards remembering them (recips13, events14).

Usage: ``PYTHONPATH=. python tools/kfold_event_filter.py dump|kfold|sets|write|errors
[--cache FILE] [--c C] [--threshold T] [--drop PREFIXES] [--topic-clean]``
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.events.eventness import (
    MODEL_PATH,
    EventFilter,
    recorded_features,
    trigger_token,
)
from eventwire.stages.events.eventness_guard import dropped, guard_cases
from tools.topic_folds import SET_LETTERS, ecb_topic, set_records, sets_from_flag
from tools.topic_folds import SETS as ALL_SETS

CACHE = "/tmp/eventness_rows.json"
# the development record sets' letters (``topic_folds.SETS``): a blind set is never read here
SETS = SET_LETTERS
GRID_C = (0.1, 0.3, 1.0)
GRID_T = (0.2, 0.3, 0.4, 0.5)
GRID_T_FINE = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def rules_pipe() -> Pipeline:
    """Actors + events with the filter off (the rules alone) and the filter's
    features recorded where it computes them at run time."""
    return Pipeline(settings=Settings(), components=("eventwire_actors", "eventwire_events"),
                    component_config={"eventwire_events": {"use_filter": False,
                                                           "record_features": True}})


def dump(cache: str, sets: str = SETS) -> None:
    pipe = rules_pipe()
    records = [(r["_set"], r) for r in set_records(sets_from_flag(sets))]
    arts = [Article(text=r["text"], id=str(r["id"])) for _b, r in records]
    rows: list[dict[str, Any]] = []
    articles = []
    for (batch, rec), (_art, doc, rej) in zip(records, pipe.docs(arts), strict=True):
        if doc is None:  # a failed article would shift the gold counts: stop, say which
            raise SystemExit(f"article {rec['id']} ({batch}) was rejected: {rej}")
        events = list(doc._.events or [])  # every event the rules keep (some unscored)
        preds = [{"trigger": {"start": e.trigger.start, "end": e.trigger.end}} for e in events]
        pairs = match_events(rec["events"], preds)
        matched = {id(events[pi]) for _gi, pi in pairs}
        found = {gi for gi, _pi in pairs}
        for event, feats in recorded_features(doc):
            tok = trigger_token(doc, event)
            if tok is None:
                continue
            rows.append({"article": rec["id"], "batch": batch, "label": int(id(event) in matched),
                         "source": str(rec.get("source", "")),
                         "split": str(rec.get("split", "")),
                         "start": event.trigger.start, "end": event.trigger.end,
                         "trigger": event.trigger.text, "lemma": tok.lemma_.lower(),
                         "type": event.type, "sentence": tok.sent.text[:200],
                         "features": feats})
        missed = [{"trigger": g["trigger"]["text"], "type": g["type"],
                   "start": g["trigger"]["start"], "end": g["trigger"]["end"],
                   "context": rec["text"][max(0, g["trigger"]["start"] - 80):
                                          g["trigger"]["end"] + 80]}
                  for gi, g in enumerate(rec["events"]) if gi not in found]
        articles.append({"article": rec["id"], "batch": batch, "gold": len(rec["events"]),
                         "source": str(rec.get("source", "")),
                         "split": str(rec.get("split", "")),
                         "missed": missed})
    Path(cache).write_text(json.dumps({"rows": rows, "articles": articles}), encoding="utf-8")
    print(f"{len(rows)} events, {len(articles)} articles -> {cache}")


def _fit(rows: list[dict[str, Any]], c: float) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(DictVectorizer(), LogisticRegression(C=c, max_iter=2000))
    model.fit([dict.fromkeys(r["features"], 1) for r in rows], [r["label"] for r in rows])
    return model


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def _folds(data: dict[str, Any], k: int, seed: int) -> list[set[str]]:
    ids = sorted({a["article"] for a in data["articles"]})
    random.Random(seed).shuffle(ids)
    return [set(ids[i::k]) for i in range(k)]


def _held_topics(rows: list[dict[str, Any]], test: set[str]) -> set[str]:
    """The ECB+ topics of the held-out articles: a topic-clean fold trains on
    no other report of them (tools/topic_folds.py; recips13)."""
    return {t for r in rows if r["article"] in test and (t := ecb_topic(r["source"]))}


def _train_rows(rows: list[dict[str, Any]], test: set[str], clean: bool) -> list[dict[str, Any]]:
    """Rows outside ``test``; with ``clean`` also none of a held-out ECB+ topic."""
    topics = _held_topics(rows, test) if clean else set()
    return [r for r in rows if r["article"] not in test
            and (not topics or ecb_topic(r["source"]) not in topics)]


def _by_batch(data: dict[str, Any]) -> list[set[str]]:
    batches: dict[str, set[str]] = {}
    for a in data["articles"]:
        batches.setdefault(a["batch"], set()).add(a["article"])
    return [batches[b] for b in sorted(batches)]


def evaluate(data: dict[str, Any], folds: list[set[str]], c: float,
             thresholds: tuple[float, ...],
             clean: bool = False) -> dict[str, tuple[float, float, float]]:
    """Pooled held-out P/R/F1 of the rules and of the filter per threshold
    (``clean``: topic-clean training folds)."""
    rows, arts = data["rows"], data["articles"]
    gold = sum(a["gold"] for a in arts)
    tally = {"rules": [0, 0]} | {f"t={t}": [0, 0] for t in thresholds}
    for test in folds:
        train = _train_rows(rows, test, clean)
        held = [r for r in rows if r["article"] in test]
        if not held:
            continue
        model = _fit(train, c)
        probs = model.predict_proba([dict.fromkeys(r["features"], 1) for r in held])[:, 1]
        tally["rules"][0] += sum(r["label"] for r in held)
        tally["rules"][1] += len(held)
        for t in thresholds:
            kept = [r for r, p in zip(held, probs, strict=True) if p >= t]
            tally[f"t={t}"][0] += sum(r["label"] for r in kept)
            tally[f"t={t}"][1] += len(kept)
    return {k: _prf(tp, pred, gold) for k, (tp, pred) in tally.items()}


def per_batch(data: dict[str, Any], c: float, t: float) -> None:
    """Leave one batch out: train on the others, report the held-out batch."""
    for test in _by_batch(data):
        sub = {"rows": data["rows"],
               "articles": [a for a in data["articles"] if a["article"] in test]}
        name = next(a["batch"] for a in sub["articles"])
        print(name, evaluate(sub, [test], c, (t,)))


def _group(article: dict[str, Any]) -> tuple[str, ...]:
    real = "real" if article.get("source", "own") != "own" else "own"
    return article["batch"], real, "all"


def by_set(data: dict[str, Any], c: float, t: float) -> None:
    """5-fold by article (seed 13): held-out P/R/F1 of the rules and of the
    filter per record set, and over the real outlets' articles (ECB+,
    MEANTIME, GeoVirus) against the project's own."""
    arts = {a["article"]: a for a in data["articles"]}
    tally: dict[str, list[int]] = {}  # rules tp, rules pred, filter tp, filter pred, gold
    for a in data["articles"]:
        for key in _group(a):
            tally.setdefault(key, [0, 0, 0, 0, 0])[4] += a["gold"]
    for test in _folds(data, 5, 13):
        held = [r for r in data["rows"] if r["article"] in test]
        model = _fit([r for r in data["rows"] if r["article"] not in test], c)
        probs = model.predict_proba([dict.fromkeys(r["features"], 1) for r in held])[:, 1]
        for row, p in zip(held, probs, strict=True):
            for key in _group(arts[row["article"]]):
                cell = tally[key]
                cell[0] += row["label"]
                cell[1] += 1
                cell[2] += row["label"] if p >= t else 0
                cell[3] += int(p >= t)
    for key in sorted(tally):
        tp_r, pred_r, tp_f, pred_f, gold = tally[key]
        print(f"{key:6} rules P/R/F1 {_prf(tp_r, pred_r, gold)}  "
              f"filter {_prf(tp_f, pred_f, gold)}")


def kfold(data: dict[str, Any], clean: bool = False) -> None:
    for c in GRID_C:
        print(f"C={c} 5-fold by article:", evaluate(data, _folds(data, 5, 13), c, GRID_T))
    for c in GRID_C:
        print(f"C={c} leave one batch out{' (topic-clean)' if clean else ''}:",
              evaluate(data, _by_batch(data), c, GRID_T, clean))


def _guard(weights: dict[str, float], bias: float, threshold: float) -> list[Any]:
    """The guard events the new weights would drop (``eventness_guard.py``)."""
    return dropped(EventFilter(weights, bias, threshold), guard_cases(rules_pipe()))


def _refit(data: dict[str, Any], c: float,
           threshold: float) -> tuple[dict[str, float], float, list[Any]]:
    """The recipe fitted on every row: weights, bias, the guard events it drops."""
    model = _fit(data["rows"], c)
    vec, lr = model.steps[0][1], model.steps[1][1]
    weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, lr.coef_[0],
                                                            strict=True) if abs(w) > 1e-4}
    bias = round(float(lr.intercept_[0]), 4)
    return weights, bias, _guard(weights, bias, threshold)


def write(data: dict[str, Any], c: float, threshold: float) -> None:
    # in SETS order ("rec_aa" sorts before "rec_h"): the about names the run it was fitted on
    sets = sorted({a["batch"] for a in data["articles"]}, key=ALL_SETS.index)
    if sets != list(ALL_SETS[:len(sets)]):
        raise SystemExit(f"write fits a run of sets from rec_a on, not {sets}")
    weights, bias, failed = _refit(data, c, threshold)
    if failed:
        for text, word, prob in failed:
            print(f"guard: drops {word!r} ({prob}) in {text!r}")
        raise SystemExit(f"{len(failed)} guard events dropped: weights not written")
    MODEL_PATH.write_text(json.dumps({
        "about": "eventness filter (eventwire/stages/events/eventness.py); built by "
                 f"tools/kfold_event_filter.py write from tests/data/records/{sets[0]}..{sets[-1]}",
        "C": c, "threshold": threshold, "bias": bias,
        "weights": dict(sorted(weights.items()))}, indent=0, sort_keys=False) + "\n",
        encoding="utf-8")
    print(f"{len(weights)} weights -> {MODEL_PATH}")


def _loso_probs(data: dict[str, Any], c: float, clean: bool = False,
                pool: str = "") -> dict[int, float]:
    """Each row's probability under a fit on every other record set (with
    ``clean``, on none of the held-out set's ECB+ topics either; with
    ``pool``, only on the sets it lists (``sets_from_flag``): ``abcdefgh`` is the
    shipped fit's recipe, so a refit is compared with it on equal folds)."""
    probs: dict[int, float] = {}
    for batch in sorted({r["batch"] for r in data["rows"]}):
        held = [i for i, r in enumerate(data["rows"]) if r["batch"] == batch]
        test = {data["rows"][i]["article"] for i in held}
        train = _train_rows(data["rows"], test, clean)
        model = _fit([r for r in train if not pool or r["batch"] in sets_from_flag(pool)], c)
        scored = model.predict_proba([dict.fromkeys(data["rows"][i]["features"], 1)
                                      for i in held])[:, 1]
        probs.update(zip(held, (float(p) for p in scored), strict=True))
    return probs


def _inner_threshold(rows: list[dict[str, Any]], arts: list[dict[str, Any]], c: float) -> float:
    """The threshold of ``GRID_T_FINE`` with the best 5-fold F1 (by article,
    seed 13) inside ``rows``: a threshold chosen without the held-out set."""
    ids = {r["article"] for r in rows}
    inner = {"rows": rows, "articles": [a for a in arts if a["article"] in ids]}
    scores = evaluate(inner, _folds(inner, 5, 13), c, GRID_T_FINE)
    return max(GRID_T_FINE, key=lambda t: scores[f"t={t}"][2])


def _nested_keep(data: dict[str, Any], c: float, clean: bool) -> dict[int, bool]:
    """Leave-one-set-out with the threshold chosen inside the training folds."""
    keep: dict[int, bool] = {}
    for batch in sorted({r["batch"] for r in data["rows"]}):
        held = [i for i, r in enumerate(data["rows"]) if r["batch"] == batch]
        train = _train_rows(data["rows"], {data["rows"][i]["article"] for i in held}, clean)
        t = _inner_threshold(train, data["articles"], c)
        scored = _fit(train, c).predict_proba([dict.fromkeys(data["rows"][i]["features"], 1)
                                               for i in held])[:, 1]
        keep.update(zip(held, (bool(p >= t) for p in scored), strict=True))
        print(f"  {batch}: threshold {t}", flush=True)
    return keep


def fitted_sets(about: str) -> set[str]:
    """The sets a weights file was fitted on, from its ``about`` ("... from
    tests/data/records/rec_a..rec_h"): the run of ``topic_folds.SETS`` up to
    the last one named. Read by position, not by comparing names: "rec_aa"
    sorts before "rec_h", so a name comparison counted rec_aa.. as seen
    (refit35b)."""
    last = about.rsplit("..", 1)[-1].strip()
    if last not in ALL_SETS:
        raise SystemExit(f"cannot read the fitted sets from {about!r}")
    return set(ALL_SETS[:ALL_SETS.index(last) + 1])


def unseen(data: dict[str, Any], c: float, t: float, clean: bool = False,
           pool: str = "", nested: bool = False) -> None:
    """Leave-one-set-out of the recipe (C, t) beside the **shipped** weights,
    per record set and over the real outlets' / own articles: on the sets
    the shipped weights were not fitted on (their ``about``), this is the
    honest test of a refit (events12)."""
    shipped = EventFilter.from_file(MODEL_PATH)
    about = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["about"]
    seen = fitted_sets(about)
    probs = {i: float(k) for i, k in _nested_keep(data, c, clean).items()} if nested \
        else _loso_probs(data, c, clean, pool)
    cut = 0.5 if nested else t  # nested: probs hold the kept (1.0) / dropped (0.0) decision
    arts = {a["article"]: a for a in data["articles"]}

    def groups(a: dict[str, Any]) -> tuple[str, ...]:
        keys = _group(a)
        return keys + (f"unseen-{keys[1]}", "unseen-all") if a["batch"] not in seen else keys

    tally: dict[str, list[int]] = {}  # rules tp/pred, shipped tp/pred, loso tp/pred, gold
    for a in data["articles"]:
        for key in groups(a):
            tally.setdefault(key, [0] * 7)[6] += a["gold"]
    for i, row in enumerate(data["rows"]):
        keep = (True, shipped.keep(row["features"]), probs[i] >= cut)
        for key in groups(arts[row["article"]]):
            for j, kept in enumerate(keep):
                tally[key][2 * j] += row["label"] if kept else 0
                tally[key][2 * j + 1] += int(kept)
    print(f"shipped: {about}")
    for key in sorted(tally):
        cell = tally[key]
        print(f"{key:10} rules {_prf(cell[0], cell[1], cell[6])}  shipped "
              f"{_prf(cell[2], cell[3], cell[6])}  loso {_prf(cell[4], cell[5], cell[6])}")
    # a refit that wins here is still not written if it drops a guard event (refit35b)
    failed = _refit(data, c, t)[2]
    print(f"the recipe fitted on every set drops {len(failed)} guard events"
          + "".join(f"\n  {word!r} ({p}) in {text!r}" for text, word, p in failed))


def errors(data: dict[str, Any]) -> None:
    fps = Counter((r["lemma"], r["type"]) for r in data["rows"] if not r["label"])
    print("false positives by lemma/type:", fps.most_common(60))
    fns = Counter(m["trigger"].lower() for a in data["articles"] for m in a["missed"])
    print("false negatives by trigger:", fns.most_common(60))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=("dump", "kfold", "write", "errors", "batch", "sets",
                                       "unseen"))
    ap.add_argument("--cache", default=CACHE)
    ap.add_argument("--sets", default=SETS, help="record sets to dump (keys: a,b,y or letters)")
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--threshold", type=float, default=0.4)
    ap.add_argument("--drop", default="", help="feature prefixes to leave out, comma-separated")
    ap.add_argument("--train-sets", default="",
                    help="unseen: fit each fold only on these sets (letters), e.g. abcdefgh")
    ap.add_argument("--nested", action="store_true",
                    help="unseen: the threshold chosen inside each fold's training sets")
    ap.add_argument("--topic-clean", action="store_true",
                    help="leave-one-set-out folds also drop the held-out set's ECB+ topics")
    args = ap.parse_args()
    if args.step == "dump":
        dump(args.cache, args.sets)
        return
    data = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    if args.drop:
        prefixes = tuple(p for p in args.drop.split(",") if p)
        for row in data["rows"]:
            row["features"] = [f for f in row["features"] if not f.startswith(prefixes)]
    clean = args.topic_clean
    {"kfold": lambda: kfold(data, clean), "write": lambda: write(data, args.c, args.threshold),
     "errors": lambda: errors(data), "sets": lambda: by_set(data, args.c, args.threshold),
     "batch": lambda: per_batch(data, args.c, args.threshold),
     "unseen": lambda: unseen(data, args.c, args.threshold, clean, args.train_sets,
                            args.nested)}[args.step]()


if __name__ == "__main__":
    main()
