"""Dedup on eventwire's own stored events, on every development record set
(``topic_folds.SETS``: all 40 carry gold ``cluster`` ids, docs/formats.md),
with the extraction kept between runs (dedup41).

    PYTHONPATH=. python tools/dedup_records_sets.py extract --out /tmp/dd_sets
    PYTHONPATH=. python tools/dedup_records_sets.py score --out /tmp/dd_sets \
        [--variant stored_lexical] [--sets a,b,c] [--dump errors.jsonl]

Why: ``eventwire eval dedup_records`` extracts the articles every time and
reads one file (rec_c was its only set); dedup work changes the attach, not
the extraction, so ``extract`` runs the whole pipeline once and keeps one
SQLite store per set (``OUT/rec_X.db``: articles and events, nothing
attached), and ``score`` copies each store, attaches every article in
publication order (``attach.rebuild``, what ``eventwire run`` does
incrementally) and scores the canonical ids exactly as
``eval.dedup_records`` does (a gold event maps to the first stored event
of its article whose trigger overlaps; an unfound gold event is left
unresolved). One store per set: the sets' gold ids are set-local, and the
same ECB+ story recurs in several sets. Pooled figures key every mention
by its set, so two sets never share a cluster.

Baselines in the same run, on the same found events: every event alone,
and one cluster per (story, trigger lemma) — stories from
``dedup.stories`` over the set's articles, the lemma baseline of ECB+
(``eval ecbplus``) on stored events. Subsets: real outlets' articles
(``topic_folds.is_real``) and own texts (mentions scored within the subset).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tools.topic_folds import SETS, is_real, sets_from_flag

ROOT = Path(__file__).resolve().parents[1]
Record = dict[str, Any]


def gold_records(name: str) -> list[Record]:
    from eventwire.eval.runner import readable_dates

    path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
    records = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    kept, _left_out = readable_dates(records, path)
    return kept


def extract(sets: Sequence[str], out: Path) -> None:
    from eventwire.eval.dedup_records import _article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.store import open_store

    out.mkdir(parents=True, exist_ok=True)
    pipe = Pipeline(Settings())
    for name in sets:
        final = out / f"{name}.db"
        if final.exists():
            continue
        partial = out / f"{name}.db.partial"
        partial.unlink(missing_ok=True)
        gold = gold_records(name)
        ordered = sorted(gold, key=lambda r: (str(r.get("published") or ""), str(r["id"])))
        with open_store(f"sqlite:///{partial}") as store:
            run_id = store.begin_run({"eval": "dedup_records_sets"}, [])
            for article, _doc, events in pipe.extract(_article(r) for r in ordered):
                if isinstance(events, list):
                    store.save_article(article, events, run_id)
        partial.rename(final)
        print(f"{name}: {len(gold)} articles stored", file=sys.stderr, flush=True)


def attach_set(db: Path, variant: str | None) -> dict[str, list[Record]]:
    """article id -> its stored events (trigger, type, lemma, canonical id)."""
    from eventwire.corpus.attach import rebuild
    from eventwire.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / db.name
        shutil.copy(db, copy)
        with open_store(f"sqlite:///{copy}") as store:
            rebuild(store, variant)
            out: dict[str, list[Record]] = {}
            for row in store.rows("SELECT id FROM articles"):
                aid = str(row["id"])
                out[aid] = [{**e, "canonical_id": store.canonical_of(e["event_id"])}
                            for e in store.events(article_id=aid)]
        # the vectors computed by the first attach are kept for the next run
        if variant is None or variant.endswith("embeddings"):
            shutil.copy(copy, db)
    return out


def lemma_baseline(gold: Sequence[Record], events: dict[str, list[Record]]) -> dict[str, str]:
    """event id -> (story, trigger lemma) cluster."""
    from eventwire.corpus.dedup import Document, stories, story_words

    docs = [Document(str(r["id"]), tuple(story_words(r["text"])),
                     _date(r.get("published"))) for r in gold]
    story = stories(docs)
    out = {}
    for r in gold:
        for e in events.get(str(r["id"]), []):
            lemma = (e.get("trigger") or {}).get("lemma") or e["trigger"]["text"].lower()
            out[e["event_id"]] = f"{story[str(r['id'])]}|{lemma}"
    return out


def _date(value: Any) -> Any:
    from datetime import date

    return date.fromisoformat(str(value)[:10]) if value else None


def mentions(name: str, gold: Sequence[Record], events: dict[str, list[Record]]
             ) -> list[Record]:
    """One row per gold event: its gold cluster, the stored event it maps to."""
    from eventwire.eval.dedup_records import _overlaps

    rows = []
    for r in gold:
        preds = sorted(events.get(str(r["id"]), []), key=lambda p: p["trigger"]["span"][0])
        for i, e in enumerate(r.get("events", [])):
            span = (e["trigger"]["start"], e["trigger"]["end"])
            found = next((p for p in preds if _overlaps(span, p["trigger"]["span"])), None)
            rows.append({"set": name, "key": f"{name}:{r['id']}:{i}", "article": r["id"],
                         "real": is_real(r), "gold": f"{name}:{e['cluster']}",
                         "gold_type": e.get("type"), "trigger": e["trigger"]["text"],
                         "event": found})
    return rows


def conll_rows(rows: Sequence[Record], system: dict[str, str] | None) -> dict[str, Any]:
    from eventwire.eval.coref import score_all

    truth = {m["key"]: m["gold"] for m in rows}
    if system is None:
        return score_all(truth, {k: k for k in truth})
    sys_map = {m["key"]: system[m["event"]["event_id"]] for m in rows
               if m["event"] is not None and m["event"]["event_id"] in system}
    return score_all(truth, sys_map)


def fmt(s: dict[str, Any]) -> str:
    return (f"MUC {s['muc']['f1']:.3f}  B3 {s['b3']['f1']:.3f}  CEAF-e {s['ceaf_e']['f1']:.3f}"
            f"  CoNLL {s['conll']['f1']:.4f}")


def score(sets: Sequence[str], out: Path, variant: str | None, dump: Path | None) -> None:
    all_rows: list[Record] = []
    eventwire: dict[str, str] = {}
    lemma: dict[str, str] = {}
    for name in sets:
        gold = gold_records(name)
        events = attach_set(out / f"{name}.db", variant)
        rows = mentions(name, gold, events)
        for evs in events.values():
            for e in evs:
                eventwire[e["event_id"]] = f"{name}:{e['canonical_id']}"
        lemma.update({k: f"{name}:{v}" for k, v in lemma_baseline(gold, events).items()})
        print(f"{name:7} found {sum(m['event'] is not None for m in rows):4}/{len(rows):4}  "
              f"{fmt(conll_rows(rows, eventwire))}", flush=True)
        all_rows += rows
    for subset, keep in (("all", lambda m: True), ("real", lambda m: m["real"]),
                         ("own", lambda m: not m["real"])):
        rows = [m for m in all_rows if keep(m)]
        found = sum(m["event"] is not None for m in rows)
        print(f"\n{subset}: {found} of {len(rows)} gold events found")
        for label, system in (("eventwire", eventwire), ("lemma/story", lemma),
                              ("singletons", None)):
            print(f"  {label:12} {fmt(conll_rows(rows, system))}")
    if dump is not None:
        with open(dump, "w", encoding="utf-8") as fh:
            for m in all_rows:
                ev = m["event"]
                fh.write(json.dumps({**m, "event": None if ev is None else {
                    "event_id": ev["event_id"], "type": ev.get("type"),
                    "trigger": ev["trigger"]["text"], "date": ev.get("time") or ev.get("date"),
                    "canonical": eventwire.get(ev["event_id"])}}) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=("extract", "score"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default=",".join(s.removeprefix("rec_") for s in SETS))
    ap.add_argument("--variant", default=None, help="stored_embeddings or stored_lexical")
    ap.add_argument("--dump", type=Path, default=None)
    args = ap.parse_args()
    sets = sets_from_flag(args.sets)
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        ap.error(f"not development sets: {unknown}")
    if args.command == "extract":
        extract(sets, args.out)
    else:
        score(sets, args.out, args.variant, args.dump)


if __name__ == "__main__":
    main()
