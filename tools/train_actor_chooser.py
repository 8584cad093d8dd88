"""Collect, train and choose the actor chooser (``actor_chooser.choose_actor``)
by leave-one-set-out over the gold-record sets.

    PYTHONPATH=. python tools/train_actor_chooser.py collect --out /tmp/actor_options.json \
        tests/data/records/rec_{a,b,c,d,e,f,g,h,i,j,k}.jsonl
    PYTHONPATH=. python tools/train_actor_chooser.py fit /tmp/actor_options.json [--write]
    PYTHONPATH=. python tools/train_actor_chooser.py fit /tmp/actor_options.json --compare

``collect`` runs the pipeline once with an observer on the chooser: every
candidate of every trigger, its features, and its codes after the shipped
resolver; a predicted event matched to a gold one (the records scorer's
``match_events``) becomes a row whose labels say which options are right
by ``participant_right``.

``fit``: a logistic regression (C fixed at 1.0) over the option features;
leave-one-set-out, each held-out trigger gets the best-scoring option,
applied only in the decision classes (``actor_chooser.decision_class``)
allowed, and never dropping the act's own doer (``actor_chooser.protected``).
Printed: the rules, the unguarded chooser, the variants that allow
only filling / only dropping / only replacing, and the nested guard (on
each fold, the classes that gain on the training sets' own inner
leave-one-set-out are allowed) -- per set, pooled, real outlets, own
texts. ``--write`` stores the model trained on all sets with the classes
the nested guard allows on all sets, switched off unless ``--on``
(actors12: its LOSO gain was nil once the actor codes were fixed; see
``tools/tune_actor_chooser.py``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from train_recipient_ranker import C, fit  # the same logistic fit (C = 1.0) over option rows

from eventwire.stages.events import actor_chooser as ac
from tools.topic_folds import article_topics, is_real, training_rows

Row = dict[str, Any]


def _as_record(m: Any) -> Row | None:
    if m is None:
        return None
    return {"start": m.start, "end": m.end, "text": m.text, "country": m.country,
            "sector": m.sectors[0] if m.sectors else None, "sectors": list(m.sectors)}


class Collector:
    """The observer: one raw row per (text, trigger), the last analysis kept."""

    def __init__(self) -> None:
        from eventwire.stages.actors.resolver import load_resolver

        self.raw: dict[tuple[str, int], Row] = {}
        self.resolver = load_resolver()
        self._ctx: tuple[int, Any] = (0, None)

    def _resolved(self, doc: Any, m: Any, kind: str | None) -> Any:
        from eventwire.stages.actors.resolver_features import participant_features, story_context

        if m is None or self.resolver is None:
            return m
        if self._ctx[0] != id(doc):
            self._ctx = (id(doc), story_context(doc))
        ctx = self._ctx[1]
        return self.resolver.resolve(m, participant_features(doc, m, "actor", kind, ctx), ctx)

    def __call__(self, doc: Any, trigger: Any, kind: str | None, rule: Any,
                 opts: list[Any], feats: list[list[str]], guard: bool) -> None:
        self.raw[(doc.text, trigger.idx)] = {
            "trigger": trigger.idx, "kind": kind, "features": feats, "protected": guard,
            "classes": [ac.decision_class(rule, o) for o in opts],
            "texts": [None if o is None else o[1].text for o in opts],
            "coded": [_as_record(None if o is None else self._resolved(doc, o[1], kind))
                      for o in opts]}


def collect(paths: list[str], out: Path) -> None:
    from eventwire.eval.record_fields import match_events, participant_right
    from eventwire.eval.records import predict
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    col = Collector()
    ac.OBSERVER.append(col)
    pipe = Pipeline(Settings())
    rows: list[Row] = []
    for path in paths:
        name = Path(path).stem
        arts = [json.loads(x) for x in open(path, encoding="utf-8") if x.strip()]
        preds = predict([{k: v for k, v in a.items() if k != "events"} for a in arts], pipe)
        for art, pred in zip(arts, preds, strict=True):
            gold, pev = art["events"], pred["events"]
            for gi, pi in match_events(gold, pev):
                raw = col.raw.get((art["text"], pev[pi]["trigger"]["start"]))
                if raw is None:
                    continue
                g = gold[gi].get("actor")
                rows.append({**raw, "set": name, "article": art["id"],
                             "real": is_real(art),
                             "gold": g, "labels": [participant_right(g, c) for c in raw["coded"]],
                             "pred_ok": participant_right(g, pev[pi].get("actor"))})
        col.raw.clear()
        print(name, sum(r["set"] == name for r in rows), flush=True)
    out.write_text(json.dumps(rows), encoding="utf-8")
    print(f"wrote {out}: {len(rows)} matched triggers")


def rule_index(row: Row) -> int:
    return next((i for i, f in enumerate(row["features"]) if "src=rule" in f), 0)


def picks(weights: dict[str, float], rows: list[Row]) -> list[tuple[int, int, str]]:
    """(rules' option, chooser's option, decision class) per row."""
    out = []
    for r in rows:
        b, rule = ac.best(weights, r["features"]), rule_index(r)
        if b == 0 and rule != 0 and r.get("protected"):
            b = rule  # the act's own doer stays (``actor_chooser.protected``)
        out.append((rule, b, r["classes"][b]))
    return out


def gains(rows: list[Row], chosen: list[tuple[int, int, str]]) -> Counter[str]:
    """Net right answers the chooser adds over the rules, per decision class."""
    out: Counter[str] = Counter()
    for r, (rule, b, cls) in zip(rows, chosen, strict=True):
        out[cls] += int(r["labels"][b]) - int(r["labels"][rule])
    return out


def inner_allowed(rows: list[Row]) -> set[str]:
    """Classes with a net gain on the rows' own leave-one-set-out."""
    total: Counter[str] = Counter()
    for held in sorted({r["set"] for r in rows}):
        test = [r for r in rows if r["set"] == held]
        total.update(gains(test, picks(fit([r for r in rows if r["set"] != held]), test)))
    return {c for c, v in total.items() if v > 0 and c != "keep"}


