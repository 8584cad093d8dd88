"""Census of date errors by class and by which candidate holds the gold date.

    PYTHONPATH=. python tools/train_event_date.py dump tests/data/records/rec_{a..j}.jsonl \\
        --out /tmp/dates10/rows.json
    PYTHONPATH=. python tools/date_candidate_census.py /tmp/dates10/rows.json

Why (issue #12, branch dates10): a learned chooser among the dates the time
stage can already compute can only fix the errors whose gold date (value
and granularity, the scorer's ``date_right``) is among those candidates.
This table says how many such errors there are, per error kind and class
of ``tools/date_error_classes.py``, for real-outlet and own articles, and
which candidate would fix each (the first right one in ``ORDER``: the
nearest evidence first). "nowhere" errors need a new candidate, not a
better choice.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from tools.date_error_classes import CLASSES, KINDS

# attribution order: the trigger's own clause first, the article's defaults last
ORDER = ("clause", "sentence", "timeline", "headline", "lead", "dateline", "publication",
         "pub_prev", "coarse", "unknown")


def fixer(row: dict[str, Any]) -> str:
    """The first candidate giving the gold date, "nowhere" if none does."""
    return next((c for c in ORDER if row["right"].get(c)), "nowhere")


def census(rows: list[dict[str, Any]]) -> dict[str, dict[str, Counter[str]]]:
    """origin -> (kind or class) -> fixer -> count; "matched"/"errors" rows too."""
    out: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for row in rows:
        for origin in ("real" if row["real"] else "own", "all"):
            table = out[origin]
            table["matched"]["n"] += 1
            if row["right"]["current"]:
                continue
            fix = fixer(row)
            for key in ("errors", "kind:" + str(row.get("kind")), str(row.get("class"))):
                table[key][fix] += 1
                table[key]["n"] += 1
    return out


def render(tables: dict[str, dict[str, Counter[str]]], origin: str) -> str:
    table = tables[origin]
    heads = ("n", *ORDER, "nowhere")
    lines = [f"### {origin} (matched {table['matched']['n']})",
             "| errors | " + " | ".join(heads) + " |", "|---" * (len(heads) + 1) + "|"]
    keys = ("errors", *("kind:" + k for k in KINDS), *CLASSES)
    for key in keys:
        if table[key]["n"]:
            lines.append(f"| {key} | " + " | ".join(str(table[key][h]) for h in heads) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rows", type=Path)
    args = ap.parse_args(argv)
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    tables = census(rows)
    for origin in ("real", "own", "all"):
        print(render(tables, origin) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
