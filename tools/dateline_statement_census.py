"""Census of the gold: an undated speech act under a dateline (place40, issue #12).

    PYTHONPATH=. python tools/dateline_statement_census.py [--rows] [SET.jsonl ...]

Reads the gold only (no pipeline run, no system output). For every body
event of an article with a dateline whose type is a speech act
(``place_scope.VERBAL_TYPES``) and whose gold time is null (the text gives
it no time of its own), it asks where gold puts it:

* ``dateline``: the gold place span lies inside the dateline;
* ``null``: no place;
* ``other``: a place the body names (outside the class: the text places it).

Each row also says the actor against the dateline's country (``local``,
``foreign``, ``nocountry``, ``none``), whether the dateline city is a
capital, the modality, and ``cluster_dated``: another mention of the same
cluster has a date (the event is then dated by its cluster and its place
follows the cluster's, docs/annotation.md "Places"). ``--rows`` prints
one row per event (set, event id ``article#index``, trigger, outcome,
actor class, capital, modality, cluster_dated, actor text); the default
prints the counts per set and the totals.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.stages.geo.datelines import dateline_in_text
from eventwire.stages.geo.gazetteer import gazetteer
from eventwire.stages.geo.place_scope import VERBAL_TYPES

RECORDS = Path(__file__).resolve().parents[1] / "tests" / "data" / "records"
Record = dict[str, Any]
COLUMNS = ("set", "event", "trigger", "type", "outcome", "actor", "capital", "modality",
           "cluster_dated", "actor_text")


def dateline_span(text: str) -> re.Match[str] | None:
    """The dateline opening one of the text's first lines."""
    return dateline_in_text(text)


def dateline_city(name: str) -> tuple[str | None, bool]:
    """The dateline's country (ISO3) and whether it is a capital: the most
    populous city of that name, as ``capital_names.dateline_city`` picks it."""
    cities = [c for c in gazetteer().candidates(name.strip()) if c.feature == "city"]
    if not cities:
        return None, False
    c = max(cities, key=lambda c: (c.population, -c.geonameid))
    return c.country, bool(c.capital)


def actor_class(actor: Record | None, country: str | None) -> str:
    """The actor against the dateline's country."""
    if actor is None:
        return "none"
    if not actor.get("country"):
        return "nocountry"
    return "local" if actor["country"] == country else "foreign"


def outcome(place: Record | None, line: tuple[int, int]) -> str:
    """Where gold puts the event: the dateline, nowhere, or a place of the body."""
    if place is None:
        return "null"
    return "dateline" if line[0] <= place["start"] < line[1] else "other"


def rows_of(set_name: str, record: Record) -> Iterator[Record]:
    """One row per undated speech act of the body under the article's dateline."""
    text = record["text"]
    m = dateline_span(text)
    if m is None:
        return
    country, capital = dateline_city(m.group("place"))
    title_end = text.find("\n")
    dated = Counter(e.get("cluster") for e in record["events"] if e["time"]["value"])
    for i, ev in enumerate(record["events"]):
        if ev["trigger"]["start"] < title_end or ev["type"] not in VERBAL_TYPES:
            continue
        if ev["time"]["value"] is not None:
            continue
        yield {
            "set": set_name, "event": f"{record['id']}#{i}", "trigger": ev["trigger"]["text"],
            "type": ev["type"], "outcome": outcome(ev["place"], m.span()),
            "actor": actor_class(ev["actor"], country), "capital": capital,
            "modality": ev["modality"],
            "cluster_dated": bool(ev.get("cluster") and dated[ev["cluster"]]),
            "actor_text": (ev["actor"] or {}).get("text", "-"),
            "real": record.get("source", "own") != "own",
        }


def census(paths: list[Path]) -> list[Record]:
    """Every row of the given sets."""
    rows: list[Record] = []
    for path in paths:
        name = path.name.removesuffix(".jsonl")
        for line in path.read_text(encoding="utf-8").splitlines():
            rows.extend(rows_of(name, json.loads(line)))
    return rows


def in_class(row: Record) -> bool:
    """The brief's class: a local actor's undated speech act that gold can
    only place through the dateline (not dated through its cluster)."""
    return row["actor"] == "local" and not row["cluster_dated"] and row["outcome"] != "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--rows", action="store_true", help="one row per event")
    args = ap.parse_args()
    paths = args.sets or sorted(RECORDS.glob("rec_*.jsonl"))
    rows = census(paths)
    if args.rows:
        for r in rows:
            print("\t".join(str(r[k]) for k in COLUMNS))
        return
    key = Counter((r["set"], r["outcome"]) for r in rows if in_class(r))
    for name in sorted({r["set"] for r in rows}, key=lambda s: (len(s), s)):
        print(f"{name}\tdateline {key[name, 'dateline']}\tnull {key[name, 'null']}")
    total = Counter((r["outcome"], r["capital"]) for r in rows if in_class(r))
    print("in class (local actor, not dated by its cluster):",
          {f"{o} {'capital' if c else 'city'}": n for (o, c), n in sorted(total.items())})
    out = Counter((r["actor"], r["outcome"]) for r in rows if not in_class(r))
    print("outside the class (actor, outcome):", dict(sorted(out.items())))


if __name__ == "__main__":
    main()
