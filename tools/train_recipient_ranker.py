"""Train and choose the recipient ranker (``recipients.choose_recipient``)
by leave-one-set-out over the gold-record sets, and check it on the PLOVER
GSR main events.

    PYTHONPATH=. python tools/recipient_ranker_collect.py --out /tmp/options.json \
        tests/data/records/rec_{a,b,c,d,e,f,g,h,i,j}.jsonl --gsr ../shared/data/plover_gsr/dev.jsonl
    PYTHONPATH=. python tools/train_recipient_ranker.py /tmp/options.json [--write]
    PYTHONPATH=. python tools/train_recipient_ranker.py /tmp/options.json --topic-clean

1. Leave-one-set-out: a logistic regression (C fixed at 1.0, not tuned)
   over the option features is trained on the other sets' options (labels:
   right by the records scorer) and, on each held-out trigger, drops the
   rules' choice when "none" outscores every option and that choice is not
   the act's own argument (``recipient_options.own_argument``), and, when
   the rules have none, fills the slot with a bare person noun or pronoun
   that outscores "none" and every option (``recipients.fill``; the shipped
   decision; ``drop_only`` is recips10's) -- printed beside the rules, per
   set, and on the real-outlet
   and own subsets. Variants that were not shipped are printed too: any
   drop (no own-argument guard: more pooled, but loses on rec_a/rec_d and
   on the guide's own classes in the tests), the full ranker (its best
   option, named or none) and re-ranking the named options only.
2. GSR: the model trained on all sets, in PLOVER's view (the rules'
   choice; else the place of the act; else the ranker's best option),
   target country and sector over the main events, against the rules.
3. ``--write`` stores the model trained on all sets as
   ``eventwire/data/events/recipient_ranker.json``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.stages.events import recipients
from eventwire.stages.events.bare_options import FILL_RULES
from tools.topic_folds import article_topics, training_rows

Row = dict[str, Any]
C = 1.0


def fit(rows: list[Row], c: float = C) -> dict[str, float]:
    """Weights of a logistic regression over the option rows (``c``: its
    inverse regularisation, tuned by tools/tune_actor_chooser.py for the
    actor chooser)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X = [{f: 1.0 for f in feats} for r in rows for feats in r["features"]]
    y = [int(label) for r in rows for label in r["labels"]]
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=3000).fit(vec.fit_transform(X), y)
    weights = dict(zip(vec.get_feature_names_out(), model.coef_[0], strict=True))
    weights["__bias__"] = float(model.intercept_[0])
    return {k: round(float(v), 4) for k, v in weights.items() if abs(v) > 1e-4}


def rule_index(row: Row) -> int:
    return next((i for i, f in enumerate(row["features"]) if "chosen=True" in f), 0)


def _own_argument(feats: list[str]) -> bool:
    """``recipient_options.own_argument`` read from the option's features."""
    return "under_act=True" in feats and bool({"path=1", "path=2", "path=3-4"} & set(feats))


FILLABLE = {f"rule={r}" for r in FILL_RULES}


def _fillable(feats: list[str]) -> bool:
    """A bare person noun or pronoun (``recipients.fill``)."""
    return "src=bare" in feats and bool(FILLABLE & set(feats))


def choices(weights: dict[str, float], row: Row, margin: float = 0.0,
            fill_margin: float = 0.0) -> dict[str, int]:
    """The option each variant picks (0 = none); ``margin`` is added to the
    score of "none" (the threshold for no recipient: >0 answers none more),
    ``fill_margin`` too but only where the rules have none (the fill)."""
    s = [recipients.score(weights, f) for f in row["features"]]
    s[0] += margin
    rule = rule_index(row)
    best_named = max(range(1, len(s)), key=lambda i: s[i], default=0)
    drop = rule != 0 and best_named != 0 and s[0] > s[best_named]
    drop_only = 0 if drop and not _own_argument(row["features"][rule]) else rule
    filled = rule == 0 and best_named != 0 and s[best_named] > s[0] + fill_margin and _fillable(
        row["features"][best_named])
    return {"rules": rule, "drop_only": drop_only,
            "shipped": best_named if filled else drop_only, "any_drop": 0 if drop else rule,
            "full": max(range(len(s)), key=lambda i: s[i]),
            "rerank": best_named if rule != 0 and best_named != 0 else rule,
            "plover": rule or best_named}


