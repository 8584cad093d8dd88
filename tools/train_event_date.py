"""Learn the event-date choice (eventwire/stages/time/decision.py) leave-one-set-out.

    python tools/train_event_date.py dump tests/data/records/rec_{a,b,c,d,e,f,g,h}.jsonl \
        --out build/event_date_rows.json
    python tools/train_event_date.py loso build/event_date_rows.json
    python tools/train_event_date.py write build/event_date_rows.json --variant NAME --c C

``dump`` runs the pipeline (rules as on main) over every article of the
record sets, matches events to gold as ``eventwire eval records`` does, and
keeps for each matched event the candidates of :mod:`decision`, which of
them give the gold date (value + granularity, ``date_right``) and the
features. The share of examples whose ``current`` candidate is right is
the ``date`` figure of ``eventwire eval records`` for that set.

``loso`` scores each variant (feature groups x labelling x C) with every set
held out in turn (fit on the other seven), against the rules (``current``),
per set and on the real-outlet articles (source ecbplus:/geovirus:/meantime:).
``write`` fits the chosen variant on all sets and writes
``eventwire/data/time/event_date.json`` (which switches the decision on).
Deterministic: lbfgs, no sampling.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from eventwire.eval.records import record_of
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.time.decision import CHOICES, MODEL_PATH, candidates, choose, features
from eventwire.stages.time.governing import token_at

Example = dict[str, Any]
REAL = ("ecbplus:", "geovirus:", "meantime:")
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
# feature groups a variant may leave out (prefixes of feature names)
GROUPS: dict[str, tuple[str, ...]] = {
    "relation": ("sent_date",),
    "conj": ("&anchor",),
    "undated": ("tag=", "host_tag", "present_perfect", "past_perfect", "passive",
                "progressive", "modal", "in_quote", "speech", "is_speech", "sent<", "sent>",
                "title_line", "background_cue", "news_cue", "in_relative", "root",
                "state_verb", "timeline_", "no_timeline", "doc_dates", "dateline_pub",
                "past_", "verbal_", "act="),
}


def _gold(g: dict[str, Any]) -> tuple[str | None, str]:
    t = g.get("time") or {}
    value = t.get("value")
    return value, (str(t.get("granularity") or "unknown") if value else "unknown")


def dump(paths: list[Path], out: Path) -> None:
    pipe = Pipeline(Settings(progress=False, heideltime=False))
    rows: list[Example] = []
    for path in paths:
        records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        for start in range(0, len(records), 8):
            rows += _batch(pipe, records[start:start + 8], path.stem)
        print(f"{path.stem}: {sum(r['set'] == path.stem for r in rows)} matched events",
              file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows), encoding="utf-8")


def _batch(pipe: Pipeline, batch: list[dict[str, Any]], name: str) -> list[Example]:
    arts = [Article(text=r["text"], id=str(r["id"]), title=r.get("title"),
                    outlet=r.get("outlet"), published=date.fromisoformat(r["published"]))
            for r in batch]
    rows = []
    for record, (article, doc, result) in zip(batch, pipe.extract(arts), strict=True):
        events = result if isinstance(result, list) else []
        if doc is None:
            continue
        preds = [record_of(article.text, e) for e in events]
        timexes, quotes = list(doc._.timexes or []), list(doc._.quotes or [])
        for gi, pi in match_events(record["events"], preds):
            mention = events[pi].mention
            trigger = token_at(doc, mention.trigger.start)
            if trigger is None or doc._.published is None:
                continue
            cands = candidates(doc, trigger, timexes, doc._.published, mention.time)
            gold = _gold(record["events"][gi])
            rows.append({
                "set": name, "doc": record["id"],
                "real": str(record.get("source", "")).startswith(REAL),
                "features": features(doc, mention, trigger, timexes, quotes,
                                     doc._.published, mention.time, cands),
                "cands": {k: list(v) if v is not None else None for k, v in cands.items()},
                "right": {k: v is not None and tuple(v) == gold for k, v in cands.items()}})
    return rows


def _keep(name: str, drop: tuple[str, ...]) -> bool:
    return not any(p in name if p.startswith("&") else name.startswith(p)
                   for g in drop for p in GROUPS[g])


def _labels(ex: Example, labelling: str) -> list[str]:
    """The choices an example teaches: every right one (``all``), or the
    rules' own when it is right and the right others only when it is not
    (``stay``: the model learns when to leave the rules)."""
    right = [c for c in CHOICES if ex["right"][c]]
    if labelling == "stay" and ex["right"]["current"]:
        return ["current"]
    return right


def fit(examples: list[Example], c: float, drop: tuple[str, ...],
        labelling: str) -> dict[str, Any]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    vocab = sorted({k for ex in examples for k in ex["features"] if _keep(k, drop)})
    index = {k: i for i, k in enumerate(vocab)}
    rows, labels, weights = [], [], []
    for ex in examples:
        right = _labels(ex, labelling)
        for choice in right:
            vec = np.zeros(len(vocab))
            for k, v in ex["features"].items():
                if k in index:
                    vec[index[k]] = v
            rows.append(vec)
            labels.append(choice)
            weights.append(1.0 / len(right))
    clf = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
    clf.fit(np.array(rows), labels, sample_weight=np.array(weights))
    classes = [str(x) for x in clf.classes_]
    coef = clf.coef_ if len(classes) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]])
    return {"classes": classes, "C": c, "drop": list(drop), "labelling": labelling,
            "weights": {cls: {k: round(float(w), 5) for k, w in zip(vocab, coef[i], strict=True)
                              if abs(w) > 1e-6} for i, cls in enumerate(classes)}}


def _right(model: dict[str, Any] | None, ex: Example) -> bool:
    if model is None:
        return bool(ex["right"]["current"])
    cands = {k: tuple(v) if v is not None else None for k, v in ex["cands"].items()}
    return bool(ex["right"][choose(ex["features"], model, cands)])


def loso(examples: list[Example], variant: tuple[tuple[str, ...], str, float]
         ) -> dict[str, list[int]]:
    """Per held-out set (and ``real``): [rules right, model right, n]."""
    drop, labelling, c = variant
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for held in sorted({ex["set"] for ex in examples}):
        train = [ex for ex in examples if ex["set"] != held and any(ex["right"].values())]
        model = fit(train, c, drop, labelling)
        for ex in (ex for ex in examples if ex["set"] == held):
            for key in (held, "real") if ex["real"] else (held,):
                row = table[key]
                row[0] += _right(None, ex)
                row[1] += _right(model, ex)
                row[2] += 1
    return dict(table)


def _summary(table: dict[str, list[int]]) -> tuple[float, float, int, int]:
    sets = [k for k in table if k != "real"]
    mean = sum((table[k][1] - table[k][0]) / table[k][2] for k in sets) / len(sets)
    real = (table["real"][1] - table["real"][0]) / table["real"][2] if "real" in table else 0.0
    return mean, real, sum(table[k][1] < table[k][0] for k in sets), \
        sum(table[k][1] > table[k][0] for k in sets)


def variants() -> list[tuple[tuple[str, ...], str, float]]:
    drops: list[tuple[str, ...]] = [(), ("conj",), ("relation",), ("undated",),
                                    ("conj", "undated")]
    return [(d, lab, c) for d in drops for lab in ("stay", "all") for c in C_GRID]


def print_table(table: dict[str, list[int]]) -> None:
    print(f"{'held out':10}{'n':>6}{'rules':>8}{'model':>8}{'won-lost':>10}")
    for key in sorted(table, key=lambda k: (k == "real", k)):
        r, m, n = table[key]
        print(f"{key:10}{n:6}{r / n:8.3f}{m / n:8.3f}{m - r:>+10d}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("paths", type=Path, nargs="+")
    d.add_argument("--out", type=Path, required=True)
    lo = sub.add_parser("loso")
    lo.add_argument("rows", type=Path)
    w = sub.add_parser("write")
    w.add_argument("rows", type=Path)
    w.add_argument("--drop", nargs="*", default=[])
    w.add_argument("--labelling", default="stay")
    w.add_argument("--c", type=float, default=0.1)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.paths, args.out)
        return 0
    examples = json.loads(args.rows.read_text(encoding="utf-8"))
    if args.cmd == "loso":
        results = []
        for variant in variants():
            mean, real, lost, won = _summary(loso(examples, variant))
            results.append((mean, real, lost, won, variant))
            print(f"{'+'.join(variant[0]) or '-':16}{variant[1]:>6}{variant[2]:>6} "
                  f"mean {mean:+.4f} real {real:+.4f} sets won {won} lost {lost}", flush=True)
        best = max(results, key=lambda r: (r[0], r[1]))
        print("best:", best[4])
        print_table(loso(examples, best[4]))
        return 0
    variant = (tuple(args.drop), args.labelling, args.c)
    print_table(loso(examples, variant))
    model = fit([ex for ex in examples if any(ex["right"].values())], *
                (args.c, tuple(args.drop), args.labelling))
    model["source"] = ("record sets " + ", ".join(sorted({ex["set"] for ex in examples})) +
                       " (all articles, matched events); tools/train_event_date.py")
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(model, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