VARIANTS = ("rules", "chooser", "fill", "drop", "replace", "no_repl", "nested")


def _decide(variant: str, rule: int, b: int, cls: str, allowed: set[str]) -> int:
    if variant == "rules":
        return rule
    if variant == "chooser":
        return b
    if variant == "no_repl":
        return rule if cls.startswith("replace") else b
    if variant == "nested":
        return b if cls in allowed else rule
    return b if cls.startswith(variant) else rule


def loso(rows: list[Row], nested: bool) -> Counter[str]:
    hits: dict[str, Counter[str]] = {v: Counter() for v in VARIANTS}
    n: Counter[str] = Counter()
    class_gain: Counter[str] = Counter()
    for held in sorted({r["set"] for r in rows}):
        train = [r for r in rows if r["set"] != held]
        test = [r for r in rows if r["set"] == held]
        chosen = picks(fit(train), test)
        class_gain.update(gains(test, chosen))
        allowed = inner_allowed(train) if nested else set()
        print(f"  {held}: allowed {sorted(allowed)}", flush=True)
        for r, (rule, b, cls) in zip(test, chosen, strict=True):
            groups = (held, "pooled", "real" if r["real"] else "own")
            n.update(groups)
            for v in VARIANTS:
                hits[v].update({g: int(r["labels"][_decide(v, rule, b, cls, allowed)])
                                for g in groups})
    print(f"{'held out':8} {'n':>5} " + " ".join(f"{v:>8}" for v in VARIANTS))
    for g in [*sorted(k for k in n if k.startswith("rec_")), "pooled", "real", "own"]:
        print(f"{g:8} {n[g]:5d} " + " ".join(f"{hits[v][g] / n[g]:8.4f}" for v in VARIANTS))
    return class_gain


