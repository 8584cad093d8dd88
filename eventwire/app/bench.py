"""``eventwire bench``: throughput and memory of the whole pipeline against
bare spaCy (same model, same texts, same run).

Each measurement runs in its own spawned process so that its peak RSS is its
own: (1) bare spaCy (``Pipeline(components=())``), (2) the full pipeline
end-to-end (``Pipeline.extract``, as ``eventwire run`` uses it, without the
store), (3) a per-stage breakdown: the spaCy part through ``nlp.pipe`` and
then each eventwire component timed on its own. Pass (3) parses the corpus a
second time; that is the benchmark's cost, never the product's.
"""

from __future__ import annotations

import multiprocessing as mp
import platform
import resource
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from eventwire import __version__
from eventwire.models import Article, Reject
from eventwire.settings import Settings


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def _bare(articles: list[Article], settings: Settings, repeat: int) -> dict[str, Any]:
    from eventwire.nlp.pipeline import Pipeline

    t0 = time.perf_counter()
    pipe = Pipeline(settings, components=())
    load = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for _article, _doc, _reject in pipe.docs(articles):
            pass
    return {"load_s": load, "seconds": time.perf_counter() - t0, "peak_rss_mb": _peak_rss_mb(),
            "cpu_s": time.process_time() - c0, "runner": pipe.runner}


def _full(articles: list[Article], settings: Settings, repeat: int) -> dict[str, Any]:
    from eventwire.nlp.pipeline import Pipeline

    t0 = time.perf_counter()
    pipe = Pipeline(settings)
    load = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    events = rejected = 0
    for _ in range(repeat):
        for _article, _doc, result in pipe.extract(articles):
            if isinstance(result, list):
                events += len(result)
            else:
                rejected += 1
    return {"load_s": load, "seconds": time.perf_counter() - t0, "peak_rss_mb": _peak_rss_mb(),
            "cpu_s": time.process_time() - c0, "events": events // repeat,
            "rejected": rejected // repeat, "components": pipe.component_names,
            "runner": pipe.runner}


def _breakdown(articles: list[Article], settings: Settings, repeat: int) -> dict[str, float]:
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(settings)
    ours = pipe.component_names
    times: dict[str, float] = {"spacy": 0.0, **{name: 0.0 for name in ours}}
    for _ in range(repeat):
        with pipe.nlp.select_pipes(disable=ours):
            t0 = time.perf_counter()
            docs = list(pipe.nlp.pipe((pipe.make_doc(a) for a in articles),
                                      batch_size=settings.batch_size))
            times["spacy"] += time.perf_counter() - t0
        for name in ours:
            component = pipe.nlp.get_pipe(name)
            t0 = time.perf_counter()
            docs = [component(doc) for doc in docs]
            times[name] += time.perf_counter() - t0
    return times


def _child(kind: str, articles: list[Article], settings: Settings, repeat: int,
           queue: Any) -> None:
    fn = {"bare": _bare, "full": _full, "breakdown": _breakdown}[kind]
    queue.put(fn(articles, settings, repeat))


def _measure(kind: str, articles: list[Article], settings: Settings, repeat: int) -> Any:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(kind, articles, settings, repeat, queue))
    proc.start()
    result = queue.get()
    proc.join()
    if proc.exitcode != 0:
        raise RuntimeError(f"benchmark child '{kind}' exited with {proc.exitcode}")
    return result


def load_corpus(paths: Sequence[str | Path], settings: Settings,
                limit: int | None = None) -> list[Article]:
    """The corpus's articles (at most ``limit``). Rejected inputs are left
    out as a run would reject them, but a corpus of which nothing is read
    (a missing path, a link gone) is an error, not a benchmark of zero
    articles: that once printed "0 events" and a meaningless ratio."""
    from eventwire.errors import Errors, UsageError
    from eventwire.ingest import iter_inputs

    out: list[Article] = []
    rejects: list[Reject] = []
    for item in iter_inputs(paths, settings=settings):
        if isinstance(item, Article):
            out.append(item)
            if limit and len(out) >= limit:
                break
        else:
            rejects.append(item)
    if not out:
        first = f"{rejects[0].code} {rejects[0].message}" if rejects else "none"
        raise UsageError(Errors.E608, sources=", ".join(str(p) for p in paths),
                         rejected=len(rejects), first=first)
    return out