def loso(rows: list[Row], topic_clean: bool = False) -> None:
    """Leave-one-set-out (``topic_clean``: nor any article of an ECB+ topic
    the held-out set contains, ``tools/topic_folds.py``)."""
    variants = ("rules", "drop_only", "shipped", "any_drop", "full", "rerank")
    hits: dict[str, Counter[str]] = {v: Counter() for v in variants}
    n: Counter[str] = Counter()
    topics = article_topics(sorted({r["set"] for r in rows}))
    rows = [{**r, "topic": topics.get(str(r["article"]))} for r in rows]
    for held in sorted({r["set"] for r in rows}):
        weights = fit(training_rows(rows, held, topic_clean))
        for r in (r for r in rows if r["set"] == held):
            picked = choices(weights, r)
            groups = (held, "pooled", "real" if r["real"] else "own")
            n.update(groups)
            for v in variants:
                hits[v].update({g: int(r["labels"][picked[v]]) for g in groups})
    print(f"{'held out':8} {'n':>5} " + " ".join(f"{v:>8}" for v in variants))
    for g in [*sorted(k for k in n if k.startswith("rec_")), "pooled", "real", "own"]:
        print(f"{g:8} {n[g]:5d} " + " ".join(f"{hits[v][g] / n[g]:8.4f}" for v in variants))


def _gsr_choice(weights: dict[str, float], g: Row, view: str) -> int:
    """-1: no main event; 0: no recipient (PLOVER's view: the place, if any)."""
    if not g["raw"]:
        return -1
    rule = rule_index(g)
    picked = choices(weights, g)
    if view == "plover" and picked["shipped"] != picked["drop_only"]:
        return picked["shipped"]  # a filled recipient is PLOVER's target too
    if view == "rules" or rule != 0 or g["plover"][0] is not None:
        return rule  # the place of the act comes before the ranker's option
    return picked["plover"]


def gsr(rows: list[Row], weights: dict[str, float]) -> None:
    """Target country/sector of the main events: the rules vs PLOVER's view
    with the ranker (``targets.plover_target``)."""
    for view in ("rules", "plover"):
        c_hit = c_n = s_hit = s_n = 0
        for g in rows:
            if g["gold"] is None:
                continue
            i = _gsr_choice(weights, g, view)
            c_ok = i >= 0 and g["country_ok"][i]
            s_ok = i >= 0 and g["sector_ok"][i]
            c_n, c_hit = c_n + bool(g["gold_country"]), c_hit + bool(g["gold_country"] and c_ok)
            s_n, s_hit = s_n + bool(g["gold_sector"]), s_hit + bool(g["gold_sector"] and s_ok)
        print(f"GSR {view:7} target country {c_hit / c_n:.3f} (n={c_n}) "
              f"sector {s_hit / s_n:.3f} (n={s_n})")


def without(rows: list[Row], prefixes: tuple[str, ...]) -> list[Row]:
    """The rows with every feature that starts with one of ``prefixes``
    removed (a feature-set ablation: ``hc`` is ranker18's head class)."""
    if not prefixes:
        return rows
    return [{**r, "features": [[f for f in fs if not f.startswith(prefixes)]
                               for fs in r["features"]]} for r in rows]


