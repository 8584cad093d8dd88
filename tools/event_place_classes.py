"""Error table of the event place over the record sets (re-runnable).

    python tools/event_place_rows.py ROWS.jsonl tests/data/records/rec_{a,b,c,d,e,f,g,h}.jsonl
    python tools/event_place_classes.py ROWS.jsonl [--sets rec_a ... rec_h] [--key rule]
        [--show CLASS] [--limit N]

``ROWS`` from ``tools/event_place_rows.py`` (one row per matched event);
``--key`` names the predicted place of a row to classify (``rule``: what the
pipeline predicted). Prints place accuracy per set with the real-outlet
articles (rec_c, and the ``ecbplus:`` / ``geovirus:`` / ``meantime:``
articles of the other sets) apart from the own texts, then one line per
error class with its count per set, real, own and total. Classes, by
outcome:

* ``missed``: gold has a place, none predicted (or only the article's
  focus); split by where the gold place's words are (the dateline header,
  a toponym of the event's sentence the stage found or did not find, an
  earlier or later sentence);
* ``spurious``: gold has none, a place predicted; split by the basis
  (trigger, clause, sentence, dateline), apart when the place is a
  neighbouring event's;
  the gold words' fate (``found``: not found, found but not linked,
  linked > 161 km off, linked but not chosen);
* ``wrong``: both given, more than 161 km apart; a neighbouring event's
  place (another gold event of the sentence has it), the dateline
  against a stated place, precision too coarse (a country for a town) or
  too fine (a town for a country), the right words resolved elsewhere,
  another toponym of the sentence, a place from another sentence.

``--show CLASS`` prints the rows of one class (sentence, trigger, gold,
predicted) to read them (docs/BENCHMARKS.md "place7").
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import km_between, overlap, place_right, stated_place
from eventwire.stages.geo.gazetteer import gazetteer
from tools.topic_folds import is_real

Row = dict[str, Any]
SETS = [f"rec_{x}" for x in "abcdefghijklm"]


def _near(a: Row | None, b: Row | None) -> bool:
    return bool(a and b and a.get("lat") is not None and b.get("lat") is not None
                and km_between(a, b) <= 161)


def _where_gold(row: Row) -> str:
    """Where the gold place's words are: header, own sentence, earlier, later."""
    g = row["gold"]
    h, (s, e) = row["header"], row["sentence_span"]
    if h[1] and overlap(g, {"start": h[0], "end": h[1]}):
        return "header"
    if g.get("start") is None:
        return "unknown"
    return "sentence" if s <= g["start"] < e else "earlier" if g["start"] < s else "later"


@lru_cache(maxsize=4096)
def _country_name(text: str) -> bool:
    """The words name a country (the gazetteer's country feature)."""
    return any(c.feature == "country" for c in gazetteer().candidates(text))


FOUND = {"none": "toponym not found", "unresolved": "found, not linked",
         "far": "linked > 161 km", "near": "linked, not chosen"}


def _missed(row: Row, where: str) -> str:
    gold = row["gold"]
    if where == "header" or _near(gold, row["dateline"]):
        return "missed: gold dateline"
    why = FOUND.get(row.get("found") or "", "")
    if where == "sentence":
        found = any(overlap(gold, c["place"]) for c in row["cands"] if c["kind"] == "mention")
        return "missed: gold toponym of the sentence" if found else \
            f"missed: gold toponym of the sentence, {why or 'not resolved'}"
    return f"missed: gold place from an {where} sentence ({why})" if where == "earlier" else \
        f"missed: gold place from a {where} sentence ({why})"


def _neighbour(row: Row, pred: Row) -> bool:
    """The predicted place is another gold event's of the same sentence."""
    return any(_near(pred, n) or overlap(pred, n) for n in row.get("neighbours") or [])


