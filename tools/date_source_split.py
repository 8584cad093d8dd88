"""Split the date errors of a records_by_origin run by what is wrong and by
where gold's date comes from, counting sets and distinct stories
(issue #12, branch dates43).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/base
    PYTHONPATH=. python tools/date_source_split.py /tmp/base [--origin real] [--show CLASS]

Why: a date rule must hold in at least three sets *and* three stories, and
ECB+ tells one story in several sets (the Athens riots, the Flatbush vigil,
the Kraft shooting trial): a class that looks spread over many sets may be
one article's copies. This table reuses the rows of
``date_construction_split.py`` (every matched event whose date value,
granularity or background flag is wrong) and puts each in

* *what is wrong*: ``bg flag (gold bg, we not)`` (gold marks the event
  background and we do not), ``unknown, gold dated``, ``dated, gold
  unknown``, ``granularity`` (one value a prefix of the other), ``value``,
  ``bg flag (we bg, gold not)``;
* *where gold's date comes from*, first that fits: ``gold unknown``; a
  ``weekday in sentence``; a ``relative in sentence`` ("last week", "ago",
  "yesterday", "earlier"); a ``timex in sentence`` (a month or a year);
  the ``publication date``; an ``earlier event of story`` (a gold event of
  an earlier line has gold's value); a ``timex earlier sentence``; ``other``.

A story is an ECB+ topic and sub-corpus ("ecb22+": topic 22 of ECB+'s own
articles, "ecb22" of the older ECB ones), a GeoVirus or MEANTIME article,
or an own text (each its own story). Only counts, sets and stories are
printed, and with ``--show`` the rows of one class.

``--by-want`` (branch dates45) prints instead what gold wants against what
the system gives: *wants* is ``unknown``, a ``month`` / ``year`` / ``week``
(a coarse date), else a day: ``day named in sentence`` (a weekday, a
relative or a month/year expression there), ``publication day``,
``earlier event date``, ``day named earlier``, ``day, other``; prefixed
``bg:`` when gold flags it background. *gives* is ``unknown``, ``pub day``,
``other day``, a coarse date, ``granularity X for Y`` (one value a prefix
of the other) or ``right value, no bg``, each with the predicted anchor.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.date_construction_split import RELATIVE, rows
from tools.date_error_classes import WEEKDAY
from tools.topic_folds import SET_LETTERS, sets_from_flag

MONTH_OR_YEAR = re.compile(r"\b(Jan(uary)?|Feb(ruary)?|March|April|May|June|July|Aug(ust)?|"
                           r"Sept?(ember)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\b|"
                           r"\b(1[89]|20)\d\d\b")
DAY_WORDS = re.compile(r"\b(today|tonight|yesterday|last night|overnight|this morning)\b", re.I)
ECB = re.compile(r"ecbplus:(\d+)_\d+(ecbplus|ecb)")
Row = dict[str, Any]


def story(source: str | None, article_id: str) -> str:
    """The story an article tells (module docstring)."""
    m = ECB.match(source or "")
    if m:
        return f"ecb{m.group(1)}{'+' if m.group(2) == 'ecbplus' else ''}"
    return source or article_id


def what(row: Row) -> str:
    """What is wrong with one row's date (module docstring)."""
    gold, pred = row["gold_value"], row["pred_value"]
    if row["what"].startswith("bg"):
        return "bg flag (gold bg, we not)"
    if gold is None:
        return "dated, gold unknown"
    if pred is None:
        return "unknown, gold dated"
    if gold == pred:
        return "bg flag (we bg, gold not)"
    if gold.startswith(pred) or pred.startswith(gold):
        return "granularity"
    return "value"


def source(row: Row, gold: Row) -> str:
    """Where gold's date comes from, first that fits (module docstring)."""
    value, sent, start = row["gold_value"], row["sent"], row["start"]
    if value is None:
        return "gold unknown"
    if WEEKDAY.search(sent):
        return "weekday in sentence"
    if RELATIVE.search(sent) or DAY_WORDS.search(sent):
        return "relative in sentence"
    if MONTH_OR_YEAR.search(sent):
        return "timex in sentence"
    if value == gold["published"]:
        return "publication date"
    line_start = gold["text"].rfind("\n", 0, start)
    if any(e["trigger"]["start"] < line_start and (e.get("time") or {}).get("value") == value
           for e in gold["events"]):
        return "earlier event of story"
    before = gold["text"][:max(line_start, 0)]
    if MONTH_OR_YEAR.search(before) or WEEKDAY.search(before) or RELATIVE.search(before):
        return "timex earlier sentence"
    return "other"


