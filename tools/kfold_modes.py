"""Article-level k-fold comparison of PLOVER mode assignment: the rule cascade
(``eventwire/stages/events/modes.py``), the learned ranker
(``mode_model.py``) and the rules with the ranker as a back-off.

Two steps::

    # 1. run the full pipeline once over the record sets, keep every matched
    #    event's gold mode, the rules' mode and the ranker's candidate features
    PYTHONPATH=. python tools/kfold_modes.py build --cache /tmp/modes_cache.json
    # 2. k-fold (folds by article, seed 13), per fold and per set
    PYTHONPATH=. python tools/kfold_modes.py kfold --cache /tmp/modes_cache.json
    # 2b. topic-clean leave-one-set-out (tools/topic_folds.py), pooled and real
    PYTHONPATH=. python tools/kfold_modes.py topics --cache /tmp/modes_cache.json --c 3

Data: the sixteen record sets ``rec_a`` … ``rec_p`` (both halves; all are
development data now), listed by name — never a glob (a blind set being
labelled must not be read). Scored like the ``mode``
field of ``eventwire eval records``: on events matched to a gold event,
predicted mode == gold mode (null = null), whatever the type. The rules are
not trained, so their k-fold figure is their per-fold figure. Needs
scikit-learn (the ``eval`` extra).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS = ("rec_a", "rec_b", "rec_c", "rec_d", "rec_e", "rec_f", "rec_g", "rec_h", "rec_i", "rec_j",
        "rec_k", "rec_l", "rec_m", "rec_n", "rec_o", "rec_p")
REAL_SOURCES = ("ecbplus:", "geovirus:", "meantime:")
SEED = 13
FOLDS = 5
C_VALUES = (1.0, 3.0, 10.0, 30.0)
SYSTEMS = ("rules", "rules-noinherit", "model", "model-noinherit", "backoff")
Row = dict[str, Any]


def _records() -> list[Row]:
    out = []
    for name in SETS:
        path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append({**json.loads(line), "_set": name})
    return out


def build(cache: Path) -> None:
    """Run the pipeline with ``assign_mode`` wrapped so that every call also
    stores the candidates' features on the doc."""
    from eventwire.eval.record_fields import match_events
    from eventwire.eval.records import predict
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.stages.events import component
    from eventwire.stages.events.mode_features import (
        add_article_features,
        candidate_features,
        is_re_mention,
    )
    from eventwire.stages.events.modes import load_cues
    from eventwire.stages.events.modes import rule_mode as rules

    stash: dict[tuple[str, int], Row] = {}

    def wrapped(kind: str, sent: Any, trig: Any, lexicon_mode: str | None) -> str | None:
        mode = rules(kind, trig, lexicon_mode)
        if kind in load_cues():
            stash[(str(trig.doc._.article_id), trig.start_char)] = {
                "kind": kind, "rule": mode, "lexicon": lexicon_mode,
                "cands": candidate_features(kind, trig, lexicon_mode, mode),
                "again": is_re_mention(trig.root)}
        return mode

    component.assign_mode = wrapped  # type: ignore[assignment]
    records = _records()
    preds = predict([{k: v for k, v in r.items() if k != "events"} for r in records],
                    Pipeline(Settings(mode_model="rules")))
    by_article: dict[str, list[Row]] = defaultdict(list)
    for (art, _start), item in sorted(stash.items(), key=lambda kv: kv[0]):
        by_article[art].append(item)
    for items in by_article.values():
        add_article_features([(x["kind"], x["rule"], x["again"], x["cands"]) for x in items])
    rows = []
    for record, pred in zip(records, preds, strict=True):
        gold, got = record["events"], pred["events"]
        for gi, pi in match_events(gold, got):
            g, p = gold[gi], got[pi]
            info = stash.get((str(record["id"]), p["trigger"]["start"]), {})
            rows.append({"article": str(record["id"]), "set": record["_set"],
                         "real": str(record.get("source", "")).startswith(REAL_SOURCES),
                         "split": record.get("split"), "gold_type": g["type"],
                         "gold": g.get("mode"), "type": p["type"], "final": p["mode"],
                         "trigger": p["trigger"]["text"], **info})
    cache.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} matched events from {len(records)} articles -> {cache}")


