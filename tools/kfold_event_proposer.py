"""Leave-one-set-out of a learned recall side for event detection
(``eventwire/stages/events/proposer.py``): verbs and nouns the rules do not
propose, scored as events by a logistic regression on the gold records.

1. ``dump``: run actors + events (the shipped filter on, its candidates
   recorded) over the record sets; per article the rules' final events
   matched to gold (true positives, predictions, gold), and one row per
   candidate word no rule proposed: features, lemma, and the gold trigger it
   overlaps that no rule event matched (or none).
2. ``loso``: each record set held out in turn (``--topic-clean``: no
   training article of an ECB+ topic it contains); a fit on the other sets
   scores the held-out candidates; emitted are those at or above each
   threshold (one per gold trigger counts; the rest are false). Pooled
   P/R/F1 of rules alone and rules + proposer, all / real / own.

Usage: ``PYTHONPATH=. python tools/kfold_event_proposer.py dump|loso
[--cache FILE] [--c C] [--sets LETTERS] [--topic-clean]``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from eventwire.models import Article
from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.paths import DATA_DIR
from eventwire.settings import Settings
from eventwire.stages.events.eventness import doc_context, recorded_features
from tools import proposer_features as proposer
from tools.topic_folds import SET_LETTERS, ecb_topic, set_records, sets_from_flag

CACHE = "/tmp/proposer_rows.json"
SETS = SET_LETTERS  # the development record sets (``topic_folds.SETS``), by letter


def _pipe() -> Pipeline:
    return Pipeline(settings=Settings(), components=("eventwire_actors", "eventwire_events"),
                    component_config={"eventwire_events": {"record_features": True}})


def lexicon_types() -> dict[str, str]:
    raw = json.loads((DATA_DIR / "events" / "lexicon.json").read_text(encoding="utf-8"))
    return {k: str(v["type"]) for k, v in raw["verbs"].items() if v.get("type")}


def _token_span(doc: Any, start: int, end: int) -> set[int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()


def _overlaps(a: tuple[int, int], b: dict[str, Any]) -> bool:
    return a[0] < b["end"] and b["start"] < a[1]


def dump(cache: str, sets: str) -> None:
    pipe, lex = _pipe(), lexicon_types()
    records = [(r["_set"], r) for r in set_records(sets_from_flag(sets))]
    arts = [Article(text=r["text"], id=str(r["id"])) for _b, r in records]
    rows: list[dict[str, Any]] = []
    articles = []
    for (batch, rec), (_a, doc, rej) in zip(records, pipe.docs(arts), strict=True):
        if doc is None:
            raise SystemExit(f"article {rec['id']} rejected: {rej}")
        events = list(doc._.events or [])
        preds = [{"trigger": {"start": e.trigger.start, "end": e.trigger.end}} for e in events]
        found = {gi for gi, _pi in match_events(rec["events"], preds)}
        taken: set[int] = set()
        for ev, _f in recorded_features(doc):
            taken |= _token_span(doc, ev.trigger.start, ev.trigger.end)
        for ev in events:
            taken |= _token_span(doc, ev.trigger.start, ev.trigger.end)
        triggers = set(taken)
        ctx = doc_context(doc, get_list(doc, "actor_mentions"))
        free = [(gi, g["trigger"]) for gi, g in enumerate(rec["events"]) if gi not in found]
        for i in proposer.candidate_tokens(doc, taken):
            tok = doc[i]
            span = (tok.idx, tok.idx + len(tok.text))
            gold = next((gi for gi, t in free if _overlaps(span, t)), -1)
            rows.append({"article": rec["id"], "batch": batch, "source": str(rec.get("source", "")),
                         "gold": gold, "lemma": tok.lemma_.lower(), "text": tok.text,
                         "start": span[0],
                         "features": proposer.features(tok, ctx, triggers, lex)})
        articles.append({"article": rec["id"], "batch": batch, "source": str(rec.get("source", "")),
                         "gold": len(rec["events"]), "tp": len(found), "pred": len(events)})
    Path(cache).write_text(json.dumps({"rows": rows, "articles": articles}), encoding="utf-8")
    print(f"{len(rows)} candidates ({sum(r['gold'] >= 0 for r in rows)} on a missed gold), "
          f"{len(articles)} articles -> {cache}")


def _fit(rows: list[dict[str, Any]], c: float) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(DictVectorizer(), LogisticRegression(C=c, max_iter=3000))
    model.fit([dict.fromkeys(r["features"], 1) for r in rows], [int(r["gold"] >= 0) for r in rows])
    return model


def _group(a: dict[str, Any]) -> tuple[str, ...]:
    return ("all", "own" if a["source"] in ("", "own") else "real")


def loso_probs(data: dict[str, Any], c: float, clean: bool) -> list[float]:
    rows = data["rows"]
    probs = [0.0] * len(rows)
    for batch in sorted({a["batch"] for a in data["articles"]}):
        held = [i for i, r in enumerate(rows) if r["batch"] == batch]
        topics = {t for i in held if (t := ecb_topic(rows[i]["source"]))} if clean else set()
        train = [r for r in rows if r["batch"] != batch
                 and not (topics and ecb_topic(r["source"]) in topics)]
        model = _fit(train, c)
        scored = model.predict_proba([dict.fromkeys(rows[i]["features"], 1) for i in held])[:, 1]
        for i, p in zip(held, scored, strict=True):
            probs[i] = float(p)
        print(f"  {batch} done", flush=True)
    return probs


def _prf(tp: int, pred: int, gold: int) -> str:
    p, r = tp / max(pred, 1), tp / max(gold, 1)
    return f"{p:.3f}/{r:.3f}/{2 * p * r / max(p + r, 1e-9):.3f}"


def report(data: dict[str, Any], probs: list[float], thresholds: tuple[float, ...]) -> None:
    arts = {a["article"]: a for a in data["articles"]}
    base: dict[str, list[int]] = {}
    for a in data["articles"]:
        for g in _group(a):
            cell = base.setdefault(g, [0, 0, 0])
            cell[0] += a["tp"]
            cell[1] += a["pred"]
            cell[2] += a["gold"]
    for g, (tp, pred, gold) in sorted(base.items()):
        print(f"{g:5} rules {_prf(tp, pred, gold)}")
    for t in thresholds:
        add: dict[str, list[int]] = {g: [0, 0] for g in base}
        hit: set[tuple[str, int]] = set()
        for r, p in zip(data["rows"], probs, strict=True):
            if p < t:
                continue
            new = r["gold"] >= 0 and (r["article"], r["gold"]) not in hit
            if new:
                hit.add((r["article"], r["gold"]))
            for g in _group(arts[r["article"]]):
                add[g][0] += int(new)
                add[g][1] += 1
        print(f"t={t}: " + "  ".join(
            f"{g} {_prf(base[g][0] + add[g][0], base[g][1] + add[g][1], base[g][2])} "
            f"(+{add[g][0]}/{add[g][1]})" for g in sorted(base)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=("dump", "loso"))
    ap.add_argument("--cache", default=CACHE)
    ap.add_argument("--sets", default=SETS)
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--topic-clean", action="store_true")
    args = ap.parse_args()
    if args.step == "dump":
        dump(args.cache, args.sets)
        return
    data = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    probs = loso_probs(data, args.c, args.topic_clean)
    report(data, probs, (0.3, 0.4, 0.5, 0.6, 0.7))


if __name__ == "__main__":
    main()
