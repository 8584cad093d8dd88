"""Scale benchmarks for docs/BENCHMARKS.md (bounded: the machine is shared).

  python tools/bench_scale.py throughput ../shared/data/ecbplus/dev.jsonl --limit 200
      articles/s of the local runner and the Ray runner on 1 and 2 workers,
      in one run, in alternation (rounds), each on a fresh SQLite store;
      Ray start-up time measured apart.
  python tools/bench_scale.py store --sizes 1000 10000 100000
      synthetic event records bulk-loaded into SQLite and PostgreSQL (a
      throw-away server on loopback, as in the tests): load rate, store size,
      and the time of `eventwire events` filters.
  python tools/bench_scale.py vary OUT.jsonl --count 10000 --seed 15
      real articles (ECB+, MEANTIME, GeoVirus from ../shared/data) and
      copies of them with shifted publication dates and swapped person/place
      names, as JSONL for `eventwire run` (every copy has its own content hash).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.models import Article  # noqa: E402
from eventwire.settings import Settings  # noqa: E402
from eventwire.store import open_store  # noqa: E402


def ecb_articles(src: Path, out: Path, limit: int) -> int:
    """ECB+ documents (``doc_id``) or article JSONL (``id``, e.g. the output of
    ``vary``) as JSONL articles with a publication date."""
    rows = [json.loads(line) for line in src.read_text().splitlines()[:limit]]
    with out.open("w") as fh:
        for r in rows:
            fh.write(json.dumps({"id": r.get("doc_id", r.get("id")), "text": r["text"],
                                 "published": r.get("published") or "2012-06-01",
                                 "outlet": r.get("outlet") or "ECB+"}) + "\n")
    return len(rows)


def _local_results(corpus: Path, settings: Settings, workers: int) -> Iterator[int]:
    """Articles done, one count per stored result."""
    from eventwire.app.workers import extract_parallel, extract_records
    from eventwire.ingest import iter_inputs
    from eventwire.nlp.pipeline import Pipeline

    articles = (a for a in iter_inputs([corpus], settings=settings) if isinstance(a, Article))
    results = (extract_parallel(articles, settings, workers) if workers > 1 else
               extract_records(Pipeline(settings), articles))
    with open_store(settings.store_url) as store:
        run = store.begin_run({}, [])
        for article, records in results:
            assert isinstance(records, list)
            store.load_articles([(article, records)], run)
            yield 1


def _ray_results(corpus: Path, settings: Settings, workers: int, shards: Path
                 ) -> Iterator[int]:
    from eventwire.app.jobs import JobReport
    from eventwire.scale.ray_runner import build_dataset, load_shard

    ds = build_dataset([corpus], settings, workers, published=None, outlet=None, fmt=None)
    with open_store(settings.store_url) as store:
        run = store.begin_run({}, [])
        report = JobReport(run_id=run, store_url=settings.store_url)
        for block in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
            load_shard(store, block.to_pylist(), run, report)
            yield block.num_rows


def one_run(engine: str, workers: int, corpus: Path, work: Path) -> dict[str, Any]:
    """Wall time from start to the last stored article, the start-up part
    (until the first result is stored) and the throughput after it."""
    settings = Settings(store_url=f"sqlite:///{work / f'{engine}{workers}-{time.time_ns()}.db'}",
                        progress=False, dedup=False, n_process=workers, batch_size=16)
    started = time.perf_counter()
    ray_start = 0.0
    if engine == "local":
        results = _local_results(corpus, settings, workers)
    else:
        from eventwire.scale.ray_runner import _ray, start_ray

        start_ray(cpus=max(2, workers + 1))
        ray_start = time.perf_counter() - started
        results = _ray_results(corpus, settings, workers, work / "shards")
    done, first, first_at = 0, 0, 0.0
    for n in results:
        if not done:
            first, first_at = n, time.perf_counter()
        done += n
    end = time.perf_counter()
    if engine == "ray":
        _ray().shutdown()
    return {"engine": engine, "workers": workers, "articles": done,
            "seconds": round(end - started, 2), "ray_init_s": round(ray_start, 2),
            "startup_s": round(first_at - started, 2),
            "articles_per_s": round(done / (end - started), 2),
            "after_startup_per_s": round((done - first) / max(end - first_at, 1e-9), 2)}


def throughput(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        n = ecb_articles(args.corpus, corpus, args.limit)
        print(f"{n} articles from {args.corpus}", flush=True)
        for r in range(args.rounds):
            for engine, workers in args.configs:
                print(json.dumps({"round": r + 1, **one_run(engine, workers, corpus, work)}),
                      flush=True)


# ------------------------------------------------------------------ vary

DATA = ROOT.parent / "shared" / "data"  # ../shared/data from a worktree or /work/main
PEOPLE = ["Maria Okafor", "Jonas Lindqvist", "Aisha Rahman", "Pedro Almeida", "Li Wei",
          "Fatima Haddad", "Tomasz Nowak", "Grace Mwangi", "Kenji Sato", "Elena Petrova"]
PLACES = ["Lyon", "Mombasa", "Kraków", "Porto Alegre", "Izmir", "Chiang Mai", "Leeds",
          "Daejeon", "Tampere", "Cebu", "Valparaíso", "Kazan"]
DATELINE = "{place}, {date} — "


def real_articles(data: Path = DATA) -> list[dict[str, Any]]:
    """The article-like texts of the shared data, each with the spans of its
    person and place names (from the corpus annotation) so copies can swap them."""
    out = []
    for r in _jsonl(data / "ecbplus" / "dev.jsonl"):
        names = [(m["start"], m["end"], _kind(m["type"])) for m in r["entity_mentions"]]
        out.append({"id": r["doc_id"], "text": r["text"], "published": "2012-06-01",
                    "names": names})
    for r in _jsonl(data / "meantime" / "dev.jsonl"):
        names = [(m["start"], m["end"], _kind(m.get("ent_type") or "")) for m in r["entities"]]
        out.append({"id": r["doc_id"], "text": r["text"],
                    "published": r["dct"] or "2008-01-01", "names": names})
    for r in _jsonl(data / "geo" / "geovirus.jsonl"):
        names = [(m["start"], m["end"], "place") for m in r["toponyms"]]
        out.append({"id": r["doc_id"], "text": r["text"], "published": "2010-01-01",
                    "names": names})
    return out


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _kind(annotation: str) -> str | None:
    """"person", "place" or None (names of another kind stay as they are)."""
    if annotation in ("HUMAN_PART_PER", "PER"):
        return "person"
    return "place" if annotation.startswith("LOC") or annotation == "LOC" else None


def varied(article: dict[str, Any], copy: int, rng: random.Random) -> dict[str, Any]:
    """Copy number ``copy`` (0 = the article itself): the publication date
    shifted by ``copy`` × 3 days (written in a dateline too, so each copy's
    text and content hash differ) and each capitalised person or place name
    replaced, the same name by the same substitute throughout the copy."""
    import datetime as dt

    base = {"id": article["id"], "text": article["text"], "published": article["published"],
            "outlet": "bench"}
    if copy == 0:
        return base
    day = dt.date.fromisoformat(article["published"][:10]) + dt.timedelta(days=3 * copy)
    swap: dict[str, str] = {}
    text = article["text"]
    spans = sorted({(s, e, k) for s, e, k in article["names"] if k}, reverse=True)
    last = len(text) + 1
    for start, end, kind in spans:
        name = text[start:end]
        if end > last or not name[:1].isupper():
            continue  # overlapping or not a proper name
        pool = PEOPLE if kind == "person" else PLACES
        swap.setdefault(name, rng.choice(pool))
        text = text[:start] + swap[name] + text[end:]
        last = start
    dateline = DATELINE.format(place=rng.choice(PLACES), date=day.strftime("%B %-d, %Y"))
    return {**base, "id": f"{article['id']}-v{copy}", "text": dateline + text,
            "published": day.isoformat()}


def vary(args: argparse.Namespace) -> None:
    articles = real_articles(args.data)
    rng = random.Random(args.seed)
    with args.out.open("w") as fh:
        for i in range(args.count):
            row = varied(articles[i % len(articles)], i // len(articles), rng)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{args.count} articles ({len(articles)} real, the rest varied copies) → {args.out}")


# ------------------------------------------------------------------ store


def synthetic(n_events: int, per_article: int = 10, seed: int = 7
              ) -> list[tuple[Article, list[dict[str, Any]]]]:
    """Event records shaped like real ones (types, countries, dates varied)."""
    from eventwire.models import PLOVER_TYPES

    rng = random.Random(seed)
    countries = ["USA", "IRQ", "IRN", "RUS", "UKR", "CHN", "FRA", "ISR", "SYR", "TUR"]
    items = []
    for a in range(n_events // per_article):
        sentences = [f"Forces of group {a}-{k} attacked positions near town {k} on day {a}."
                     for k in range(per_article)]
        text = " ".join(sentences)
        day = f"2020-{1 + a % 12:02d}-{1 + a % 28:02d}"
        article = Article(text=text, id=f"s-{a}", outlet=f"Outlet{a % 50}",
                          published=None)
        records, pos = [], 0
        for k, sentence in enumerate(sentences):
            start = pos + sentence.index("attacked")
            country = rng.choice(countries)
            records.append(_record(article.id, k, start, sentence, pos, day,
                                   rng.choice(PLOVER_TYPES), country, rng.random()))
            pos += len(sentence) + 1
        items.append((article, records))
    return items


def _record(article_id: str, k: int, start: int, sentence: str, pos: int, day: str,
            kind: str, country: str, confidence: float) -> dict[str, Any]:
    actor = {"text": "Forces", "span": [pos, pos + 6], "actor_id": f"cameo:{country}MIL",
             "name": f"{country} military", "kind": "group", "country": country,
             "sectors": ["MIL"], "confidence": 0.8}
    return {"event_id": f"e-{article_id}-{k}", "article_id": article_id, "outlet": None,
            "published": None, "type": kind, "mode": None, "context": [],
            "trigger": {"text": "attacked", "span": [start, start + 8]}, "content_of": None,
            "sentence_span": [pos, pos + len(sentence)], "actor": actor, "recipient": None,
            "co_actors": [], "reciprocal": False,
            "factuality": {"polarity": "positive", "certainty": "certain",
                           "modality": "asserted", "condition": None, "cues": []},
            "attribution": [{"role": "outlet", "text": "Outlet", "actor_id": None,
                             "span": None}],
            "time": {"value": day, "granularity": "day", "text": "on day", "span": None,
                     "anchor": "explicit", "background": False},
            "place": None, "framing": [], "confidence": round(confidence, 3),
            "provenance": {"extractor_version": "bench", "rules": []}}


QUERIES: dict[str, dict[str, Any]] = {
    "type": {"type": "ASSAULT"},
    "country": {"country": "IRQ"},
    "date range": {"date_from": "2020-03-01", "date_to": "2020-03-31"},
    "text (substring scan)": {"text": "town 7"},
    "type+country+modality": {"type": "THREATEN", "country": "RUS", "modality": "asserted"},
}


def load_and_query(url: str, items: list[tuple[Article, list[dict[str, Any]]]],
                   batch: int = 1000) -> dict[str, Any]:
    n_events = sum(len(r) for _, r in items)
    with open_store(url) as store:
        run = store.begin_run({}, ["synthetic"])
        started = time.perf_counter()
        for i in range(0, len(items), batch):
            store.load_articles(items[i:i + batch], run)
        load = time.perf_counter() - started
        out: dict[str, Any] = {"events": n_events, "load_s": round(load, 2),
                               "events_per_s": round(n_events / load)}
        for name, filters in QUERIES.items():
            t = time.perf_counter()
            store.events(limit=50, **filters)  # what `eventwire events` shows
            out[f"q {name} ms"] = round(1000 * (time.perf_counter() - t), 1)
        t = time.perf_counter()
        store.counts_by_type()
        out["count by type ms"] = round(1000 * (time.perf_counter() - t), 1)
    return out


def store_bench(args: argparse.Namespace) -> None:
    from tests.pgserver import PostgresServer, fresh_database

    server = PostgresServer()
    admin = args.pg or server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for size in args.sizes:
                items = synthetic(size)
                path = Path(tmp) / f"s{size}.db"
                for backend, url in (("sqlite", f"sqlite:///{path}"),
                                     ("postgresql", fresh_database(admin))):
                    row = {"backend": backend, **load_and_query(url, items)}
                    row["size_mb"] = round(_size(backend, url, path) / 1e6, 1)
                    row["load_avg"] = [round(x, 2) for x in os.getloadavg()]
                    print(json.dumps(row), flush=True)
    finally:
        if not args.pg:
            server.stop()


def _size(backend: str, url: str, path: Path) -> int:
    if backend == "sqlite":
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    with open_store(url) as store:
        return int(store.rows("SELECT pg_database_size(current_database()) AS n")[0]["n"])


def _config(text: str) -> tuple[str, int]:
    """``ray:2`` -> ("ray", 2): one engine and worker count to measure."""
    engine, _, workers = text.partition(":")
    if engine not in ("local", "ray") or not workers.isdigit() or int(workers) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: expected local:N or ray:N, N >= 1")
    return engine, int(workers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("throughput")
    p.add_argument("corpus", type=Path)
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--configs", type=_config, nargs="+",
                   default=[("local", 1), ("local", 2), ("ray", 1), ("ray", 2)],
                   help="ENGINE:WORKERS pairs to run, in order (default: "
                        "local:1 local:2 ray:1 ray:2)")
    p = sub.add_parser("store")
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    p.add_argument("--pg", help="use this PostgreSQL server (admin URL) instead of a new one")
    p = sub.add_parser("vary")
    p.add_argument("out", type=Path)
    p.add_argument("--count", type=int, default=10000)
    p.add_argument("--seed", type=int, default=15)
    p.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    args = parser.parse_args()
    {"throughput": throughput, "store": store_bench, "vary": vary}[args.what](args)


if __name__ == "__main__":
    main()