def folds_of(rows: list[Row]) -> dict[str, int]:
    """Article -> fold: articles shuffled within each set, then dealt round
    robin, so every fold holds articles of every set."""
    by_set: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r["article"] not in by_set[r["set"]]:
            by_set[r["set"]].append(r["article"])
    rng = random.Random(SEED)
    out: dict[str, int] = {}
    k = 0
    for name in sorted(by_set):
        arts = sorted(by_set[name])
        rng.shuffle(arts)
        for a in arts:
            out[a] = k % FOLDS
            k += 1
    return out


def _ok(mode: str | None, gold: str | None) -> bool:
    return mode == gold


def _system_modes(model: Any, row: Row) -> dict[str, str | None]:
    """The three systems' modes for one matched event. An event the mode
    assigner never saw with this type keeps its final mode."""
    final = row["final"]
    if "cands" not in row or row["kind"] != row["type"]:
        return dict.fromkeys(SYSTEMS, final)
    inherited = final if row["rule"] is None else None  # a re-mention's mode
    learned = model.best(row["cands"])
    return {"rules": final, "rules-noinherit": row["rule"], "model": learned or inherited,
            "model-noinherit": learned,
            "backoff": final if final is not None else learned}


def drop_features(rows: list[Row], prefixes: list[str]) -> None:
    """Ablation: remove the features starting with any of ``prefixes``."""
    if not prefixes:
        return
    for row in rows:
        for mode, feats in (row.get("cands") or {}).items():
            row["cands"][mode] = [f for f in feats if not f.startswith(tuple(prefixes))]


def choose_c(rows: list[Row]) -> float:
    """The L2 strength chosen by an inner article-level k-fold on ``rows``
    (the training folds only), by the accuracy of the learned ranker."""
    from eventwire.stages.events.mode_model import train

    fold = folds_of(rows)
    best = (-1.0, C_VALUES[0])
    for c in C_VALUES:
        right = 0
        for k in range(FOLDS):
            model = train([r for r in rows if fold[r["article"]] != k], c=c)
            right += sum(_ok(_system_modes(model, r)["model-noinherit"], r["gold"])
                         for r in rows if fold[r["article"]] == k)
        best = max(best, (right / len(rows), c))
    return best[1]


def kfold(cache: Path, c: float | None, drop: list[str]) -> None:
    """Outer article-level k-fold; ``c`` None: chosen per outer fold by an
    inner k-fold on its training articles (nested, no peeking)."""
    from eventwire.stages.events.mode_model import train

    rows: list[Row] = json.loads(cache.read_text(encoding="utf-8"))
    drop_features(rows, drop)
    fold = folds_of(rows)
    per_fold: dict[str, list[float]] = defaultdict(list)
    per_set: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for k in range(FOLDS):
        train_rows = [r for r in rows if fold[r["article"]] != k]
        test_rows = [r for r in rows if fold[r["article"]] == k]
        fold_c = c if c is not None else choose_c(train_rows)
        model = train(train_rows, c=fold_c)
        print(f"fold {k}: C = {fold_c}")
        hits: dict[str, list[bool]] = defaultdict(list)
        for r in test_rows:
            for name, mode in _system_modes(model, r).items():
                hits[name].append(_ok(mode, r["gold"]))
                per_set[(name, r["set"])].append(_ok(mode, r["gold"]))
        for name, h in hits.items():
            per_fold[name].append(sum(h) / len(h))
        print(f"fold {k}: {len(test_rows)} events " + "  ".join(
            f"{n} {sum(h) / len(h):.3f}" for n, h in hits.items()))
    for name, accs in per_fold.items():
        print(f"{name:8} mean {statistics.mean(accs):.3f} ± {statistics.stdev(accs):.3f} "
              f"(min {min(accs):.3f}, max {max(accs):.3f}); per set: " + "  ".join(
                  f"{s} {sum(per_set[(name, s)]) / len(per_set[(name, s)]):.3f}"
                  for s in SETS))
    _leave_one_set_out(rows, c)


