"""Event-place rule variants over the record sets, leave-one-set-out.

    python tools/event_place_variants.py [--sets rec_a ... rec_g] [--variants V ...]

Runs the pipeline once per record set, keeps each article's parse and
events, then re-decides every matched event's place under each variant of
``place_scope.VARIANTS`` (flags the rules read) and prints the place
accuracy per set (``record_fields.place_right``, as ``eventwire eval
records`` scores it) with the real-text subset (rec_c and the ``ecbplus:``
/ ``geovirus:`` / ``meantime:`` articles) apart. The leave-one-set-out
lines pick, for each held-out set, the variant best on the other sets and
score it on the held-out one; the ``LOSO clean`` lines also leave out of
the choice every article of an ECB+ topic the held-out set holds
(``tools/topic_folds.py``, place15). A variant name joins flags with "+"; "base" is every flag
off, "shipped" the module's own values (the first variant is the one the
leave-one-set-out line compares with) (docs/BENCHMARKS.md "place6").
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, place_right
from eventwire.eval.records import article_of, record_of
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo import place_scope
from eventwire.stages.geo.component import EventPlacer
from tools.topic_folds import ecb_topic

REAL = ("ecbplus", "geovirus", "meantime")

Item = tuple[str, bool, Any, Any, dict[str, Any], str | None]  # set, real, doc, event, gold, topic


def load(sets: list[str]) -> list[Item]:
    """Matched (set, real text, doc, event, gold record) over the sets."""
    pipe = Pipeline(Settings(progress=False))
    items: list[Item] = []
    for name in sets:
        path = Path(f"tests/data/records/{name}.jsonl")
        records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        arts = [article_of(r) for r in records]
        for rec, (_a, doc, events) in zip(records, pipe.extract(arts), strict=True):
            real = name == "rec_c" or str(rec.get("source", "")).startswith(REAL)
            preds = [record_of(rec["text"], e) for e in events]
            topic = ecb_topic(rec.get("source"))
            for gi, pi in match_events(rec["events"], preds):
                items.append((name, real, doc, events[pi].mention, rec["events"][gi], topic))
    return items


def decide(items: list[Item]) -> list[bool]:
    """Whether each item's place is right under the current flags: the
    event-place component re-run on each article (as the pipeline runs it)."""
    placer = EventPlacer()
    done: set[int] = set()
    out = []
    for _s, _r, doc, event, gold, _t in items:
        if id(doc) not in done:
            placer.process(doc)
            done.add(id(doc))
        p = event.place
        rec = None if p is None else {"start": p.start, "end": p.end, "lat": p.lat,
                                      "lon": p.lon, "basis": p.basis}
        out.append(place_right(gold.get("place"), rec))
    return out


def per_set(items: list[Item], right: list[bool], sets: list[str]) -> dict[str, float]:
    acc = {}
    for s in [*sets, "real", "all"]:
        idx = [i for i, it in enumerate(items)
               if it[0] == s or (s == "real" and it[1]) or s == "all"]
        acc[s] = sum(right[i] for i in idx) / max(1, len(idx))
    return acc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="*", default=[f"rec_{x}" for x in "abcdefg"])
    ap.add_argument("--variants", nargs="*", default=None)
    ap.add_argument("--diff", nargs=2, metavar=("A", "B"),
                    help="list the events whose place is right under one variant only")
    args = ap.parse_args()
    items = load(args.sets)
    names = args.variants or ["base", "shipped", *place_scope.VARIANTS]
    results: dict[str, list[bool]] = {}
    shipped = dict(place_scope.VARIANTS)
    for v in names:
        on = set(v.split("+"))
        for k in place_scope.VARIANTS:
            place_scope.VARIANTS[k] = k in on or ("shipped" in on and shipped[k])
        results[v] = decide(items)
    place_scope.VARIANTS.update(shipped)
    cols = [*args.sets, "real", "all"]
    print("| variant | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for v, right in results.items():
        acc = per_set(items, right, args.sets)
        print(f"| {v} | " + " | ".join(f"{acc[c]:.3f}" for c in cols) + " |")
    for clean in (False, True):
        loso(items, results, args.sets, names[0], clean)
    if args.diff:
        show_diff(items, results, *args.diff)


def loso(items: list[Item], results: dict[str, list[bool]], sets: list[str], first: str,
         clean: bool) -> None:
    """Leave-one-set-out: each held-out set gets the variant best on the
    other sets (with ``clean``, also without any article of an ECB+ topic
    the held-out set holds: ``tools/topic_folds.py``); pooled and real
    totals against ``first``."""
    picked = Counter[str]()
    got = {"all": [0, 0, 0], "real": [0, 0, 0]}  # held-out right, first right, n
    for held in sets:
        topics = {it[5] for it in items if it[0] == held and it[5]} if clean else set()
        rest = [i for i, it in enumerate(items) if it[0] != held and it[5] not in topics]
        best = max(results, key=lambda v: sum(results[v][i] for i in rest))
        idx = [i for i, it in enumerate(items) if it[0] == held]
        picked[best] += 1
        for i in idx:
            for key in ("all", "real") if items[i][1] else ("all",):
                got[key][0] += results[best][i]
                got[key][1] += results[first][i]
                got[key][2] += 1
        print(f"LOSO{' clean' if clean else ''} {held}: pick {best} -> "
              f"{sum(results[best][i] for i in idx) / len(idx):.3f}"
              f" ({first} {sum(results[first][i] for i in idx) / len(idx):.3f})")
    for key, (r, f, n) in got.items():
        print(f"LOSO{' clean' if clean else ''} {key}: {r / n:.3f} ({r}/{n}) vs {first} "
              f"{f / n:.3f} ({f}/{n})")
    print("picked:", dict(picked))


def show_diff(items: list[Item], results: dict[str, list[bool]], a: str, b: str) -> None:
    """Each event right under ``a`` only (-) or ``b`` only (+), with its gold."""
    for i, (name, _r, doc, event, gold, _t) in enumerate(items):
        if results[a][i] != results[b][i]:
            s = doc.text[event.sentence.start:event.sentence.end][:200].replace("\n", " ")
            g = (gold.get("place") or {}).get("text")
            print(f"{'+' if results[b][i] else '-'} {name} {event.type} {event.trigger.text!r}"
                  f" gold={g!r}: {s}")


if __name__ == "__main__":
    main()
