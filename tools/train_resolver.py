"""Fit and judge the learned participant resolver
(:mod:`eventwire.stages.actors.resolver`) leave-one-set-out on rec_a..rec_l
(rec_a..rec_j until actors12, rec_a..rec_m since actors14, rec_a..rec_n since
orgs14, rec_a..rec_t since refit_roles29).

    PYTHONPATH=. python tools/train_resolver.py dump --out /tmp/resolve10/dump.jsonl
    PYTHONPATH=. python tools/train_resolver.py loso --dump /tmp/resolve10/dump.jsonl
    PYTHONPATH=. python tools/train_resolver.py compare --dump /tmp/resolve10/dump.jsonl \
        --no-none --fill-only --country-off
    PYTHONPATH=. python tools/train_resolver.py fit --dump /tmp/resolve10/dump.jsonl \
        --out eventwire/data/actors/resolver.json

``dump`` runs the pipeline once with the resolver off and writes, per
predicted event, its record and the features of its actor and recipient.
``loso`` scores the rules and the resolver fitted on the other sets
(``--topic-clean``: nor on any ECB+ topic of the held-out set, recips13)
(actor and recipient right on matched events, ``participant_right``): per
set, pooled, real outlets, own texts. ``fit`` fits on all ten sets.

Training rows: every gold actor/recipient whose predicted span overlaps
the gold span on a matched event (``match_events``). Country: one row per
candidate country, label = equals the gold country (gold with no country is
skipped: the score then reads only the span). Sector: label ``keep`` when
the gold sector is among the rules' sectors, else the gold sector.
scikit-learn is needed here only (the ``eval`` extra), never at run time.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, overlap, participant_right
from eventwire.models import ActorMention
from eventwire.stages.actors.resolver import (
    KEEP,
    MODEL_PATH,
    Resolver,
    candidate_features,
    candidates,
)
from eventwire.stages.actors.resolver_features import StoryContext
from tools.topic_folds import REAL_SOURCES, SETS, ecb_topic, training_rows

ROOT = Path(__file__).resolve().parents[1]
ROLES = ("actor", "recipient")
# weights below this are dropped (the file stays a few hundred KB); LOSO
# scores the pruned model, the one that ships
PRUNE = 0.01
Row = dict[str, Any]


def gold_sets() -> dict[str, list[Row]]:
    out = {}
    for name in SETS:
        path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
        out[name] = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()
                     if x.strip()]
    return out


def record_runtime_features(pipe: Any) -> dict[tuple[str, int, int, str], Any]:
    """Switch the resolver off and keep, per (text, start, end, role), the
    participant features as the events stage computes them at the resolver's
    place (``resolve_events``), not after the later stages (no train/serve
    skew, refit_roles29)."""
    from eventwire.stages.actors.resolver_features import participant_features, story_context
    from eventwire.stages.events import component

    seen: dict[tuple[str, int, int, str], Any] = {}

    def record(doc: Any, events: list[Any], _resolver: Any) -> None:
        ctx = story_context(doc)
        for e in events:
            for role in ROLES:
                m = getattr(e, role)
                if m is not None:
                    seen[(doc.text, m.start, m.end, role)] = participant_features(
                        doc, m, role, e.type, ctx)

    component.resolve_events = record  # type: ignore[assignment]
    pipe.nlp.get_pipe("eventwire_events").resolver = object()  # any: ``record`` ignores it
    return seen


def dump(out: Path) -> None:
    from eventwire.eval.records import article_of, record_of
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.stages.actors.resolver_features import participant_features, story_context

    pipe = Pipeline(Settings())
    seen = record_runtime_features(pipe)
    skew: Counter[str] = Counter()
    with out.open("w", encoding="utf-8") as fh:
        for name, gold in gold_sets().items():
            arts = [article_of(r) for r in gold]
            for art, doc, result in pipe.extract(arts):
                assert doc is not None and isinstance(result, list), art.id
                ctx = story_context(doc)
                events = []
                for e in result:
                    roles = {}
                    for role in ROLES:
                        m = getattr(e.mention, role)
                        if m is not None:
                            late = participant_features(doc, m, role, e.mention.type, ctx)
                            f = seen.get((doc.text, m.start, m.end, role))
                            skew[f"{role} {'missing' if f is None else f == late}"] += 1
                            roles[role] = {
                                "f": late if f is None else f,
                                "country": m.country, "sectors": list(m.sectors)}
                    events.append({"record": record_of(art.text, e), "roles": roles})
                fh.write(json.dumps({"set": name, "id": art.id, "story": ctx.story,
                                     "dateline": ctx.dateline, "events": events}) + "\n")
            print(name, dict(skew), flush=True)


def load_dump(path: Path) -> dict[str, Row]:
    return {row["id"]: row for row in map(json.loads, path.read_text().splitlines())}


def aligned(gold: dict[str, list[Row]], dumped: dict[str, Row]) -> list[Row]:
    """(set, real, role, gold participant, predicted participant, dumped
    role) for every role of every matched event."""
    rows = []
    for name, articles in gold.items():
        for art in articles:
            d = dumped[str(art["id"])]
            ctx = StoryContext(story=d["story"], dateline=d["dateline"])
            preds = [e["record"] for e in d["events"]]
            for gi, pi in match_events(art["events"], preds):
                for role in ROLES:
                    rows.append({"set": name, "real": str(art.get("source", "")).startswith(
                        REAL_SOURCES), "topic": ecb_topic(art.get("source")),
                        "role": role, "gold": art["events"][gi][role],
                        "pred": preds[pi][role], "dump": d["events"][pi]["roles"].get(role),
                        "ctx": ctx})
    return rows


def _mention(r: Row) -> ActorMention:
    p, dr = r["pred"], r["dump"]
    rule = "".join(k[len("rule="):] for k in dr["f"] if k.startswith("rule="))
    return ActorMention(start=p["start"], end=p["end"], text=p["text"], rule=rule,
                        country=dr["country"], sectors=list(dr["sectors"]))


def country_rows(rows: list[Row], with_none: bool = True
                 ) -> tuple[list[dict[str, float]], list[int]]:
    xs, ys = [], []
    for r in rows:
        g, dr = r["gold"], r["dump"]
        if dr is None or g is None or overlap(g, r["pred"]) <= 0:
            continue
        if not g.get("country") and not with_none:
            continue
        gold_country = g.get("country") or None
        cands = candidates(_mention(r), r["ctx"])
        if len(cands) < 2 or gold_country not in cands:
            continue
        for value, srcs in cands.items():
            xs.append(candidate_features(dr["f"], srcs))
            ys.append(int(value == gold_country))
    return xs, ys


def sector_rows(rows: list[Row], labels: set[str]) -> tuple[list[dict[str, float]], list[str]]:
    xs, ys = [], []
    for r in rows:
        g, dr = r["gold"], r["dump"]
        if dr is None or g is None or not g.get("sector") or overlap(g, r["pred"]) <= 0:
            continue
        y = KEEP if g["sector"] in dr["sectors"] else g["sector"]
        if y == KEEP or y in labels:
            xs.append(dr["f"])
            ys.append(y)
    return xs, ys


def sector_labels(rows: list[Row], min_count: int) -> set[str]:
    counts = Counter(r["gold"]["sector"] for r in rows
                     if r["gold"] and r["gold"].get("sector") and r["dump"] is not None)
    return {s for s, n in counts.items() if n >= min_count}


def fit_country(rows: list[Row], c: float, with_none: bool = True
                ) -> tuple[dict[str, float], float]:
    """The country scorer's pruned weights and bias."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs, ys = country_rows(rows, with_none)
    vec = DictVectorizer()
    lr = LogisticRegression(C=c, max_iter=2000).fit(vec.fit_transform(xs), ys)
    weights = {k: round(float(w), 4) for k, w in zip(vec.feature_names_, lr.coef_[0],
                                                      strict=True) if abs(w) >= PRUNE}
    return weights, float(lr.intercept_[0])


