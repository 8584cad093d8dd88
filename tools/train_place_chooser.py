"""Fit and judge the learned event-place chooser (``place_chooser.py``).

    PYTHONPATH=. python tools/train_place_chooser.py dump --out ROWS.json [SET ...]
    PYTHONPATH=. python tools/train_place_chooser.py census ROWS.json
    PYTHONPATH=. python tools/train_place_chooser.py loso ROWS.json --c 0.1 0.3 --margin 0 0.5 1 \
        [--topic-clean]
    PYTHONPATH=. python tools/train_place_chooser.py nested ROWS.json --c 0.1 0.3 [--topic-clean]
    PYTHONPATH=. python tools/train_place_chooser.py write ROWS.json --c C --margin M --out PATH

``dump`` runs the pipeline once over the record sets (default every
development set, ``topic_folds.SETS``; every article) and writes one row per
matched event, read where the pipeline's ``decide_all`` builds it
(``place_chooser.RECORDERS``, refit_dp29: no train/serve skew; the rules' pick
is the one the shipped weights review): its set, real outlet or not, the
rules' pick and whether it is right, and every candidate's features and
rightness (``record_fields.place_right``, as ``eventwire eval records`` scores
the place). ``loso`` fits a logistic model of "this candidate is right" on all
sets but one and scores the held-out set's events (the model's pick where it
beats the rules' by the margin), for each C and margin; ``write`` fits on
every set. With ``--topic-clean`` no fold trains on an article of an ECB+
topic its held-out set contains (``tools/topic_folds.py``, recips13): the sets
retell the same ECB+ stories, and plain leave-one-set-out rewards remembering
them.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from tools.topic_folds import SETS, is_real

ROOT = Path(__file__).resolve().parents[1]


def _record(text: str, p: Any) -> dict[str, Any] | None:
    if p is None or p.basis == "focus":
        return None
    return {"start": p.start, "end": p.end, "text": text[p.start:p.end], "lat": p.lat,
            "lon": p.lon, "basis": p.basis}


def dump(sets: list[str], out: Path) -> None:
    from eventwire.eval.record_fields import match_events, place_right
    from eventwire.eval.records import article_of, record_of
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.stages.geo.place_chooser import RECORDERS

    seen: dict[int, tuple[Any, list[Any], Any]] = {}  # id(event) -> (event, cands, rule)
    RECORDERS.append(lambda e, cands, rule: seen.__setitem__(id(e), (e, cands, rule)))
    pipe = Pipeline(Settings(progress=False))
    rows: list[dict[str, Any]] = []
    for name in sets:
        path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
        records = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()
                   if x.strip()]
        arts = [article_of(r) for r in records]
        n = 0
        for rec, (_a, doc, events) in zip(records, pipe.extract(arts), strict=True):
            if doc is None or not isinstance(events, list):
                raise SystemExit(f"{rec['id']}: rejected")
            text = rec["text"]
            preds = [record_of(text, e) for e in events]
            for gi, pi in match_events(rec["events"], preds):
                gold, mention = rec["events"][gi], events[pi].mention
                got = seen.get(id(mention))
                if got is None or got[0] is not mention:
                    continue
                _e, cands, ruled = got
                rule = _record(text, ruled)
                rows.append({
                    "set": name, "article": rec["id"],
                    "real": is_real(rec),
                    "type": mention.type, "trigger": gold["trigger"]["text"],
                    "sentence": text[mention.sentence.start:mention.sentence.end][:240],
                    "gold": gold.get("place"), "rule": rule,
                    "rule_right": place_right(gold.get("place"), rule),
                    "retold": retold(rec["events"], gi),
                    "cands": [{"kind": c.kind, "feats": c.feats,
                               "text": None if c.place is None else
                               text[c.place.start:c.place.end],
                               "right": place_right(gold.get("place"),
                                                    None if c.place is None else
                                                    {"start": c.place.start, "end": c.place.end,
                                                     "lat": c.place.lat, "lon": c.place.lon})}
                              for c in cands],
                })
                n += 1
        seen.clear()
        print(f"{name}: {len(records)} articles, {n} matched events", flush=True)
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def retold(gold: list[dict[str, Any]], gi: int) -> str:
    """Whether gold event ``gi`` retells an earlier placed mention of its
    cluster (the guide's event told again): ``same`` (gold gives that
    place), ``none``, ``other``; ``no`` when it retells nothing placed."""
    from eventwire.eval.record_fields import place_right

    ev = gold[gi]
    cl = ev.get("cluster")
    first = next((e["place"] for e in sorted(gold, key=lambda e: e["trigger"]["start"])
                  if cl is not None and e.get("cluster") == cl and e.get("place") is not None
                  and e["trigger"]["start"] < ev["trigger"]["start"]), None)
    if first is None:
        return "no"
    if ev.get("place") is None:
        return "none"
    return "same" if place_right(ev["place"], first) else "other"


def _error_class(r: dict[str, Any], order: list[str]) -> str:
    """The class of one rules' error (``census``)."""
    rb = (r["rule"] or {}).get("basis")
    picked = next((c for c in r["cands"] if "any|rule=True" in c["feats"]), None)
    feats = set(picked["feats"]) if picked is not None else set()
    kind = picked["kind"] if picked is not None else "none"
    if r["gold"] is None:
        inside = any(f"{kind}|dep={d}" in feats for d in ("compound", "poss", "amod", "nsubj"))
        speech = f"{kind}|verbal=True" in feats
        how = "inside a name or subject" if inside else "speaker's statement" if speech else \
            "act"
        return f"gold none; rules gave {rb} ({how})"
    kinds = {c["kind"] for c in r["cands"] if c["right"]}
    first = next((k for k in order if k in kinds), None)
    if first is None:
        gold = norm(r["gold"].get("text"))
        named = any(norm(c["text"]) == gold for c in r["cands"] if c["text"])
        first = "NOWHERE: the gold name resolved > 161 km (resolution)" if named else \
            "NOWHERE: gold is no candidate (recognition, or another sentence)"
    return f"gold placed; rules gave {rb or 'none'}; right: {first}"


