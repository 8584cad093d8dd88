"""Error classes of the event -> place decision over candidate rows.

    python tools/event_place_classes.py ROWS.jsonl [--sets rec_d rec_e rec_f] [--key rule]

``ROWS`` from ``tools/event_place_rows.py``; ``--key`` names the predicted
place of a row to classify (``rule``: the rules; ``learned``: a row field a
caller added). Prints one count per class (docs/BENCHMARKS.md "place5").
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

from eventwire.eval.record_fields import km_between, overlap, place_right, stated_place

Row = dict[str, Any]


def _near(a: Row | None, b: Row | None) -> bool:
    return bool(a and b and a.get("lat") is not None and b.get("lat") is not None
                and km_between(a, b) <= 161)


def _where_gold(row: Row) -> str:
    """Where the gold place's words are: header, own sentence, earlier, later, none."""
    g = row["gold"]
    h, (s, e) = row["header"], row["sentence_span"]
    if h[1] and overlap(g, {"start": h[0], "end": h[1]}):
        return "header"
    if g.get("start") is None:
        return "unknown"
    return "sentence" if s <= g["start"] < e else "earlier" if g["start"] < s else "later"


def error_class(row: Row, pred: Row | None) -> str:
    """One class per wrong place (module docstring)."""
    gold, pred = row["gold"], stated_place(pred)
    if gold is None:
        return f"gold none / predicted {pred['basis']}" if pred else "?"
    mentions = [c["place"] for c in row["cands"] if c["kind"] == "mention"]
    where = _where_gold(row)
    if pred is None:
        if where == "header" or _near(gold, row["dateline"]):
            return "gold dateline / predicted none"
        if where == "sentence":
            found = any(overlap(gold, m) for m in mentions)
            return "gold toponym of sentence / predicted none" if found else \
                "gold toponym not resolved (no candidate) / predicted none"
        return f"gold place from {where} sentence / predicted none"
    if overlap(gold, pred):
        return "right toponym, resolution > 161 km"
    if pred.get("precision") == "country" or (gold.get("text") or "") in (pred.get("text") or ""):
        return "granularity: predicted country, gold city/region"
    if pred["basis"] == "dateline":
        return "gold other place / predicted dateline"
    if where == "sentence" and any(overlap(gold, m) for m in mentions):
        return "wrong toponym among several in sentence"
    if where == "sentence":
        return "gold toponym not resolved / predicted another"
    return f"gold place from {where} / predicted toponym of sentence"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--sets", nargs="*", default=["rec_d", "rec_e", "rec_f"])
    ap.add_argument("--key", default="rule")
    args = ap.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    for line in open(args.rows, encoding="utf-8"):
        row = json.loads(line)
        if row["set"] in args.sets and not place_right(row["gold"], row[args.key]):
            counts[(error_class(row, row[args.key]), row["set"])] += 1
    classes = sorted({c for c, _ in counts}, key=lambda c: -sum(counts[(c, s)] for s in args.sets))
    print("| class | " + " | ".join(args.sets) + " | total |")
    print("|---|" + "---|" * (len(args.sets) + 1))
    for c in classes:
        per = [counts[(c, s)] for s in args.sets]
        print(f"| {c} | " + " | ".join(map(str, per)) + f" | {sum(per)} |")


if __name__ == "__main__":
    main()