def topic_clean(cache: Path, c: float) -> None:
    """Leave one set out with topic-clean folds (``tools/topic_folds.py``):
    the held-out set's ECB+ topics are dropped from training too, so a fold
    never trains on another report of a story it scores (modes20). Pooled
    over the sets left out, and on their real-outlet articles."""
    from eventwire.stages.events.mode_model import train
    from tools.topic_folds import article_topics, training_rows

    rows: list[Row] = json.loads(cache.read_text(encoding="utf-8"))
    if any("real" not in r for r in rows):  # else every row counts as "own", "real" divides by 0
        raise SystemExit(f"{cache}: built before the 'real' flag (modes20); rebuild it: "
                         "PYTHONPATH=. python tools/kfold_modes.py build --cache ...")
    topics = article_topics(SETS)
    for r in rows:
        r["topic"] = topics.get(r["article"])
    total: dict[tuple[str, str], int] = defaultdict(int)
    for held in SETS:
        model = train(training_rows(rows, held, clean=True), c=c)
        test = [r for r in rows if r["set"] == held]
        out: dict[str, int] = defaultdict(int)
        for r in test:
            for sys_name, mode in _system_modes(model, r).items():
                hit = int(_ok(mode, r["gold"]))
                out[sys_name] += hit
                total[("all", sys_name)] += hit
                total[("real" if r.get("real") else "own", sys_name)] += hit
        print(f"{held} ({len(test)}): " +
              "  ".join(f"{n} {v / len(test):.3f}" for n, v in out.items()))
    for part in ("all", "real", "own"):
        n = sum(1 for r in rows if part == "all" or (part == "real") == bool(r.get("real")))
        print(f"{part} ({n}): " + "  ".join(f"{s_} {total[(part, s_)] / n:.3f}"
                                            for s_ in SYSTEMS))


def _leave_one_set_out(rows: list[Row], c: float | None) -> None:
    """Train on the other sets, score on the one left out (a set labelled at another
    time is the nearest thing to another annotator's text); and train on
    rec_a/b/c only, score on rec_d … rec_g."""
    from eventwire.stages.events.mode_model import train
    plans = [(tuple(s for s in SETS if s != held), (held,)) for held in SETS]
    plans.append((("rec_a", "rec_b", "rec_c"), ("rec_d", "rec_e", "rec_f", "rec_g")))
    for trained, held_out in plans:
        train_rows = [r for r in rows if r["set"] in trained]
        set_c = c if c is not None else choose_c(train_rows)
        model = train(train_rows, c=set_c)
        print(f"trained on {'+'.join(trained)}: C = {set_c}")
        for name in held_out:
            test = [r for r in rows if r["set"] == name]
            out: dict[str, int] = defaultdict(int)
            for r in test:
                for sys_name, mode in _system_modes(model, r).items():
                    out[sys_name] += _ok(mode, r["gold"])
            print(f"trained on {'+'.join(trained)}, scored on {name} ({len(test)}): " +
                  "  ".join(f"{n} {v / len(test):.3f}" for n, v in out.items()))


def train_shipped(cache: Path, out: Path, c: float) -> None:
    """Train the shipped ranker on every matched event of the sets in ``SETS``."""
    from eventwire.stages.events.mode_model import train

    rows: list[Row] = json.loads(cache.read_text(encoding="utf-8"))
    model = train(rows, c=c)
    model.weights = {f: w for f, w in model.weights.items() if abs(w) >= 0.01}  # size
    out.write_text(json.dumps({"trained_on": list(SETS), "c": c, **model.to_json()},
                              sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{len(model.weights)} weights -> {out}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=("build", "kfold", "train", "topics"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/modes_cache.json"))
    ap.add_argument("--c", type=float, default=None,
                    help="inverse L2 strength (default: chosen by k-fold on the training articles)")
    ap.add_argument("--out", type=Path, default=ROOT / "eventwire" / "data" / "events" /
                    "mode_ranker.json")
    ap.add_argument("--drop", nargs="*", default=[], help="feature prefixes left out")
    args = ap.parse_args(argv)
    if args.step == "build":
        build(args.cache)
    elif args.step == "topics":
        topic_clean(args.cache, args.c or 3.0)
    elif args.step == "train":
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
        train_shipped(args.cache, args.out, args.c or choose_c(rows))
    else:
        kfold(args.cache, args.c, args.drop)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
