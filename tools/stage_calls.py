"""Deterministic work per eventwire component (issue #12, speed10).

    python tools/stage_calls.py ../shared/data/ecbplus/dev.jsonl --limit 100

CPU time on a shared 2-core machine moves ±20% between runs of the same
code; the number of Python calls and of spaCy ``Token`` objects built does
not. Parses the articles once, runs the components twice (warm caches),
then once more under cProfile and prints, per component, the total calls
and the calls of spaCy's Token constructor (``token.pxd`` ``cinit``: one
per Token object, the per-word overhead the speed10 changes remove).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from typing import Any


def _token_objects(stats: pstats.Stats) -> int:
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    return sum(row[1] for key, row in table.items()
               if key[2] == "cinit" and "token" in str(key[0]))


def main() -> None:
    from eventwire.app.bench import load_corpus
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args()
    settings = Settings()
    articles = load_corpus(args.corpus, settings, args.limit)
    pipe = Pipeline(settings)
    ours = pipe.component_names
    with pipe.nlp.select_pipes(disable=ours):
        parsed = list(pipe.nlp.pipe((pipe.make_doc(a) for a in articles),
                                    batch_size=settings.batch_size))
    for _ in range(2):  # warm the memoised look-ups as a long run has them
        docs = [doc.copy() for doc in parsed]
        for name in ours:
            docs = [pipe.nlp.get_pipe(name)(doc) for doc in docs]
    docs = [doc.copy() for doc in parsed]
    print(f"{len(articles)} articles\n{'component':30}{'calls':>12}{'Token objects':>15}")
    total = 0
    for name in ours:
        component = pipe.nlp.get_pipe(name)
        profiler = cProfile.Profile()
        profiler.enable()
        docs = [component(doc) for doc in docs]
        profiler.disable()
        stats = pstats.Stats(profiler)
        calls: int = stats.total_calls  # type: ignore[attr-defined]
        total += calls
        print(f"{name:30}{calls:12,}{_token_objects(stats):15,}")
    print(f"{'all components':30}{total:12,}")


if __name__ == "__main__":
    main()