def compare(rows: list[Row], variants: dict[str, tuple[tuple[str, ...], float, float]],
            shipped: dict[str, Any], topic_clean: bool) -> None:
    """The shipped decision (drop + fill) under each variant, refit per fold
    (``variants``: name -> (feature prefixes removed, none margin, fill
    margin)), beside
    the rules and the shipped model's fixed weights on the same held-out
    triggers (ranker18: "against the shipped model under the same folds",
    with its own fill margin). ``unseen``: the sets the shipped model was
    never fitted on (its ``trained_on``), the only fair ground against it
    (refit_roles29)."""
    topics = article_topics(sorted({r["set"] for r in rows}))
    rows = [{**r, "topic": topics.get(str(r["article"]))} for r in rows]
    names = ["rules", "shipped_model", *variants]
    hits: dict[str, Counter[str]] = {v: Counter() for v in names}
    n: Counter[str] = Counter()
    views = {name: without(rows, drop) for name, (drop, _m, _f) in variants.items()}
    seen = set(shipped.get("trained_on", []))
    for held in sorted({r["set"] for r in rows}):
        fitted = {name: fit(training_rows(views[name], held, topic_clean))
                  for name in variants}
        for r in rows:
            if r["set"] != held:
                continue
            groups = _groups(r, held not in seen)
            n.update(groups)
            hits["rules"].update({g: int(r["labels"][rule_index(r)]) for g in groups})
            ship = choices(shipped["weights"], r, 0.0, shipped.get("fill_margin", 0.0))["shipped"]
            hits["shipped_model"].update({g: int(r["labels"][ship]) for g in groups})
            for name, (_drop, margin, fill_margin) in variants.items():
                # scored on the full row: a removed feature has no weight, and
                # the own-argument guard still reads the path (as the parse does)
                pick = choices(fitted[name], r, margin, fill_margin)["shipped"]
                hits[name].update({g: int(r["labels"][pick]) for g in groups})
    print(f"{'held out':11} {'n':>5} " + " ".join(f"{v:>13}" for v in names))
    for g in [*sorted(k for k in n if k.startswith("rec_")), "pooled", "real", "own",
              *(k for k in ("unseen", "unseen real", "unseen own") if k in n)]:
        print(f"{g:11} {n[g]:5d} " + " ".join(f"{hits[v][g]:6d} {hits[v][g] / n[g]:.3f}"
                                               for v in names))


def _groups(row: Row, unseen: bool) -> tuple[str, ...]:
    """The report rows a held-out trigger counts in."""
    sub = "real" if row["real"] else "own"
    out: tuple[str, ...] = (row["set"], "pooled", sub)
    return (*out, "unseen", f"unseen {sub}") if unseen else out


def parse_variants(specs: list[str]) -> dict[str, tuple[tuple[str, ...], float, float]]:
    """``name:prefix,prefix:margin[:fill_margin]`` -> the variants of
    :func:`compare`."""
    out = {}
    for spec in specs:
        name, drop, margin, *fill = spec.split(":")
        out[name] = (tuple(p for p in drop.split(",") if p), float(margin),
                     float(fill[0]) if fill else 0.0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("options", help="JSON written by tools/recipient_ranker_collect.py")
    ap.add_argument("--write", action="store_true", help="store the model trained on all sets")
    ap.add_argument("--topic-clean", action="store_true",
                    help="no fold trains on an ECB+ topic of its held-out set (recips13)")
    ap.add_argument("--compare", nargs="*", metavar="NAME:DROP:MARGIN[:FILL]",
                    help="only compare refit variants with the shipped model (ranker18)")
    ap.add_argument("--drop-features", default="",
                    help="feature prefixes the written model leaves out, comma-separated")
    ap.add_argument("--fill-margin", type=float, default=0.0,
                    help="stored with --write: the fill's margin below 'none' (ranker18)")
    args = ap.parse_args()
    data = json.loads(Path(args.options).read_text(encoding="utf-8"))
    rows = data["records"]
    if args.compare is not None:
        shipped = json.loads(recipients.RANKER_PATH.read_text(encoding="utf-8"))
        compare(rows, parse_variants(args.compare), shipped, args.topic_clean)
        return
    rows = without(rows, tuple(p for p in args.drop_features.split(",") if p))
    loso(rows, args.topic_clean)
    weights = fit(rows)
    gsr(data["gsr"], weights)
    if args.write:
        recipients.RANKER_PATH.write_text(json.dumps(
            {"model": "logistic regression, one score per option; drops the rules' choice "
                      "when 'none' scores highest and it is not the act's own argument "
                      "; fills an empty slot with a bare person noun or pronoun when it "
                      "outscores 'none' by fill_margin and every option (recips11, "
                      "ranker18; tools/train_recipient_ranker.py)",
             "trained_on": sorted({r["set"] for r in rows}), "C": C,
             "fill_margin": args.fill_margin,
             "weights": weights}, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {recipients.RANKER_PATH}")


if __name__ == "__main__":
    main()