def _wrong(row: Row, pred: Row, where: str) -> str:
    gold = row["gold"]
    if pred["basis"] == "dateline":
        return "wrong: dateline, gold a stated place"
    if _near(gold, row["dateline"]):
        return "wrong: stated place, gold the dateline"
    if overlap(gold, pred):
        return "wrong: right words, resolved > 161 km"
    gold_country = _country_name(gold.get("text") or "")
    if pred.get("precision") == "country" and not gold_country:
        return "wrong: too coarse (country for a town/region)"
    if gold_country and pred.get("precision") != "country":
        return "wrong: too fine (town/region for a country)"
    mentions = [c["place"] for c in row["cands"] if c["kind"] == "mention"]
    if where == "sentence" and any(overlap(gold, m) for m in mentions):
        return "wrong: another toponym of the sentence"
    if where == "sentence":
        return "wrong: gold toponym not resolved, another given"
    return f"wrong: gold from the {where} text, a toponym of this sentence given"


def error_class(row: Row, pred: Row | None) -> str:
    """One class per wrong place (module docstring)."""
    gold, pred = row["gold"], stated_place(pred)
    if gold is None:
        if pred and _neighbour(row, pred) and pred["basis"] != "dateline":
            return f"spurious: {pred['basis']}, a neighbouring event's place"
        return f"spurious: {pred['basis']}" if pred else "?"
    where = _where_gold(row)
    if pred is not None and pred["basis"] != "dateline" and not overlap(gold, pred) \
            and _neighbour(row, pred):
        return "wrong: a neighbouring event's place"
    return _missed(row, where) if pred is None else _wrong(row, pred, where)


def real_articles(sets: list[str]) -> set[tuple[str, str]]:
    """(set, article id) of the real-outlet articles."""
    out = set()
    for s in sets:
        path = Path(f"tests/data/records/{s}.jsonl")
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            r = json.loads(line)
            if s == "rec_c" or is_real(r):
                out.add((s, str(r["id"])))
    return out


def _groups(row: Row, real: set[tuple[str, str]]) -> list[str]:
    return [row["set"], "real" if (row["set"], str(row["article"])) in real else "own", "all"]


def tables(rows: list[Row], sets: list[str], key: str) -> tuple[Counter[str], Counter[str],
                                                                   Counter[tuple[str, str]]]:
    """Matched events and right places per group; error counts per (class, group)."""
    real = real_articles(sets)
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    errs: Counter[tuple[str, str]] = Counter()
    for row in rows:
        right = place_right(row["gold"], row[key])
        cls = None if right else error_class(row, row[key])
        for g in _groups(row, real):
            n[g] += 1
            ok[g] += right
            if cls is not None:
                errs[(cls, g)] += 1
    return n, ok, errs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--sets", nargs="*", default=SETS)
    ap.add_argument("--key", default="rule")
    ap.add_argument("--show", default=None, help="print the rows of this class")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    rows = [r for r in (json.loads(line) for line in open(args.rows, encoding="utf-8"))
            if r["set"] in args.sets]
    if args.show:
        show(rows, args.key, args.show, args.limit)
        return
    n, ok, errs = tables(rows, args.sets, args.key)
    cols = [*args.sets, "real", "own", "all"]
    print("| | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    print("| matched events | " + " | ".join(str(n[c]) for c in cols) + " |")
    print("| place accuracy | " + " | ".join(f"{ok[c] / max(1, n[c]):.3f}" for c in cols) + " |")
    classes = sorted({c for c, _ in errs}, key=lambda c: (c.split(":")[0], -errs[(c, "all")]))
    for c in classes:
        print(f"| {c} | " + " | ".join(str(errs[(c, g)]) for g in cols) + " |")


def show(rows: list[Row], key: str, cls: str, limit: int) -> None:
    """The rows of one class, to read."""
    shown = 0
    for row in rows:
        if place_right(row["gold"], row[key]) or error_class(row, row[key]) != cls:
            continue
        gold, pred = row["gold"] or {}, stated_place(row[key]) or {}
        print(f"{row['set']} {row['article']} {row['type']} {row['trigger']!r} "
              f"gold={gold.get('text')!r} pred={pred.get('text')!r}/{pred.get('basis')} "
              f"actor={row.get('actor_country')} mod={row.get('modality')}\n    "
              + row["sentence"].replace("\n", " ")[:240])
        shown += 1
        if shown >= limit:
            break


if __name__ == "__main__":
    main()