def fit_sector(rows: list[Row], c: float, min_count: int
               ) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """The sector classifier's pruned weights and biases, per class."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    sx, sy = sector_rows(rows, sector_labels(rows, min_count))
    svec = DictVectorizer()
    slr = LogisticRegression(C=c, max_iter=2000).fit(svec.fit_transform(sx), sy)
    names = svec.feature_names_
    sector = {str(cls): {k: round(float(w), 4) for k, w in zip(names, slr.coef_[i], strict=True)
                         if abs(w) >= PRUNE} for i, cls in enumerate(slr.classes_)}
    return sector, {str(cls): float(b) for cls, b in zip(slr.classes_, slr.intercept_, strict=True)}


def fit(rows: list[Row], c: float, min_count: int, with_none: bool = True,
        fill_only: bool = False) -> Resolver:
    country, bias = fit_country(rows, c, with_none)
    sector, sector_bias = fit_sector(rows, c, min_count)
    return Resolver(country=country, country_bias=bias, sector=sector, sector_bias=sector_bias,
                    fill_only=fill_only)


def resolved(model: Resolver | None, r: Row) -> Row | None:
    p, dr = r["pred"], r["dump"]
    if p is None or dr is None or model is None:
        return p
    m = model.resolve(_mention(r), dr["f"], r["ctx"])
    return {**p, "country": m.country, "sector": m.sectors[0] if m.sectors else None,
            "sectors": list(m.sectors)}


def _cell(rows: list[Row], key: str) -> str:
    n = len(rows)
    a, b = sum(r[key + "_rules"] for r in rows), sum(r[key + "_learned"] for r in rows)
    up = sum(r[key + "_learned"] and not r[key + "_rules"] for r in rows)
    down = sum(r[key + "_rules"] and not r[key + "_learned"] for r in rows)
    return f"{a:4}/{n:<4} {a / max(n, 1):.3f} -> {b:4} {b / max(n, 1):.3f} (+{up}/-{down})"


def report(scored: list[Row]) -> None:
    groups = [(s, [r for r in scored if r["set"] == s]) for s in SETS]
    groups += [("pooled", scored), ("real", [r for r in scored if r["real"]]),
               ("own", [r for r in scored if not r["real"]])]
    for label, rs in groups:
        cells = "   ".join(f"{role} " + _cell([r for r in rs if r["role"] == role], "ok")
                           for role in ROLES)
        print(f"{label:7} {cells}")


def loso(rows: list[Row], c: float, min_count: int, with_none: bool = True,
         fill_only: bool = False, topic_clean: bool = False) -> list[Row]:
    """Leave-one-set-out (``topic_clean``: nor any article of an ECB+ topic
    the held-out set contains, ``tools/topic_folds.py``)."""
    scored = []
    for held in SETS:
        model = fit(training_rows(rows, held, topic_clean), c, min_count, with_none, fill_only)
        for r in rows:
            if r["set"] == held:
                scored.append({**r, "ok_rules": participant_right(r["gold"], r["pred"]),
                               "ok_learned": participant_right(r["gold"], resolved(model, r))})
    return scored


def compare(rows: list[Row], c: float, min_count: int, with_none: bool, fill_only: bool,
            country_off: bool) -> None:
    """Topic-clean leave-one-set-out of the refit recipe beside the rules and
    the shipped model (``resolver.json`` as it is), per set, pooled, real,
    own, and on the sets the shipped model never read (``unseen``: not in
    its ``about``) -- the only fair ground against it (refit_roles29)."""
    shipped = Resolver.from_file(MODEL_PATH)
    seen = set(re.findall(r"rec_[a-z]", json.loads(MODEL_PATH.read_text("utf-8"))["about"]))
    scored = []
    for held in SETS:
        model = fit(training_rows(rows, held, True), c, min_count, with_none, fill_only)
        model = replace(model, country_on=not country_off)
        for r in (r for r in rows if r["set"] == held):
            scored.append({**r, "unseen": held not in seen,
                           **{f"ok_{k}": participant_right(r["gold"], resolved(m, r))
                              for k, m in (("rules", None), ("ship", shipped),
                                           ("refit", model))}})
    subsets = [("pooled", scored), ("real", [r for r in scored if r["real"]]),
               ("own", [r for r in scored if not r["real"]])]
    subsets += [(f"unseen {k}", [r for r in rs if r["unseen"]]) for k, rs in subsets]
    print("rows: rules / shipped model / refit (topic-clean LOSO), right of n")
    for label, rs in [*((s, [r for r in scored if r["set"] == s]) for s in SETS), *subsets]:
        cells = []
        for role in ROLES:
            sub = [r for r in rs if r["role"] == role]
            a, b, d = (sum(r[f"ok_{k}"] for r in sub) for k in ("rules", "ship", "refit"))
            up = sum(r["ok_refit"] and not r["ok_ship"] for r in sub)
            down = sum(r["ok_ship"] and not r["ok_refit"] for r in sub)
            cells.append(f"{role} {a}/{b}/{d} of {len(sub)} (refit vs shipped +{up}/-{down})")
        print(f"{label:13} " + "   ".join(cells))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=("dump", "loso", "fit", "compare"))
    ap.add_argument("--dump", type=Path, default=Path("/tmp/resolve10/dump.jsonl"))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--c", type=float, default=0.1)
    ap.add_argument("--min-count", type=int, default=10)
    ap.add_argument("--no-none", action="store_true",
                    help="skip gold participants with no country (the first variant)")
    ap.add_argument("--fill-only", action="store_true",
                    help="the sector model only fills mentions the rules gave no sector")
    ap.add_argument("--country-off", action="store_true",
                    help="fit: ship the country part switched off (actors14: it changed no "
                         "answer in leave-one-set-out, tools/tune_resolver.py)")
    ap.add_argument("--topic-clean", action="store_true",
                    help="loso: no fold trains on an ECB+ topic of its held-out set")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out or args.dump)
        return
    rows = aligned(gold_sets(), load_dump(args.dump))
    if args.cmd == "loso":
        report(loso(rows, args.c, args.min_count, not args.no_none, args.fill_only,
                    args.topic_clean))
        return
    if args.cmd == "compare":
        compare(rows, args.c, args.min_count, not args.no_none, args.fill_only,
                args.country_off)
        return
    model = fit(rows, args.c, args.min_count, not args.no_none, args.fill_only)
    args.out.write_text(json.dumps({
        "country": {"weights": model.country, "bias": model.country_bias,
                    "enabled": not args.country_off},
        "sector": {"weights": model.sector, "bias": model.sector_bias,
                   "fill_only": model.fill_only},
        "about": f"tools/train_resolver.py fit --c {args.c} --min-count {args.min_count}"
                 f"{' --no-none' if args.no_none else ''}{' --fill-only' if args.fill_only else ''}"
                 f"{' --country-off' if args.country_off else ''}"
                 f" on {', '.join(SETS)}"}, separators=(",", ":")))
    print("wrote", args.out, args.out.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
