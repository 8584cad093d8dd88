"""Leave-one-set-out comparison of PLOVER mode assignment: the rules (the
cascade of ``eventwire/stages/events/modes.py`` completed by the re-mention
and headline rules) against the learned ranker (``mode_model.py``), which
reads the rules' final mode and the step that set it among its features.

Steps::

    # 1. run the full pipeline once over the record sets with the ranker's
    #    candidate features recorded where the mode is decided at run time
    #    (``record_mode_features``: no train/serve skew); keep every event
    #    matched to gold by the records scorer, its gold and predicted mode
    PYTHONPATH=. python tools/kfold_modes.py build --cache /tmp/modes_cache.json
    # 2. leave one set out (plain, and topic-clean: tools/topic_folds.py),
    #    pooled, real outlets, own texts; C chosen by an inner LOSO-free
    #    article k-fold on the training sets only when --c is not given
    PYTHONPATH=. python tools/kfold_modes.py loso --cache /tmp/modes_cache.json --c 1 \
        --margin 1
    # 3. the confusion (gold -> predicted) of the biggest types, both systems
    PYTHONPATH=. python tools/kfold_modes.py confusion --cache /tmp/modes_cache.json --c 1
    # 4. the shipped weights against refits, topic-clean leave one set out:
    #    (a) the shipped file as it is, (b) a refit at --c, (c) a refit whose
    #    C is chosen by nested folds on each fold's training sets; pooled,
    #    real, own and the sets the shipped file never saw
    PYTHONPATH=. python tools/kfold_modes.py compare --cache /tmp/modes_cache.json --c 1 \
        --margin 1
    # 5. the shipped weights, trained on every set
    PYTHONPATH=. python tools/kfold_modes.py train --cache /tmp/modes_cache.json --c 1 \
        --margin 1

The margin (the rules' mode stands unless the ranker's best candidate
beats it by this much) is the smallest of the grid 0, 0.25, 0.5, 1, 1.5, 2
that keeps the rules' written mode classes (the unit tests), as for the
place chooser (docs/models.md).

Data: the development record sets ``rec_a`` … ``rec_ap`` (``topic_folds.SETS``),
listed by name — never a glob (a blind set being labelled must not be read). Scored like the
``mode`` field of ``eventwire eval records``: on events matched to a gold
event, predicted mode == gold mode (null = null), whatever the type. Needs
scikit-learn (the ``eval`` extra).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tools.topic_folds import SETS, base_row, matched_events, set_records, write_shipped

ROOT = Path(__file__).resolve().parents[1]
SEED = 13
FOLDS = 5
C_VALUES = (0.3, 1.0, 3.0)
Row = dict[str, Any]
NULL_KEY = "null"  # mode_features.NULL, without importing spaCy here


def build(cache: Path) -> None:
    """The full pipeline, the rules deciding, the ranker's features recorded."""
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.stages.events.mode_model import recorded_mode_features

    pipe = Pipeline(Settings(mode_model="rules"),
                    component_config={"eventwire_events": {"mode_model": "rules",
                                                           "record_mode_features": True}})
    records = set_records(SETS)
    rows, feats, seen = [], {}, None
    for record, doc, g, p in matched_events(pipe, records):
        if doc is not seen:  # the features of a doc, read once
            feats = {e.trigger.start: (rule, cands) for e, rule, cands in
                     recorded_mode_features(doc)}
            seen = doc
        rule, cands = feats.get(p["trigger"]["start"], (None, None))
        rows.append({**base_row(record), "gold_type": g["type"], "gold": g.get("mode"),
                     "type": p["type"], "final": p.get("mode"), "trigger": p["trigger"]["text"],
                     "rule": rule, "cands": cands})
    cache.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} matched events from {len(records)} articles -> {cache}")


MARGIN = 1.0  # --margin: the rules' mode stands unless beaten by this much


def _learned(model: Any, row: Row) -> str | None:
    """The ranker's mode; an event it never decided (no candidates: a type
    without modes, or retyped after the rules) keeps the rules' final mode."""
    if not row.get("cands"):
        return row["final"]
    model.margin = MARGIN
    return model.decide(row["cands"], row["final"])


def _train_rows(rows: list[Row]) -> list[Row]:
    return [{**r, "kind": r["type"]} for r in rows if r.get("cands")]


def _fit(rows: list[Row], c: float) -> Any:
    from eventwire.stages.events.mode_model import train
    return train(_train_rows(rows), c=c)


