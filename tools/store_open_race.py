"""Open one new SQLite store from several processes at the same instant.

Usage: ``python tools/store_open_race.py PROCESSES ROUNDS``. Each round
forks PROCESSES workers that wait on a barrier, open the same new store
(creating and migrating it), record one run and close it; the tool prints
the first errors and how many opens failed (docs/RELIABILITY.md).
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import tempfile
import traceback
from typing import Any

from eventwire.store import open_store


def open_once(url: str, results: Any, barrier: Any) -> None:
    try:
        barrier.wait()
        with open_store(url) as store:
            store.finish_run(store.begin_run({}, []), {})
        results.put("")
    except Exception as exc:  # reported, not swallowed: the tool counts and prints them
        results.put(f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=-3)}")


def race(processes: int, rounds: int) -> int:
    failures: list[str] = []
    for _ in range(rounds):
        url = f"sqlite:///{tempfile.mkdtemp()}/race.db"
        results: Any = mp.Queue()
        barrier = mp.Barrier(processes)
        workers = [mp.Process(target=open_once, args=(url, results, barrier))
                   for _ in range(processes)]
        for worker in workers:
            worker.start()
        failures += [r for r in (results.get() for _ in workers) if r]
        for worker in workers:
            worker.join()
    for failure in failures[:3]:
        print(failure)
    print(f"{len(failures)} of {processes * rounds} opens failed")
    return len(failures)


if __name__ == "__main__":
    sys.exit(1 if race(int(sys.argv[1]), int(sys.argv[2])) else 0)
