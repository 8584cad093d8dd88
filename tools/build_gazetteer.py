"""Build the gazetteer ahead of first use and measure it.

    python tools/build_gazetteer.py [PATH] [--measure] [--no-build]

Builds into PATH (default: the cache file ``gazetteer.default_path()``;
``EVENTWIRE_GAZETTEER`` overrides it) from the installed packages' data
(``eventwire/stages/geo/build.py``). ``--measure`` prints the build time,
file size, the resident memory of a process that opened it and looked up
every name of a sample, and lookups per second (cold: every name new to the
in-process cache; warm: repeated), as JSON: the figures of docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import time
from pathlib import Path

from eventwire.stages.geo.build import build
from eventwire.stages.geo.gazetteer import Gazetteer, default_path


def measure(path: Path) -> dict[str, float]:
    with sqlite3.connect(path) as con:
        (n,) = con.execute("SELECT count(*) FROM names").fetchone()
        picks = sorted(random.Random(13).sample(range(n), 20_000))
        sample = [r[0] for r in con.execute(
            "SELECT key FROM (SELECT key, row_number() OVER () AS i FROM names) WHERE i IN "
            f"({','.join(str(i + 1) for i in picks)})")]
    random.Random(13).shuffle(sample)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gaz = Gazetteer(path, user_places=[])
    t0 = time.perf_counter()
    hits = sum(1 for n in sample if gaz.candidates(n))
    cold = len(sample) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for n in sample:
        gaz.candidates(n)
    warm = len(sample) / (time.perf_counter() - t0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"lookups_per_s_cold": round(cold), "lookups_per_s_warm": round(warm),
            "sample_found": hits / len(sample), "peak_rss_mb": round(rss, 1),
            "rss_before_open_mb": round(rss0, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", type=Path, default=None)
    ap.add_argument("--measure", action="store_true")
    ap.add_argument("--no-build", action="store_true", help="only measure an existing file")
    args = ap.parse_args()
    path = args.path or default_path()
    out: dict[str, object] = {"path": str(path)}
    if not args.no_build:
        t0 = time.perf_counter()
        out.update(build(path))
        out["build_seconds"] = round(time.perf_counter() - t0, 1)
    out["megabytes"] = round(path.stat().st_size / 2**20, 1)
    if args.measure:
        out.update(measure(path))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