def choose_c(rows: list[Row]) -> float:
    """L2 strength by an article-level k-fold on the training rows only."""
    arts = sorted({r["article"] for r in rows})
    random.Random(SEED).shuffle(arts)
    fold = {a: i % FOLDS for i, a in enumerate(arts)}
    scores = []
    for c in C_VALUES:
        right = sum(_learned(_fit([r for r in rows if fold[r["article"]] != k], c), r) == r["gold"]
                    for k in range(FOLDS) for r in rows if fold[r["article"]] == k)
        scores.append((right, c))
    return max(scores)[1]


def predictions(rows: list[Row], c: float | None, clean: bool) -> dict[int, str | None]:
    """Row index -> the ranker's mode, each set scored by a model trained on
    the other sets (and, ``clean``, none of the held-out set's ECB+ topics)."""
    from tools.topic_folds import article_topics, training_rows

    topics = article_topics(SETS)
    for r in rows:
        r["topic"] = topics.get(r["article"])
    out: dict[int, str | None] = {}
    for held in SETS:
        train_rows = training_rows(rows, held, clean=clean)
        set_c = c if c is not None else choose_c(train_rows)
        model = _fit(train_rows, set_c)
        for i, r in enumerate(rows):
            if r["set"] == held:
                out[i] = _learned(model, r)
        print(f"  {held}: C = {set_c}", file=sys.stderr)
    return out


def _acc(rows: list[Row], idx: list[int], learned: dict[int, str | None]) -> str:
    rules = sum(rows[i]["final"] == rows[i]["gold"] for i in idx)
    model = sum(learned[i] == rows[i]["gold"] for i in idx)
    n = max(len(idx), 1)
    return f"{len(idx):5} rules {rules / n:.3f}  learned {model / n:.3f}  ({model - rules:+d})"


def loso(cache: Path, c: float | None) -> None:
    rows: list[Row] = json.loads(cache.read_text(encoding="utf-8"))
    for clean in (False, True):
        learned = predictions(rows, c, clean)
        print(f"== leave one set out{', topic-clean' if clean else ''} ==")
        for name in SETS:
            print(f"{name:7} " + _acc(rows, [i for i, r in enumerate(rows) if r["set"] == name],
                                      learned))
        for part, keep in (("pooled", lambda r: True), ("real", lambda r: r["real"]),
                           ("own", lambda r: not r["real"])):
            print(f"{part:7} " + _acc(rows, [i for i, r in enumerate(rows) if keep(r)], learned))
        wins = sum(1 for name in SETS if _wins(rows, learned, name) > 0)
        losses = sum(1 for name in SETS if _wins(rows, learned, name) < 0)
        print(f"sets won {wins}, lost {losses}")


def _wins(rows: list[Row], learned: dict[int, str | None], name: str) -> int:
    return sum((learned[i] == r["gold"]) - (r["final"] == r["gold"])
               for i, r in enumerate(rows) if r["set"] == name)


def confusion(cache: Path, c: float | None, top: int = 4) -> None:
    """Gold -> predicted mode counts of the biggest gold types (matched
    events typed right), rules and LOSO ranker side by side."""
    rows: list[Row] = json.loads(cache.read_text(encoding="utf-8"))
    learned = predictions(rows, c, clean=False)
    kinds = Counter(r["gold_type"] for r in rows)
    for kind, n in kinds.most_common(top):
        idx = [i for i, r in enumerate(rows) if r["gold_type"] == kind and r["type"] == kind]
        print(f"== {kind} ({n} matched, {len(idx)} typed right) ==")
        print("  " + _acc(rows, idx, learned))
        pairs: Counter[tuple[str, str, str]] = Counter()
        for i in idx:
            g = str(rows[i]["gold"])
            pairs[("rules", g, str(rows[i]["final"]))] += 1
            pairs[("learned", g, str(learned[i]))] += 1
        for (system, g, p), k in sorted(pairs.items(), key=lambda kv: -kv[1]):
            if g != p and k >= 3:
                print(f"  {system:7} {g:>14} -> {p:14} {k}")


def train_shipped(cache: Path, out: Path, c: float) -> None:
    """Train the shipped ranker on every matched event of the sets in ``SETS``."""
    rows: list[Row] = json.loads(cache.read_text(encoding="utf-8"))
    write_shipped(_fit(rows, c), out, c, MARGIN, SETS)