def granularity(value: str | None) -> str:
    """Granularity of an ISO value: day, month, year, week or other."""
    if value is None:
        return "none"
    if "W" in value:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "other")


IN_SENTENCE = ("weekday in sentence", "relative in sentence", "timex in sentence")
DAY_SOURCES = {"publication date": "publication day", "earlier event of story":
               "earlier event date", "timex earlier sentence": "day named earlier"}


def wants(row: Row) -> str:
    """What gold wants (module docstring, ``--by-want``); needs :func:`tag`."""
    value = row["gold_value"]
    bg = "bg: " if row["what_wrong"].startswith("bg") else ""
    if value is None:
        return bg + "unknown"
    if granularity(value) != "day":
        return bg + granularity(value)
    if row["source"] in IN_SENTENCE:
        return bg + "day named in sentence"
    return bg + DAY_SOURCES.get(row["source"], "day, other")


def gives(row: Row, published: str) -> str:
    """What the system gives, with its anchor (module docstring)."""
    pred, value = row["pred_value"], row["gold_value"]
    if pred is None:
        return "unknown"
    if pred == value:
        return "right value, no bg"
    kind, gold_kind = granularity(pred), granularity(value)
    if value and kind != gold_kind and (value.startswith(pred) or pred.startswith(value)):
        return f"granularity {kind} for {gold_kind} ({row['anchor']})"
    if kind != "day":
        return f"{kind} ({row['anchor']})"
    return f"{'pub day' if pred == published else 'other day'} ({row['anchor']})"


def tag(found: list[Row], sets: tuple[str, ...]) -> None:
    """Add ``what_wrong``, ``source`` and ``story`` to every row."""
    golds: dict[str, Row] = {}
    for name in sets:
        for rec in map(json.loads, Path(f"tests/data/records/{name}.jsonl").open()):
            golds[rec["id"]] = rec
    for row in found:
        gold = golds[row["id"]]
        row.update(what_wrong=what(row), source=source(row, gold),
                   story=story(gold.get("source"), gold["id"]))
        row.update(wants=wants(row), gives=gives(row, gold["published"]))


def table(found: list[Row], key: Callable[[Row], str], title: str) -> str:
    """Rows, sets and distinct stories per class of ``key``."""
    count: Counter[str] = Counter()
    sets: dict[str, set[str]] = defaultdict(set)
    stories: dict[str, set[str]] = defaultdict(set)
    for row in found:
        k = key(row)
        count[k] += 1
        sets[k].add(row["set"])
        stories[k].add(row["story"])
    lines = [f"| {title} | rows | sets | stories |", "|---|---|---|---|"]
    lines += [f"| {k} | {n} | {len(sets[k])} | {len(stories[k])} |"
              for k, n in count.most_common()]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--sets", default=SET_LETTERS, help="set keys, e.g. a,b,y (or letters)")
    ap.add_argument("--origin", default="real", choices=("real", "own"))
    ap.add_argument("--show", help="print the rows of one what / source / 'what / source' "
                                   "(with --by-want: one wants / 'wants / gives')")
    ap.add_argument("--by-want", action="store_true",
                    help="what gold wants against what the system gives (dates45)")
    args = ap.parse_args()
    sets = sets_from_flag(args.sets)
    found = [r for r in rows(args.pred_dir, args.sets) if r["origin"] == args.origin]
    tag(found, sets)
    tables: tuple[tuple[str, Callable[[Row], str]], ...] = (
        ("what is wrong", lambda r: r["what_wrong"]),
        ("gold's date from", lambda r: r["source"]),
        ("what / from", lambda r: f"{r['what_wrong']} / {r['source']}"))
    if args.by_want:
        tables = (("gold wants", lambda r: r["wants"]),
                  ("wants / gives", lambda r: f"{r['wants']} / {r['gives']}"))
    for title, key in tables:
        print(table(found, key, title), end="\n\n")
    for r in found:
        keys = (r["wants"], f"{r['wants']} / {r['gives']}") if args.by_want else (
            r["what_wrong"], r["source"], f"{r['what_wrong']} / {r['source']}")
        if args.show in keys:
            print(r["set"], r["id"], r["story"], f"gold={r['gold_value']}",
                  f"pred={r['pred_value']}/{r['anchor']}", f"[{r['trig']}]",
                  repr(r["sent"][:120]))


if __name__ == "__main__":
    main()
