"""Dedup cost at scale on synthetic stored events (timing only, no quality).

    PYTHONPATH=. python benchmarks/dedup_scale.py 10000 --budget 600

Writes N synthetic events (10 per article; ~1,000 events a day; 16 types;
actors, places and trigger words drawn from skewed pools; every real event
reported by 1-4 articles) straight into a fresh SQLite store, then times
``rebuild`` (attach every article, in order) with a time budget — if the
budget runs out it reports how far it got — and then the incremental attach
of 100 new articles. Peak RSS is read from the OS. The lexical model is used
(random vectors would measure nothing; encoding cost is per event and is
reported separately in docs/BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire.corpus import attach
from eventwire.store import open_store

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
PER_ARTICLE = 10


def _skewed(rng: random.Random, n: int, power: float = 3.0) -> int:
    """0..n-1, small values more often (n=3000: the top actor ~7%)."""
    return int(n * rng.random() ** power)


def _real_event(rng: random.Random, day: date, i: int) -> dict[str, Any]:
    return {"type": TYPES[_skewed(rng, len(TYPES), 1.5)], "actor": f"act:{_skewed(rng, 3000)}",
            "recipient": f"act:{_skewed(rng, 3000)}", "place": 1000 + _skewed(rng, 800),
            "trigger": f"w{_skewed(rng, 12, 1.5)}", "day": day, "n": i}


def _record(real: dict[str, Any], article_id: str, k: int, published: date) -> dict[str, Any]:
    dated = k % 3 == 0
    return {"event_id": f"{article_id}-{k}", "article_id": article_id, "type": real["type"],
            "trigger": {"text": real["trigger"], "span": [k * 10, k * 10 + 5]},
            "sentence_span": [k * 10, k * 10 + 9], "published": published.isoformat(),
            "outlet": "synthetic",
            "actor": {"actor_id": real["actor"], "country": real["actor"][-3:]},
            "recipient": {"actor_id": real["recipient"], "country": real["recipient"][-3:]},
            "time": {"value": real["day"].isoformat() if dated else published.isoformat(),
                     "anchor": "explicit" if dated else "publication", "background": False},
            "place": {"geonameid": real["place"], "precision": "city"},
            "factuality": {"modality": "asserted", "polarity": "positive"}}


VOCAB = 5000
TEXT_WORDS = 300


def _word(prefix: str, n: int) -> str:
    """A letters-only word for ``n`` (the tokeniser splits digits off)."""
    letters = ""
    while True:
        n, r = divmod(n, 26)
        letters += chr(97 + r)
        if not n:
            return prefix + letters


def _text(rng: random.Random, reals: list[dict[str, Any]]) -> str:
    """An article's words: its events' actors, places and triggers, and
    ``TEXT_WORDS`` words drawn from a skewed vocabulary — so that the block
    document similarity (``bdoc``) is timed on texts of news length."""
    own = [" ".join((_word("act", int(r["actor"][4:])), _word("act", int(r["recipient"][4:])),
                     _word("pla", r["place"]), _word("tri", int(r["trigger"][1:]))))
           for r in reals]
    filler = [_word("voc", _skewed(rng, VOCAB, 2.0)) for _ in range(TEXT_WORDS)]
    return " ".join(own + filler)


def populate(store: Any, n_events: int, seed: int = 13) -> None:
    rng = random.Random(seed)
    text_rng = random.Random(seed + 1)  # the events are the same as without texts
    start = date(2020, 1, 1)
    store.execute("INSERT INTO runs (id, started, version, settings, inputs, status) "
                  "VALUES ('r-synth', '2026-01-01', 'x', '{}', '[]', 'ok')")
    reals: list[dict[str, Any]] = []
    n_articles = n_events // PER_ARTICLE
    for a in range(n_articles):
        published = start + timedelta(days=a * PER_ARTICLE // 1000)
        article_id = f"s{a:07d}"
        rows = []
        article_reals = []
        for k in range(PER_ARTICLE):
            if reals and rng.random() < 0.5:  # another report of a recent event
                real = reals[-1 - int(rng.random() * min(len(reals), 2000))]
            else:
                real = _real_event(rng, published - timedelta(days=rng.randint(0, 1)),
                                   len(reals))
                reals.append(real)
            article_reals.append(real)
            rec = _record(real, article_id, k, published)
            rows.append((rec["event_id"], article_id, rec["type"], json.dumps(rec)))
        store.execute("INSERT INTO articles (id, content_hash, published, text, word_count, "
                      "run_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (article_id, article_id, published.isoformat(),
                       _text(text_rng, article_reals), TEXT_WORDS, "r-synth", "2026-01-01"))
        store.conn.executemany("INSERT INTO events (event_id, article_id, type, detail, "
                               "background) VALUES (?, ?, ?, ?, 0)", rows)
    store.conn.commit()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("events", type=int)
    ap.add_argument("--budget", type=float, default=600.0, help="seconds for the rebuild")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(f"sqlite:///{Path(tmp) / 's.db'}") as store:
            t0 = time.perf_counter()
            populate(store, args.events)
            t_pop = time.perf_counter() - t0
            held = store.rows("SELECT id FROM articles ORDER BY id DESC LIMIT 100")
            t0 = time.perf_counter()
            attached = rebuild_within(store, {r["id"] for r in held}, args.budget)
            t_rebuild = time.perf_counter() - t0
            t0 = time.perf_counter()
            report = attach.attach_pending(store, "stored_lexical")
            t_inc = time.perf_counter() - t0
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json.dumps({"events": args.events, "populate_s": round(t_pop, 1),
                              "rebuild_articles": attached, "rebuild_s": round(t_rebuild, 1),
                              "rebuild_events_per_s": round(attached * PER_ARTICLE
                                                            / max(t_rebuild, 1e-9)),
                              "incremental_articles": len(held) if attached else 0,
                              "incremental_ms_per_article": round(1000 * t_inc / 100, 1),
                              "incremental_events": report.events,
                              "canonical": report.canonical, "peak_rss_mb": round(rss)}))


def rebuild_within(store: Any, held: set[str], budget: float) -> int:
    """Attach every article except ``held`` in order, up to ``budget`` s."""
    tables = attach.DedupTables(store)
    model = attach.pairwise.load("stored_lexical")
    att = attach.Attacher(tables, model, model.threshold("stored"))
    pending = [a for a in tables.pending_articles() if a not in held]
    started = time.perf_counter()
    done = 0
    for i in range(0, len(pending), attach.BATCH_ARTICLES):
        attach.attach_articles(tables, att, pending[i:i + attach.BATCH_ARTICLES], i + 1)
        store.conn.commit()
        done = min(len(pending), i + attach.BATCH_ARTICLES)
        if time.perf_counter() - started > budget:
            break
    if done < len(pending):  # leave the rest out of the incremental step
        for a in pending[done:]:
            tables.mark_attached(a, 0)
    store.conn.commit()
    return done


if __name__ == "__main__":
    main()
