"""CPU time of each eventwire component over pre-parsed articles (issue #12).

    python tools/stage_cpu.py ../shared/data/ecbplus/dev.jsonl --limit 200 \
        --rounds 3 --records /tmp/events.jsonl [--profile eventwire_events]

Parses the articles once (the spaCy pipes, batched with ``nlp.pipe``), then
runs the eventwire components over copies of the parsed docs ``rounds``
times, timing each with ``time.process_time`` (CPU time of this process:
less disturbed than wall time by the other jobs of a shared machine). Round
1 is what one ``eventwire run`` process pays (cold caches); the best of the
later rounds is the warm figure. ``--records`` writes round 1's events as
sorted JSON lines, for proving that two checkouts give the same output.
``--profile NAME[,NAME]`` runs cProfile over those components in one extra
round, ``--sample NAME[,NAME]`` the statistical profiler of ``sampler.py``.
``--callers PATTERN[,PATTERN]`` adds, to each profiled component, the
callers of the functions whose ``file:line(name)`` holds a pattern, most
calls first: ``--callers "doc.pyx:474(__getitem__)"`` lists who builds
spaCy Tokens (speed66: ~1.7M per 200 ECB+ articles over all components,
the largest site ~5 % of them; one costs ~0.13 us unprofiled, so all of
them together are ~1 % of the eventwire run and no site is worth a cut).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import time
from pathlib import Path
from typing import Any

from sampler import Sampler

from eventwire.nlp.extensions import release_caches


def _parse(pipe: Any, articles: list[Any]) -> tuple[list[Any], float]:
    ours = pipe.component_names
    start = time.process_time()
    with pipe.nlp.select_pipes(disable=ours):
        docs = list(pipe.nlp.pipe((pipe.make_doc(a) for a in articles),
                                  batch_size=pipe.settings.batch_size))
    return docs, time.process_time() - start


def _round(pipe: Any, parsed: list[Any], profile: tuple[str, ...] = (),
           sample: tuple[str, ...] = (), callers: tuple[str, ...] = ()
           ) -> tuple[list[Any], dict[str, float]]:
    """One pass of every component over copies of the parsed docs, each
    timed; the docs' caches are released after it, as ``Pipeline.docs``
    does (speed43: unreleased, every doc of a round was a reference cycle,
    and the full collections that freed them, ~0.4 s per 200 articles,
    fell inside whichever component of a later round was running --
    a cost the pipeline never pays)."""
    gc.collect()  # the previous round's garbage, outside the timing
    docs = [doc.copy() for doc in parsed]
    times: dict[str, float] = {}
    for name in pipe.component_names:
        component = pipe.nlp.get_pipe(name)
        start = time.process_time()
        if name in profile:
            docs = _profiled(name, component, docs, callers)
        elif name in sample:
            with Sampler() as sampler:
                docs = [component(doc) for doc in docs]
            print(f"=== {name}\n{sampler.report()}")
        else:
            docs = [component(doc) for doc in docs]
        times[name] = time.process_time() - start
    return [release_caches(doc) for doc in docs], times


def _profiled(name: str, component: Any, docs: list[Any],
              callers: tuple[str, ...] = ()) -> list[Any]:
    profiler = cProfile.Profile()
    profiler.enable()
    docs = [component(doc) for doc in docs]
    profiler.disable()
    print(f"=== {name}")
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(35)
    stats.sort_stats("cumulative").print_stats(45)
    if callers:
        _print_callers(stats, callers)
    return docs


def _print_callers(stats: pstats.Stats, patterns: tuple[str, ...], top: int = 40) -> None:
    """The callers of every profiled function whose ``file:line(name)``
    holds one of ``patterns``, most calls first (``print_callers`` sorts
    them by name)."""
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for func, (_cc, calls, own, cum, by) in table.items():
        where = f"{func[0]}:{func[1]}({func[2]})"
        if not any(p in where for p in patterns):
            continue
        print(f"--- {where}: {calls} calls, {own:.3f} s own, {cum:.3f} s cumulative")
        for caller, counts in sorted(by.items(), key=lambda kv: -kv[1][1])[:top]:
            print(f"  {counts[1]:9d} {counts[3]:8.3f} s  {caller[0]}:{caller[1]}({caller[2]})")


def _write_records(pipe: Any, articles: list[Any], docs: list[Any], path: Path) -> int:
    lines = [json.dumps(event.to_dict(), sort_keys=True, default=str)
             for article, doc in zip(articles, docs, strict=True)
             for event in pipe.events_of(article, doc)]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def main() -> None:
    from eventwire.app.bench import load_corpus
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--records", type=Path)
    ap.add_argument("--profile", default="", help="components to cProfile, comma-separated")
    ap.add_argument("--sample", default="", help="components to sample, comma-separated")
    ap.add_argument("--callers", default="",
                    help="with --profile: list the callers of functions matching these "
                         "comma-separated patterns")
    args = ap.parse_args()
    settings = Settings()
    articles = load_corpus(args.corpus, settings, args.limit)
    pipe = Pipeline(settings)
    parsed, parse_s = _parse(pipe, articles)
    rounds = []
    for i in range(max(1, args.rounds)):
        docs: list[Any] = []  # the last round's docs are garbage before the next round starts
        docs, times = _round(pipe, parsed)
        rounds.append(times)
        if i == 0 and args.records:
            print(f"{_write_records(pipe, articles, docs, args.records)} events -> "
                  f"{args.records}")
    if args.profile or args.sample:
        _round(pipe, parsed, profile=tuple(args.profile.split(",")),
               sample=tuple(args.sample.split(",")),
               callers=tuple(p for p in args.callers.split(",") if p))
    warm = {n: min(r[n] for r in rounds[1:]) for n in rounds[0]} if len(rounds) > 1 else {}
    print(f"{len(articles)} articles; spaCy parse {parse_s:.3f} s CPU")
    print(f"{'component':30}{'cold s':>8}{'% parse':>9}{'warm s':>8}{'% parse':>9}")
    for name, cold in rounds[0].items():
        w = warm.get(name, float("nan"))
        print(f"{name:30}{cold:8.3f}{100 * cold / parse_s:9.1f}{w:8.3f}{100 * w / parse_s:9.1f}")
    total_cold = sum(rounds[0].values())
    total_warm = sum(warm.values()) if warm else float("nan")
    print(f"{'all components':30}{total_cold:8.3f}{100 * total_cold / parse_s:9.1f}"
          f"{total_warm:8.3f}{100 * total_warm / parse_s:9.1f}")


if __name__ == "__main__":
    main()