def norm(text: str | None) -> str:
    words = (text or "").lower().replace("the ", " ").split()
    return " ".join(words)


def as_picked(rows: list[dict[str, Any]], w: dict[str, float],
              margin: float) -> list[dict[str, Any]]:
    """The rows as the shipped pipeline decides them: where the chooser
    overrides the rules, its pick becomes the row's ``rule`` (basis
    ``chooser:KIND``), so ``census`` classes the pipeline's own errors."""
    out = []
    for r in rows:
        scores = [sum(w.get(f, 0.0) for f in c["feats"]) for c in r["cands"]]
        ruled = [s for c, s in zip(r["cands"], scores, strict=True)
                 if "any|rule=True" in c["feats"]]
        best = max(range(len(scores)), key=lambda i: scores[i]) if scores else None
        if best is None or (ruled and scores[best] <= max(ruled) + margin):
            out.append(r)
            continue
        pick = r["cands"][best]
        cands = [dict(c, feats=[f for f in c["feats"] if not f.startswith("any|rule=")]
                      + [f"any|rule={c is pick}"]) for c in r["cands"]]
        rule = None if pick["kind"] == "none" else {"basis": f"chooser:{pick['kind']}"}
        out.append(dict(r, cands=cands, rule=rule, rule_right=pick["right"]))
    return out


def census(rows: list[dict[str, Any]]) -> None:
    """Errors of the rules (or, after ``as_picked``, of the pipeline) by
    class, real vs own: what gold is, what was given, and the first
    candidate kind that holds the gold place; then the errors on events
    gold marks as told again (``retold``)."""
    order = ["trigger", "clause", "sentence", "rejected", "prev_event", "prev_place", "dateline"]
    table: dict[str, Counter[str]] = {"real": Counter(), "own": Counter()}
    for r in rows:
        if not r["rule_right"]:
            table["real" if r["real"] else "own"][_error_class(r, order)] += 1
    both = table["real"] + table["own"]
    n = {s: sum(1 for r in rows if r["real"] == (s == "real")) for s in ("real", "own")}
    ok = {s: sum(1 for r in rows if r["real"] == (s == "real") and r["rule_right"])
          for s in ("real", "own")}
    print(f"events real {n['real']} (rules right {ok['real']}), own {n['own']} "
          f"(rules right {ok['own']})")
    print("| class | real | own | all |\n|---|---|---|---|")
    for cls, k in both.most_common():
        print(f"| {cls} | {table['real'][cls]} | {table['own'][cls]} | {k} |")
    oracle = {s: sum(1 for r in rows if r["real"] == (s == "real") and
                     any(c["right"] for c in r["cands"])) for s in ("real", "own")}
    print(f"oracle (some candidate right): real {oracle['real'] / max(1, n['real']):.3f}, "
          f"own {oracle['own'] / max(1, n['own']):.3f}")
    told = Counter((r.get("retold", "?"), "real" if r["real"] else "own") for r in rows
                   if not r["rule_right"])
    print("errors by gold told again (cluster's earlier placed mention; same place / none / "
          "other / not told again): " + ", ".join(f"{k} {told[(k, 'real')]} real "
                                                  f"{told[(k, 'own')]} own"
                                                  for k in ("same", "none", "other", "no")))