def compare(rows: list[Row], nested: bool) -> None:
    """Topic-clean leave-one-set-out (``tools/topic_folds.py``) of the refit
    recipe beside the rules and the shipped model (its weights and allowed
    classes, whether or not switched on); ``unseen``: the sets the shipped
    model never read, the only fair ground against it (refit_roles29). The
    refit's classes: the shipped ones, or with ``nested`` those that gain on
    the fold's training rows' own leave-one-set-out."""
    shipped = json.loads(ac.CHOOSER_PATH.read_text(encoding="utf-8"))
    seen, ship_allowed = set(shipped["trained_on"]), set(shipped["allowed"])
    topics = article_topics(sorted({r["set"] for r in rows}))
    rows = [{**r, "topic": topics.get(str(r["article"]))} for r in rows]
    names = ("rules", "shipped", "refit")
    hits: dict[str, Counter[str]] = {v: Counter() for v in names}
    n: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    for held in sorted({r["set"] for r in rows}):
        train = training_rows(rows, held, True)
        test = [r for r in rows if r["set"] == held]
        allowed = inner_allowed(train) if nested else ship_allowed
        print(f"  {held}: allowed {sorted(allowed)}", flush=True)
        refit = picks(fit(train), test)
        for r, (rule, b, cls), (_r, sb, scls) in zip(test, refit, picks(shipped["weights"], test),
                                                     strict=True):
            sub = "real" if r["real"] else "own"
            groups = (held, "pooled", sub, *(("unseen", f"unseen {sub}") if held not in seen
                                             else ()))
            n.update(groups)
            right = {"rules": r["labels"][rule],
                     "shipped": r["labels"][_decide("nested", rule, sb, scls, ship_allowed)],
                     "refit": r["labels"][_decide("nested", rule, b, cls, allowed)]}
            for v in names:
                hits[v].update({g: int(right[v]) for g in groups})
            moved.update({f"{g} {'+' if right['refit'] else '-'}" for g in groups
                          if right["refit"] != right["shipped"]})
    print(f"{'held out':11} {'n':>5} " + " ".join(f"{v:>13}" for v in names)
          + "  refit vs shipped")
    for g in [*sorted(k for k in n if k.startswith("rec_")), "pooled", "real", "own",
              *(k for k in ("unseen", "unseen real", "unseen own") if k in n)]:
        print(f"{g:11} {n[g]:5d} " + " ".join(f"{hits[v][g]:6d} {hits[v][g] / n[g]:.3f}"
                                               for v in names)
              + f"  +{moved[g + ' +']}/-{moved[g + ' -']}")


def census(rows: list[Row]) -> None:
    """How often any option is right where the rules are wrong (the ceiling)."""
    c: Counter[str] = Counter()
    for r in rows:
        sub = "real" if r["real"] else "own"
        c[f"{sub} n"] += 1
        c[f"{sub} rules right"] += int(r["labels"][rule_index(r)])
        c[f"{sub} some option right"] += int(any(r["labels"]))
        c[f"{sub} pred right"] += int(r["pred_ok"])
    for k in sorted(c):
        print(f"  {k}: {c[k]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("paths", nargs="+")
    c.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument("options", type=Path)
    f.add_argument("--no-nested", action="store_true", help="skip the nested guard (fast)")
    f.add_argument("--write", action="store_true", help="store the model trained on all sets")
    f.add_argument("--on", action="store_true",
                   help="write the model switched on (off by default since actors12)")
    f.add_argument("--compare", action="store_true",
                   help="only the topic-clean LOSO of the refit against the shipped model")
    f.add_argument("--skip-loso", action="store_true",
                   help="no LOSO table (tools/tune_actor_chooser.py prints it): only --write")
    args = ap.parse_args()
    if args.cmd == "collect":
        collect(args.paths, args.out)
        return
    rows = json.loads(args.options.read_text(encoding="utf-8"))
    if args.compare:
        compare(rows, not args.no_nested)
        return
    if not args.skip_loso:
        census(rows)
        class_gain = loso(rows, not args.no_nested)
        print("LOSO net gain by decision class:", dict(class_gain.most_common()))
    if args.write:
        allowed = sorted(inner_allowed(rows))
        ac.CHOOSER_PATH.write_text(json.dumps(
            {"model": "logistic regression, one score per candidate actor; overrules the "
                      "rules only in the allowed decision classes (tools/train_actor_chooser.py)",
             "trained_on": sorted({r["set"] for r in rows}), "C": C, "allowed": allowed,
             "enabled": args.on,
             "weights": fit(rows)}, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {ac.CHOOSER_PATH}: allowed {allowed}")


if __name__ == "__main__":
    main()
