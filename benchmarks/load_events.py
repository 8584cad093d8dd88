"""Fill a store with synthetic but plausible event records, fast, for the web
latency benchmark (docs/BENCHMARKS.md) and the store's paging tests.

    python benchmarks/load_events.py sqlite:///bench.db --events 100000

Each article has a dateline and ten sentences of agency copy; each sentence is
one event whose every span (trigger, actor, recipient, place, time, speaker)
points into the article text, so the article view highlights them as it
would real output. Types, modalities, actors, places and outlets are drawn
with skewed frequencies (a few common, a long tail), dates over 2019-2021,
and events are grouped into canonical events of 1-6 reports across outlets.
Rows go in with ``executemany`` in one transaction per 10,000 events.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from datetime import date, timedelta
from typing import Any

from eventwire.models import MODALITIES, PLOVER_TYPES
from eventwire.store import open_store
from eventwire.store.rows import EVENT_COLUMNS

ACTORS = [  # (actor_id, name, country, sector)
    ("pet:IRAQ", "Iraq", "IRQ", "GOV"), ("pet:UNITED_STATES", "United States", "USA", "GOV"),
    ("pet:KATAIB_HEZBOLLAH", "Kataib Hezbollah", "IRQ", "REB"), ("pet:IRAN", "Iran", "IRN", "GOV"),
    ("pet:ISRAEL", "Israel", "ISR", "GOV"), ("pet:HAMAS", "Hamas", "PSE", "REB"),
    ("pet:RUSSIA", "Russia", "RUS", "GOV"), ("pet:UKRAINE", "Ukraine", "UKR", "GOV"),
    ("pet:UNITED_NATIONS", "United Nations", None, "IGO"), ("pet:TURKEY", "Turkey", "TUR", "GOV"),
    ("pet:SYRIA", "Syria", "SYR", "GOV"), ("pet:CHINA", "China", "CHN", "GOV"),
    ("pet:EUROPEAN_UNION", "European Union", None, "IGO"), ("pet:FRANCE", "France", "FRA", "GOV"),
    ("pet:NIGERIA", "Nigeria", "NGA", "GOV"), ("pet:BOKO_HARAM", "Boko Haram", "NGA", "REB"),
]
VERBS = {"AGREE": "agreed with", "CONSULT": "met", "SUPPORT": "praised",
         "CONCEDE": "apologised to", "COOPERATE": "cooperated with", "AID": "sent aid to",
         "RETREAT": "withdrew from", "REQUEST": "urged", "ACCUSE": "accused",
         "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested against",
         "SANCTION": "sanctioned", "MOBILIZE": "mobilised against", "COERCE": "arrested",
         "ASSAULT": "attacked"}
OUTLETS = ["Reuters", "AP", "AFP", "Al Jazeera", "BBC", "IQNA", "Anadolu", "Xinhua", "TASS",
           "Wikinews"]
SPEAKERS = ["a government spokesman", "the ministry", "witnesses", "officials", "the army",
            "a UN envoy", "local media"]
PLACES = [  # (geonameid, name, lat, lon, country)
    (98182, "Baghdad", 33.34058, 44.40088, "IRQ"), (112931, "Tehran", 35.69439, 51.42151, "IRN"),
    (281184, "Jerusalem", 31.76904, 35.21633, "ISR"), (281133, "Gaza", 31.50161, 34.46672, "PSE"),
    (703448, "Kyiv", 50.45466, 30.5238, "UKR"), (524901, "Moscow", 55.75222, 37.61556, "RUS"),
    (170654, "Damascus", 33.5102, 36.29128, "SYR"), (323786, "Ankara", 39.91987, 32.85427, "TUR"),
    (2352778, "Abuja", 9.05785, 7.49508, "NGA"), (2988507, "Paris", 48.85341, 2.3488, "FRA"),
    (5128581, "New York City", 40.71427, -74.00597, "USA"), (1816670, "Beijing", 39.9075,
                                                                   116.39723, "CHN"),
    (99532, "Basra", 30.50852, 47.7804, "IRQ"), (99072, "Mosul", 36.335, 43.11889, "IRQ"),
]


def _skewed(rng: random.Random, items: list[Any] | tuple[Any, ...]) -> Any:
    """Zipf-like pick: the first items are much more common."""
    return items[min(int(rng.paretovariate(1.2)) - 1, len(items) - 1)]


def _sentence(rng: random.Random, day: date, offset: int) -> tuple[str, dict[str, Any]]:
    kind = _skewed(rng, list(PLOVER_TYPES)[::-1])  # ASSAULT, COERCE, ... first
    actor, recipient = rng.sample(ACTORS, 2)
    place, speaker = _skewed(rng, PLACES), rng.choice(SPEAKERS)
    when = day - timedelta(days=rng.randint(0, 3))
    parts = [(actor[1], "actor"), (" ", None), (VERBS[kind], "trigger"), (" ", None),
             (recipient[1], "recipient"), (" in ", None), (place[1], "place"), (" on ", None),
             (when.strftime("%B %d"), "time"), (", ", None), (speaker, "speaker"),
             (" said. ", None)]
    text, spans, pos = "", {}, offset
    for piece, role in parts:
        if role:
            spans[role] = [pos, pos + len(piece)]
        text += piece
        pos += len(piece)
    return text, {"type": kind, "actor": actor, "recipient": recipient, "place": place,
                  "when": when, "spans": spans, "speaker": speaker,
                  "sentence": [offset, offset + len(text) - 1]}


def _role(a: tuple[Any, ...], span: list[int]) -> dict[str, Any]:
    return {"text": a[1], "span": span, "actor_id": a[0], "name": a[1], "kind": "state",
            "country": a[2], "sectors": [a[3]], "confidence": 0.9}


def _record(s: dict[str, Any], article_id: str, outlet: str, published: date,
            rng: random.Random) -> dict[str, Any]:
    sp, place = s["spans"], s["place"]
    modality = _skewed(rng, MODALITIES)
    return {
        "event_id": "e-" + hashlib.sha1(f"{article_id}:{sp['trigger']}".encode()).hexdigest()[:16],
        "article_id": article_id, "outlet": outlet, "published": published.isoformat(),
        "type": s["type"], "mode": None, "context": [],
        "trigger": {"text": VERBS[s["type"]], "span": sp["trigger"]}, "co_actors": [],
        "reciprocal": False, "content_of": None, "sentence_span": s["sentence"],
        "actor": _role(s["actor"], sp["actor"]), "recipient": _role(s["recipient"],
                                                                    sp["recipient"]),
        "factuality": {"polarity": "negative" if modality in ("negated", "denied") else
                       "positive", "certainty": "certain", "modality": modality,
                       "condition": None, "cues": []},
        "attribution": [{"role": "speaker", "text": s["speaker"], "span": sp["speaker"],
                         "actor_id": None}, {"role": "outlet", "text": outlet, "span": None,
                                             "actor_id": None}],
        "time": {"value": s["when"].isoformat(), "granularity": "day",
                 "text": s["when"].strftime("%B %d"), "span": sp["time"], "anchor": "explicit",
                 "background": False},
        "place": {"text": place[1], "span": sp["place"], "geonameid": place[0],
                  "name": place[1], "lat": place[2], "lon": place[3], "country": place[4],
                  "admin1": None, "precision": "city", "confidence": 0.8},
        "framing": [], "confidence": round(rng.uniform(0.3, 0.99), 3),
        "provenance": {"extractor_version": "synthetic", "model": None, "rules": []},
    }


def _event_row(ev: dict[str, Any], sentence: str, run_id: str) -> tuple[Any, ...]:
    a, r, t, p = ev["actor"], ev["recipient"], ev["time"], ev["place"]
    speaker = ev["attribution"][0]["text"]
    return (ev["event_id"], ev["article_id"], ev["type"], ev["mode"],
            ev["factuality"]["modality"], ev["factuality"]["polarity"], a["actor_id"], a["name"],
            a["country"], r["actor_id"], r["name"], r["country"], t["value"], t["value"],
            t["value"], t["anchor"], 0, p["geonameid"], p["lat"], p["lon"], ev["confidence"],
            ev["outlet"], ev["published"], speaker, ev["trigger"]["text"], sentence,
            json.dumps(ev), run_id)


def _article(i: int, rng: random.Random, per_article: int, run_id: str
             ) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], list[dict[str, Any]]]:
    published = date(2019, 1, 1) + timedelta(days=rng.randint(0, 3 * 365))
    outlet = _skewed(rng, OUTLETS)
    article_id = f"syn-{i:07d}"
    text = f"{_skewed(rng, PLACES)[1].upper()} ({outlet}) - "
    events, rows = [], []
    for _ in range(per_article):
        piece, s = _sentence(rng, published, len(text))
        text += piece
        ev = _record(s, article_id, outlet, published, rng)
        events.append(ev)
        rows.append(_event_row(ev, piece.strip(), run_id))
    digest = hashlib.sha256(text.encode()).hexdigest()
    article = (article_id, digest, None, outlet, published.isoformat(),
               f"{events[0]['actor']['name']} {events[0]['trigger']['text']} "
               f"{events[0]['recipient']['name']}", "en", "synthetic", text, len(text.split()),
               "{}", run_id, "2021-01-01T00:00:00+00:00")
    return article, rows, events


def _canonical(events: list[dict[str, Any]], rng: random.Random) -> list[tuple[Any, ...]]:
    """Group consecutive events into canonical events of 1-6 reports."""
    out, i = [], 0
    while i < len(events):
        group = events[i:i + min(int(rng.paretovariate(1.5)), 6)]
        i += len(group)
        first = group[0]
        cid = "c-" + hashlib.sha1(first["event_id"].encode()).hexdigest()[:16]
        record = {"canonical_id": cid, "type": first["type"], "actor": None, "recipient": None,
                  "date": None, "place": None, "mentions": [e["event_id"] for e in group],
                  "articles": sorted({e["article_id"] for e in group}),
                  "outlets": sorted({e["outlet"] for e in group}),
                  "first_reported": min(e["published"] for e in group), "background": False,
                  "disagreements": {}}
        out.append((cid, record, group))
    return out


def load(store_url: str, n_events: int, seed: int = 7, per_article: int = 10) -> int:
    """Add ``n_events`` synthetic events to the store; returns the count."""
    rng = random.Random(seed)
    store = open_store(store_url)
    run_id = store.begin_run({"synthetic": True, "seed": seed}, [])
    marks = ", ".join("?" for _ in EVENT_COLUMNS)
    insert_event = store.sql(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})")
    insert_article = store.sql("INSERT INTO articles (id, content_hash, url, outlet, published, "
                               "title, lang, source, text, word_count, meta, run_id, "
                               "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    cur = store.conn.cursor()
    cur.executemany(store.sql("INSERT INTO actors (actor_id, name, country, sectors, kind) "
                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                    [(a[0], a[1], a[2], json.dumps([a[3]]), "state") for a in ACTORS])
    cur.executemany(store.sql("INSERT INTO places (geonameid, name, lat, lon, country, admin1) "
                              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                    [(*p, None) for p in PLACES])
    batch = max(1, 10_000 // per_article)
    for first in range(0, -(-n_events // per_article), batch):
        articles, rows, events = [], [], []
        for i in range(first, min(first + batch, -(-n_events // per_article))):
            article, event_rows, records = _article(i, rng, per_article, run_id)
            articles.append(article)
            rows += event_rows
            events += records
        cur.executemany(insert_article, articles)
        cur.executemany(insert_event, rows)
        _save_canonical(store, cur, _canonical(events, rng))
        store.conn.commit()
    store.finish_run(run_id, {"events": n_events})
    store.close()
    return n_events


def _save_canonical(store: Any, cur: Any, groups: list[tuple[Any, ...]]) -> None:
    cur.executemany(store.sql(
        "INSERT INTO canonical_events (canonical_id, type, actor_id, actor_name, recipient_id, "
        "recipient_name, date_start, date_end, geonameid, n_reports, n_outlets, "
        "n_disagreements, first_reported, background, detail) "
        "VALUES (?, ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ?, ?, 0, ?, 0, ?)"),
        [(cid, r["type"], len(g), len(r["outlets"]), r["first_reported"], json.dumps(r))
         for cid, r, g in groups])
    cur.executemany(store.sql("INSERT INTO canonical_mentions (event_id, canonical_id) "
                              "VALUES (?, ?)"),
                    [(e["event_id"], cid) for cid, _, g in groups for e in g])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", help="store URL, e.g. sqlite:///bench.db")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    n = load(args.store, args.events, seed=args.seed)
    print(f"{n} events loaded into {args.store} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
