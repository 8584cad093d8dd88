"""Leave-one-set-out comparison of PLOVER type assignment: the rules (the
trigger lexicon and the construction classes) against the learned type
chooser (``eventwire/stages/events/type_model.py``), which reads the rules'
type and the rule that set it among its features.

Steps::

    # 1. run the full pipeline once over the record sets with the chooser's
    #    inputs recorded where the type is decided at run time
    #    (``record_type_features``: no train/serve skew); keep every event
    #    matched to gold by the records scorer, its gold and predicted type
    PYTHONPATH=. python tools/kfold_types.py build --cache /tmp/types_cache.json
    # 2. leave one set out (plain, and topic-clean: tools/topic_folds.py),
    #    pooled, real outlets, own texts
    PYTHONPATH=. python tools/kfold_types.py loso --cache /tmp/types_cache.json --c 1 \
        --margin 1
    # 3. the shipped weights, trained on every set
    PYTHONPATH=. python tools/kfold_types.py train --cache /tmp/types_cache.json --c 1 \
        --margin 1

Data: the development record sets ``rec_a`` … ``rec_ap`` (``topic_folds.SETS``),
listed by name — never a glob (a blind set being labelled must not be read). Scored like the
``type`` field of ``eventwire eval records``: on events matched to a gold
event, predicted type == gold type. An event the chooser never saw (its
type set after the chooser ran) keeps the rules' type. Needs scikit-learn
(the ``eval`` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tools.topic_folds import SETS, base_row, matched_events, set_records, write_shipped

ROOT = Path(__file__).resolve().parents[1]
Row = dict[str, Any]
MARGIN = 1.0  # --margin: the rules' type stands unless beaten by this much


def build(cache: Path) -> None:
    """The full pipeline, the rules deciding, the chooser's inputs recorded."""
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.stages.events.type_model import recorded_type_info

    pipe = Pipeline(Settings(type_model="rules"),
                    component_config={"eventwire_events": {"type_model": "rules",
                                                           "record_type_features": True}})
    records = set_records(SETS)
    rows, infos, seen = [], {}, None
    for record, doc, g, p in matched_events(pipe, records):
        if doc is not seen:  # the chooser's inputs of a doc, read once
            infos, seen = recorded_type_info(doc), doc
        info = infos.get(p["trigger"]["start"])
        rows.append({**base_row(record), "gold": g["type"], "final": p["type"],
                     "trigger": p["trigger"]["text"],
                     "info": info if info and info["type"] == p["type"] else None})
    cache.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} matched events from {len(records)} articles -> {cache}")


def _learned(model: Any, row: Row) -> str:
    from eventwire.stages.events.type_features import candidates

    if not row.get("info"):
        return str(row["final"])
    model.margin = MARGIN
    return str(model.decide(candidates(row["info"], model.confusions), row["final"]))


def _fit(rows: list[Row], c: float) -> Any:
    from eventwire.stages.events.type_model import train
    return train([r for r in rows if r.get("info")], c=c)


def predictions(rows: list[Row], c: float, clean: bool) -> dict[int, str]:
    """Row index -> the chooser's type, each set scored by a model trained on
    the other sets (and, ``clean``, none of the held-out set's ECB+ topics)."""
    from tools.topic_folds import article_topics, training_rows

    topics = article_topics(SETS)
    for r in rows:
        r["topic"] = topics.get(r["article"])
    out: dict[int, str] = {}
    for held in SETS:
        model = _fit(training_rows(rows, held, clean=clean), c)
        for i, r in enumerate(rows):
            if r["set"] == held:
                out[i] = _learned(model, r)
    return out


def _acc(rows: list[Row], idx: list[int], learned: dict[int, str]) -> str:
    rules = sum(rows[i]["final"] == rows[i]["gold"] for i in idx)
    model = sum(learned[i] == rows[i]["gold"] for i in idx)
    lost = sum(rows[i]["final"] == rows[i]["gold"] != learned[i] for i in idx)
    n = max(len(idx), 1)
    return (f"{len(idx):5} rules {rules / n:.4f}  learned {model / n:.4f}  ({model - rules:+d}: "
            f"{model - rules + lost} fixed, {lost} broken)")


def _macro(rows: list[Row], idx: list[int], pred: dict[int, str]) -> float:
    """Macro-F1 over the gold types of the matched events."""
    kinds = sorted({rows[i]["gold"] for i in idx})
    f1s = []
    for k in kinds:
        tp = sum(rows[i]["gold"] == k and pred[i] == k for i in idx)
        fp = sum(rows[i]["gold"] != k and pred[i] == k for i in idx)
        fn = sum(rows[i]["gold"] == k and pred[i] != k for i in idx)
        f1s.append(2 * tp / max(2 * tp + fp + fn, 1))
    return sum(f1s) / max(len(f1s), 1)


def loso(cache: Path, c: float) -> None:
    rows: list[Row] = json.loads(cache.read_text(encoding="utf-8"))
    rules = {i: str(r["final"]) for i, r in enumerate(rows)}
    for clean in (False, True):
        learned = predictions(rows, c, clean)
        print(f"== leave one set out{', topic-clean' if clean else ''} (C={c}, "
              f"margin={MARGIN}) ==")
        wins = losses = 0
        for name in SETS:
            idx = [i for i, r in enumerate(rows) if r["set"] == name]
            delta = sum((learned[i] == rows[i]["gold"]) - (rules[i] == rows[i]["gold"])
                        for i in idx)
            wins, losses = wins + (delta > 0), losses + (delta < 0)
            print(f"{name:7} " + _acc(rows, idx, learned))
        for part, keep in (("pooled", lambda r: True), ("real", lambda r: r["real"]),
                           ("own", lambda r: not r["real"])):
            idx = [i for i, r in enumerate(rows) if keep(r)]
            print(f"{part:7} " + _acc(rows, idx, learned) +
                  f"  macro-F1 {_macro(rows, idx, rules):.4f} -> {_macro(rows, idx, learned):.4f}")
        print(f"sets won {wins}, lost {losses}")
        changes = Counter((rules[i], learned[i], rows[i]["gold"]) for i in learned
                          if learned[i] != rules[i])
        for (was, now, gold), k in changes.most_common(15):
            print(f"  {was:>10} -> {now:10} gold {gold:10} {k}")


def train_shipped(cache: Path, out: Path, c: float) -> None:
    """Train the shipped chooser on every matched event of the sets in ``SETS``."""
    rows: list[Row] = json.loads(cache.read_text(encoding="utf-8"))
    write_shipped(_fit(rows, c), out, c, MARGIN, SETS)


def main(argv: list[str]) -> int:
    global MARGIN
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=("build", "loso", "train"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/types_cache.json"))
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--margin", type=float, default=1.0,
                    help="the rules' type stands unless the best candidate beats it by this")
    ap.add_argument("--out", type=Path, default=ROOT / "eventwire" / "data" / "events" /
                    "type_ranker.json")
    args = ap.parse_args(argv)
    MARGIN = args.margin
    if args.step == "build":
        build(args.cache)
    elif args.step == "loso":
        loso(args.cache, args.c)
    else:
        train_shipped(args.cache, args.out, args.c)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