def run_bench(paths: Sequence[str | Path], settings: Settings, limit: int | None = None,
              repeat: int = 1, rounds: int = 1) -> dict[str, Any]:
    """Bare spaCy and eventwire, alternately, ``rounds`` times (each run in
    a fresh process); the fastest run of each is reported, as timeit does,
    because on a shared machine the slow runs measure the neighbours. The
    ratio of every round is kept to show the spread."""
    articles = load_corpus(paths, settings, limit)
    words = sum(a.word_count for a in articles) * repeat
    n = len(articles) * repeat
    bares, fulls = [], []
    for _ in range(max(1, rounds)):
        bares.append(_measure("bare", articles, settings, repeat))
        fulls.append(_measure("full", articles, settings, repeat))
    bare = min(bares, key=lambda m: m["seconds"])
    full = min(fulls, key=lambda m: m["seconds"])
    round_ratios = [f["seconds"] / b["seconds"] for b, f in zip(bares, fulls, strict=True)]
    stages = _measure("breakdown", articles, settings, repeat)
    spacy_s = stages["spacy"] or 1e-9
    return {
        "date": date.today().isoformat(), "version": __version__, "model": settings.model,
        "machine": f"{platform.machine()}, {mp.cpu_count()} CPUs, Python "
                   f"{platform.python_version()}",
        "corpus": [str(p) for p in paths], "articles": n, "words": words, "repeat": repeat,
        "bare": {**bare, "articles_per_s": n / bare["seconds"], "words_per_s": words /
                 bare["seconds"]},
        "full": {**full, "articles_per_s": n / full["seconds"], "words_per_s": words /
                 full["seconds"]},
        "ratio_full_to_bare": full["seconds"] / bare["seconds"],
        "round_ratios": round_ratios,
        "stages_s": stages,
        "stages_share_of_parse": {k: v / spacy_s for k, v in stages.items() if k != "spacy"},
    }


def render_bench(r: dict[str, Any]) -> str:
    lines = [
        f"corpus: {', '.join(r['corpus'])}: {r['articles']} articles, {r['words']} words "
        f"({r['machine']})",
        f"{'':12}{'articles/s':>12}{'words/s':>12}{'seconds':>10}{'CPU s':>8}"
        f"{'peak RSS MB':>13}{'load s':>8}  runner",
    ]
    for key, label in (("bare", "bare spaCy"), ("full", "eventwire")):
        m = r[key]
        lines.append(f"{label:12}{m['articles_per_s']:12.2f}{m['words_per_s']:12.0f}"
                     f"{m['seconds']:10.2f}{m.get('cpu_s', float('nan')):8.2f}"
                     f"{m['peak_rss_mb']:13.0f}{m['load_s']:8.2f}  {m.get('runner', 'serial')}")
    lines.append(f"ratio eventwire/bare spaCy time: {r['ratio_full_to_bare']:.2f}x "
                 f"({r['full']['events']} events)")
    if len(r.get("round_ratios", [])) > 1:
        lines.append("  ratio in each round: " + ", ".join(
            f"{x:.2f}x" for x in r["round_ratios"]) + " (fastest runs above)")
    lines.append("runner: serial = parse and components one after the other in one thread; "
                 "overlap = the next batch's parse in a helper thread (Settings.overlap)")
    lines.append("per stage (seconds; share of the spaCy parse):")
    for name, secs in r["stages_s"].items():
        share = r["stages_share_of_parse"].get(name)
        extra = f"  +{100 * share:.1f}%" if share is not None else ""
        lines.append(f"  {name:30}{secs:8.3f}{extra}")
    return "\n".join(lines)