def _shipped_predictions(rows: list[Row], path: Path) -> tuple[dict[int, str | None], list[str]]:
    """Row index -> the mode the weights file at ``path`` gives (its own
    margin), and the sets it was trained on (in-sample for those)."""
    from eventwire.stages.events.mode_model import load_ranker

    model = load_ranker(path)
    if model is None:
        raise SystemExit(f"no mode ranker at {path}")
    seen = list(json.loads(path.read_text(encoding="utf-8")).get("trained_on", []))
    out = {i: (model.decide(r["cands"], r["final"]) if r.get("cands") else r["final"])
           for i, r in enumerate(rows)}
    return out, seen


def _parts(seen: list[str]) -> list[tuple[str, Any]]:
    unseen = [name for name in SETS if name not in seen]
    return [("pooled", lambda r: True), ("real", lambda r: r["real"]),
            ("own", lambda r: not r["real"]),
            ("unseen " + ",".join(n.removeprefix("rec_") for n in unseen),
             lambda r: r["set"] in unseen),
            ("unseen real", lambda r: r["set"] in unseen and r["real"])]


def compare(cache: Path, c: float, shipped: Path, nested: bool = True) -> None:
    """Topic-clean leave one set out: the rules, the shipped weights (scored
    as they are: in-sample on the sets they were trained on), a refit at
    ``c`` and (``nested``) a refit with C chosen by nested folds, per set and
    pooled; the table is printed once without the nested refit (it costs
    ``len(C_VALUES) * FOLDS`` more fits per fold) and once with it."""
    rows: list[Row] = json.loads(cache.read_text(encoding="utf-8"))
    fixed, seen = _shipped_predictions(rows, shipped)
    systems = {"shipped": fixed, f"refit C={c:g}": predictions(rows, c, clean=True)}
    _table(rows, systems, seen)
    if nested:
        systems["refit nested C"] = predictions(rows, None, clean=True)
        _table(rows, systems, seen)


def _table(rows: list[Row], systems: dict[str, dict[int, str | None]], seen: list[str]) -> None:
    print(f"== topic-clean leave one set out (shipped: in-sample on {len(seen)} sets) ==")
    print(f"{'':24}{'n':>6} {'rules':>7}" + "".join(f"{k:>16}" for k in systems))
    groups = [(name, lambda r, n=name: r["set"] == n) for name in SETS] + _parts(seen)
    for label, keep in groups:
        idx = [i for i, r in enumerate(rows) if keep(r)]
        n = max(len(idx), 1)
        rules = sum(rows[i]["final"] == rows[i]["gold"] for i in idx)
        cells = []
        for pred in systems.values():
            right = sum(pred[i] == rows[i]["gold"] for i in idx)
            cells.append(f"{right / n:.3f} ({right - rules:+d})")
        print(f"{label:24}{len(idx):6} {rules / n:7.3f}" + "".join(f"{x:>16}" for x in cells),
              flush=True)


def main(argv: list[str]) -> int:
    global MARGIN, FOLDS
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=("build", "loso", "confusion", "compare", "train"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/modes_cache.json"))
    ap.add_argument("--c", type=float, default=None,
                    help="inverse L2 strength (default: chosen by k-fold on the training sets)")
    ap.add_argument("--margin", type=float, default=1.0,
                    help="the rules' mode stands unless the best candidate beats it by this")
    ap.add_argument("--out", type=Path, default=ROOT / "eventwire" / "data" / "events" /
                    "mode_ranker.json")
    ap.add_argument("--shipped", type=Path, default=ROOT / "eventwire" / "data" / "events" /
                    "mode_ranker.json", help="the weights file compare scores as it is")
    ap.add_argument("--inner-folds", type=int, default=FOLDS,
                    help="article folds of the nested choice of C (one fit per C and fold)")
    ap.add_argument("--no-nested", action="store_true",
                    help="compare: leave out the refit whose C nested folds choose")
    args = ap.parse_args(argv)
    MARGIN, FOLDS = args.margin, args.inner_folds
    if args.step == "build":
        build(args.cache)
    elif args.step == "loso":
        loso(args.cache, args.c)
    elif args.step == "confusion":
        confusion(args.cache, args.c)
    elif args.step == "compare":
        compare(args.cache, args.c or 1.0, args.shipped, nested=not args.no_nested)
    else:
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
        train_shipped(args.cache, args.out, args.c or choose_c(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