def _fit(rows: list[dict[str, Any]], c: float) -> dict[str, float]:
    from sklearn.feature_extraction import FeatureHasher  # noqa: F401  (eval extra)
    from sklearn.linear_model import LogisticRegression

    vocab: dict[str, int] = {}
    xs: list[list[int]] = []
    ys: list[int] = []
    for r in rows:
        for cand in r["cands"]:
            xs.append([vocab.setdefault(f, len(vocab)) for f in cand["feats"]])
            ys.append(int(cand["right"]))
    import numpy as np
    from scipy.sparse import csr_matrix

    data = np.ones(sum(len(x) for x in xs))
    indices = np.array([j for x in xs for j in x])
    indptr = np.cumsum([0, *(len(x) for x in xs)])
    mat = csr_matrix((data, indices, indptr), shape=(len(xs), len(vocab)))
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(mat, ys)
    coef = model.coef_[0]
    return {f: round(float(coef[j]), 4) for f, j in vocab.items() if abs(coef[j]) >= 1e-4}


def _pick_right(r: dict[str, Any], w: dict[str, float], margin: float) -> bool:
    scores = [sum(w.get(f, 0.0) for f in c["feats"]) for c in r["cands"]]
    if not scores:
        return bool(r["rule_right"])
    ruled = [s for c, s in zip(r["cands"], scores, strict=True) if "any|rule=True" in c["feats"]]
    best = max(range(len(scores)), key=lambda i: scores[i])
    if ruled and scores[best] <= max(ruled) + margin:
        return bool(r["rule_right"])
    return bool(r["cands"][best]["right"])


