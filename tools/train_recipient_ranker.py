"""Train and choose the recipient ranker (eventwire/stages/events/recipients.py)
by leave-one-set-out over the gold-record sets.

    python tools/train_recipient_ranker.py tests/data/records/rec_{a,b,c,d,e,f}.jsonl \
        [--cache /tmp/recipient_options.json] [--write]

1. Runs the pipeline on every article (both halves) and records, for each
   trigger that overlaps a gold event's trigger, the recipient options the
   rules found (``recipients.OBSERVER``), their features and whether each is
   right by the records scorer (``participant_right``); "none" is an option.
2. Leave-one-set-out: for each set, a logistic regression (C fixed at 1.0,
   not tuned) is trained on the other sets' options and picks the
   best-scoring option of each held-out trigger; its accuracy is printed
   beside the rules' choice on the same triggers.
3. ``--write`` stores the model trained on all sets as
   ``eventwire/data/events/recipient_ranker.json`` -- only do so when it
   wins leave-one-set-out (the pipeline uses the rules when the file is
   absent).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import overlap, participant_right
from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import default_pipeline
from eventwire.stages.events import recipients

Row = dict[str, Any]
C = 1.0


def _as_record(m: ActorMention | None) -> Row | None:
    if m is None:
        return None
    return {"start": m.start, "end": m.end, "text": m.text, "country": m.country,
            "sector": m.sectors[0] if m.sectors else None, "sectors": list(m.sectors)}


def _gold_event(events: list[Row], start: int, end: int) -> Row | None:
    span = {"start": start, "end": end}
    best = max(events, key=lambda e: overlap(e["trigger"], span), default=None)
    return best if best is not None and overlap(best["trigger"], span) > 0 else None


def collect(paths: list[str]) -> list[Row]:
    """One row per trigger matched to a gold event: option features, labels."""
    rows: list[Row] = []
    by_text: dict[str, tuple[str, Row]] = {}

    def observe(doc: Any, trigger: Any, kind: Any, nominal: bool, actor: Any,
                options: list[recipients.Option], rule: Any) -> None:
        name, art = by_text[doc.text]
        gold = _gold_event(art["events"], trigger.idx, trigger.idx + len(trigger.text))
        if gold is None:
            return
        g = gold.get("recipient")
        opts = [None, *options]
        rows.append({
            "set": name, "article": art["id"], "trigger": trigger.idx,
            "features": [recipients.option_features(doc, trigger, kind, nominal, actor, o, rule)
                         for o in opts],
            "labels": [participant_right(g, _as_record(None if o is None else o[2]))
                       for o in opts],
            "rule_ok": participant_right(g, _as_record(rule))})

    recipients.OBSERVER.append(observe)
    pipe = default_pipeline()
    for path in paths:
        name = Path(path).stem
        arts = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        for art in arts:
            by_text[art["text"]] = (name, art)
        articles = [Article(text=a["text"], id=str(a["id"]), title=a.get("title"),
                            outlet=a.get("outlet"),
                            published=date.fromisoformat(str(a["published"])[:10])
                            if a.get("published") else None) for a in arts]
        for _ in pipe.extract(articles):
            pass
    recipients.OBSERVER.remove(observe)
    # a trigger seen twice (re-analysed) keeps its last options
    last = {(r["article"], r["trigger"]): r for r in rows}
    return list(last.values())


def fit(rows: list[Row]) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X = [{f: 1.0 for f in feats} for r in rows for feats in r["features"]]
    y = [int(label) for r in rows for label in r["labels"]]
    vec = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=2000).fit(vec.fit_transform(X), y)
    weights = dict(zip(vec.get_feature_names_out(), model.coef_[0], strict=True))
    weights["__bias__"] = float(model.intercept_[0])
    return {k: round(float(v), 4) for k, v in weights.items() if abs(v) > 1e-4}


def pick(weights: dict[str, float], row: Row) -> int:
    scores = [recipients.score(weights, f) for f in row["features"]]
    return max(range(len(scores)), key=lambda i: scores[i])


def loso(rows: list[Row]) -> None:
    sets = sorted({r["set"] for r in rows})
    tot_r = tot_m = n_all = 0
    print(f"{'held out':10} {'triggers':>8} {'rules':>8} {'ranker':>8}")
    for held in sets:
        weights = fit([r for r in rows if r["set"] != held])
        test = [r for r in rows if r["set"] == held]
        ok_rules = sum(r["rule_ok"] for r in test)
        ok_model = sum(r["labels"][pick(weights, r)] for r in test)
        tot_r, tot_m, n_all = tot_r + ok_rules, tot_m + ok_model, n_all + len(test)
        print(f"{held:10} {len(test):8d} {ok_rules / len(test):8.3f} {ok_model / len(test):8.3f}")
    print(f"{'all':10} {n_all:8d} {tot_r / n_all:8.3f} {tot_m / n_all:8.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--cache", help="JSON file of collected options (read if present)")
    ap.add_argument("--write", action="store_true", help="store the model trained on all sets")
    args = ap.parse_args()
    if args.cache and Path(args.cache).exists():
        rows = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    else:
        rows = collect(args.paths)
        if args.cache:
            Path(args.cache).write_text(json.dumps(rows), encoding="utf-8")
    loso(rows)
    if args.write:
        recipients.RANKER_PATH.write_text(json.dumps(
            {"model": "logistic regression, one score per option (tools/train_recipient_ranker.py)",
             "trained_on": sorted({r["set"] for r in rows}), "C": C,
             "weights": fit(rows)}, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {recipients.RANKER_PATH}")


if __name__ == "__main__":
    main()
