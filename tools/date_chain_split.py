"""Split the class "wrong anchor in a narrative chain" one level finer (branch dates32).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/base
    PYTHONPATH=. python tools/date_chain_split.py /tmp/base [--by delta,pred_pub,source]

Why (issue #12): ``tools/date_error_classes.py`` puts 231 errors of m39
into *wrong anchor in a narrative chain* (the event took the date of the
wrong earlier mention), broad over the 23 sets. A rule needs a sub-class
that holds in >= 5 sets. Each error is described by

* ``delta``: gold minus predicted day (``same``, ``-1``, ``+1``, ``<-1``,
  ``>+1``; ``gran`` when either is not a calendar day);
* ``pred_pub``: whether the predicted date is the publication day;
* ``source``: which candidate holds the gold date — the publication day
  (``pub``), the nearest earlier event dated by its own words
  (``nearest own-dated before``), another day the text dates
  (``some own-dated day``), the day before publication (``pub-1``), or
  none of these (``elsewhere``).

Only counts per origin and the sets they fall in are printed, never a sentence.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from tools.date_error_classes import _day, classify, load_predictions
from tools.topic_folds import is_real

CLASS = "wrong anchor in a narrative chain"
OWN_ANCHORS = ("explicit", "sentence", "speech")
SETS = "abcdefghijklmnopqrstuvw"
KEYS = ("delta", "pred_pub", "source")


def delta(gold: str | None, pred: str | None) -> str:
    """Gold minus predicted day, bucketed."""
    gd, pd = _day(gold), _day(pred)
    if gd is None or pd is None:
        return "gran"
    d = (gd - pd).days
    return {0: "same", -1: "-1", 1: "+1"}.get(d, "<-1" if d < 0 else ">+1")


def source(gold: str, published: str, start: int, events: list[dict[str, Any]]) -> str:
    """Which candidate holds the gold date (module docstring)."""
    own = [e for e in events if (e.get("time") or {}).get("value")
           and e["time"].get("anchor") in OWN_ANCHORS]
    earlier = [e for e in own if e["trigger"]["start"] < start]
    nearest = max(earlier, key=lambda e: e["trigger"]["start"])["time"]["value"] \
        if earlier else None
    gd = _day(gold)
    if gold == published:
        return "pub"
    if gold == nearest:
        return "nearest own-dated before"
    if gold in {e["time"]["value"] for e in own}:
        return "some own-dated day"
    if gd is not None and (date.fromisoformat(published) - gd).days == 1:
        return "pub-1"
    return "elsewhere"


def rows(pred_dir: Path, sets: str = SETS) -> list[dict[str, str]]:
    """One row per error of the class."""
    out = []
    for s in sets:
        gold_path = Path(f"tests/data/records/rec_{s}.jsonl")
        golds = {r["id"]: r for r in map(json.loads, gold_path.open())}
        for pred in load_predictions(pred_dir / f"rec_{s}.pred.json"):
            gold = golds[pred["id"]]
            for gi, pi in match_events(gold["events"], pred["events"]):
                g, p = gold["events"][gi], pred["events"][pi]
                if classify(g, p, gold["text"], gold["published"]) != CLASS:
                    continue
                gv, pv = g["time"]["value"], p["time"]["value"]
                out.append({
                    "set": s,
                    "origin": "real" if is_real(gold)
                    else "own",
                    "delta": delta(gv, pv), "pred_pub": str(pv == gold["published"]),
                    "source": source(gv, gold["published"], p["trigger"]["start"],
                                     pred["events"])})
    return out


def table(data: list[dict[str, str]], keys: list[str]) -> str:
    """Sub-class -> own / real counts and set spread, largest first."""
    counts: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    sets: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for r in data:
        k = tuple(r[x] for x in keys)
        counts[k][r["origin"]] += 1
        sets[k].add(r["set"])
    lines = ["| " + " | ".join(keys) + " | own | real | sets |", "|---" * (len(keys) + 3) + "|"]
    for k in sorted(counts, key=lambda k: (-sum(counts[k].values()), k)):
        c = counts[k]
        lines.append("| " + " | ".join(k) + f" | {c['own']} | {c['real']} | "
                     f"{len(sets[k])}: {''.join(sorted(sets[k]))} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--by", default="delta,pred_pub,source",
                    help="comma-separated: " + ", ".join(KEYS))
    args = ap.parse_args()
    keys = args.by.split(",")
    if set(keys) - set(KEYS):
        ap.error("--by takes " + ", ".join(KEYS))
    print(table(rows(args.pred_dir), keys))


if __name__ == "__main__":
    main()