def with_topics(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with each article's ECB+ topic (None for other sources)."""
    from tools.topic_folds import article_topics

    topics = article_topics(sorted({r["set"] for r in rows}))
    return [{**r, "topic": topics.get(str(r["article"]))} for r in rows]


def _train(rows: list[dict[str, Any]], held: str, clean: bool) -> list[dict[str, Any]]:
    """The rows a fold holding out ``held`` fits on (``clean``: topic-clean)."""
    from tools.topic_folds import training_rows

    return training_rows(rows, held, clean)


def loso(rows: list[dict[str, Any]], cs: list[float], margins: list[float],
         show: bool = False, clean: bool = False) -> None:
    rows = with_topics(rows)
    sets = sorted({r["set"] for r in rows})
    base = {s: sum(r["rule_right"] for r in rows if r["set"] == s) for s in sets}
    for c in cs:
        models = {s: _fit(_train(rows, s, clean), c) for s in sets}
        for m in margins:
            won: Counter[str] = Counter()
            lost: Counter[str] = Counter()
            per = {}
            for s in sets:
                held = [r for r in rows if r["set"] == s]
                right = [_pick_right(r, models[s], m) for r in held]
                per[s] = sum(right)
                for r, ok in zip(held, right, strict=True):
                    side = "real" if r["real"] else "own"
                    if ok and not r["rule_right"]:
                        won[side] += 1
                    elif r["rule_right"] and not ok:
                        lost[side] += 1
            sw = sum(per[s] > base[s] for s in sets)
            sl = sum(per[s] < base[s] for s in sets)
            n = len(rows)
            nr = sum(r["real"] for r in rows)
            rb = sum(r["rule_right"] for r in rows if r["real"])
            print(f"C {c} margin {m}: pooled {sum(base.values()) / n:.3f} -> "
                  f"{sum(per.values()) / n:.3f} (+{won['real'] + won['own']} "
                  f"-{lost['real'] + lost['own']}), real {rb / nr:.3f} -> "
                  f"{(rb + won['real'] - lost['real']) / nr:.3f} (+{won['real']} -{lost['real']}),"
                  f" own +{won['own']} -{lost['own']}; sets won {sw} lost {sl}", flush=True)
            if show:
                print("  " + " ".join(f"{s} {base[s] / sum(1 for r in rows if r['set'] == s):.3f}"
                                      f"->{per[s] / sum(1 for r in rows if r['set'] == s):.3f}"
                                      for s in sets))


def _gain(rows: list[dict[str, Any]], right: list[bool]) -> int:
    return sum(int(ok) - int(r["rule_right"]) for r, ok in zip(rows, right, strict=True))


def nested(rows: list[dict[str, Any]], cs: list[float], margins: list[float],
           clean: bool = False) -> None:
    """Leave-one-set-out with C and margin chosen inside each fold by an
    inner leave-one-set-out over the other sets (pooled gain): the figure
    a shipped model of this recipe would get on an unseen set. ``clean``:
    outer and inner folds both topic-clean."""
    rows = with_topics(rows)
    sets = sorted({r["set"] for r in rows})
    won: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    for held in sets:
        train = _train(rows, held, clean)
        inner = sorted({r["set"] for r in train})
        cells: dict[tuple[float, float], int] = {}
        for c in cs:
            models = {s: _fit(_train(train, s, clean), c) for s in inner}
            for m in margins:
                cells[(c, m)] = _gain(train, [_pick_right(r, models[r["set"]], m)
                                              for r in train])
        (c, m), g = max(cells.items(), key=lambda kv: (kv[1], kv[0][1]))
        w = _fit(train, c)
        test = [r for r in rows if r["set"] == held]
        right = [_pick_right(r, w, m) for r in test]
        for r, ok in zip(test, right, strict=True):
            side = "real" if r["real"] else "own"
            won[side] += ok and not r["rule_right"]
            lost[side] += bool(r["rule_right"]) and not ok
        base = sum(r["rule_right"] for r in test) / len(test)
        print(f"{held}: pick C {c} margin {m} (inner gain {g}): {base:.3f} -> "
              f"{sum(right) / len(test):.3f}", flush=True)
    n, nr = len(rows), sum(r["real"] for r in rows)
    b, br = sum(r["rule_right"] for r in rows), sum(r["rule_right"] for r in rows if r["real"])
    after = b + won["real"] + won["own"] - lost["real"] - lost["own"]
    print(f"nested: pooled {b / n:.3f} -> {after / n:.3f}"
          f" (+{won['real'] + won['own']} -{lost['real'] + lost['own']}), real {br / nr:.3f} -> "
          f"{(br + won['real'] - lost['real']) / nr:.3f} (+{won['real']} -{lost['real']}), "
          f"own +{won['own']} -{lost['own']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("sets", nargs="*", default=list(SETS))
    d.add_argument("--out", type=Path, required=True)
    ce = sub.add_parser("census")
    ce.add_argument("rows", type=Path)
    ce.add_argument("--weights", type=Path, help="census the pipeline with these weights")
    lo = sub.add_parser("loso")
    lo.add_argument("rows", type=Path)
    lo.add_argument("--c", type=float, nargs="+", default=[0.1])
    lo.add_argument("--margin", type=float, nargs="+", default=[0.0])
    lo.add_argument("--show", action="store_true")
    lo.add_argument("--topic-clean", action="store_true",
                    help="no fold trains on an ECB+ topic of its held-out set (recips13)")
    ne = sub.add_parser("nested")
    ne.add_argument("rows", type=Path)
    ne.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3])
    ne.add_argument("--margin", type=float, nargs="+", default=[0.0, 0.5, 1.0])
    ne.add_argument("--topic-clean", action="store_true")
    wr = sub.add_parser("write")
    wr.add_argument("rows", type=Path)
    wr.add_argument("--c", type=float, required=True)
    wr.add_argument("--margin", type=float, required=True)
    wr.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.sets, args.out)
        return
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    if args.cmd == "census":
        if args.weights is not None:
            data = json.loads(args.weights.read_text(encoding="utf-8"))
            rows = as_picked(rows, data["weights"], float(data.get("margin", 0.0)))
        census(rows)
    elif args.cmd == "loso":
        loso(rows, args.c, args.margin, args.show, args.topic_clean)
    elif args.cmd == "nested":
        nested(rows, args.c, args.margin, args.topic_clean)
    else:
        w = _fit(rows, args.c)
        about = {"sets": sorted({r["set"] for r in rows}), "events": len(rows), "c": args.c,
                 "fitted_by": "tools/train_place_chooser.py write"}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"weights": w, "margin": args.margin, "about": about},
                                       sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
