"""The shipped weights of a learned part against its refit, on the record
sets the shipped weights were never fitted on (refit35a, issue #12).

    PYTHONPATH=. python tools/shipped_vs_refit.py place ROWS.json [--c 1.0] [--margin 1.0] \
        [--topic-clean]
    PYTHONPATH=. python tools/shipped_vs_refit.py date ROWS.json [--c 0.03] [--margin 1.0] \
        [--cross small] [--topic-clean]

Why: ``train_place_chooser.py loso`` and ``rank_event_date.py`` score a
refit against the *rules* (the pick the learned part reviews), not against
the weights that ship. The question a refit must answer is whether it beats
the shipped file on text that file never saw. Both are scored here on each
set outside the shipped file's fitting sets: the shipped weights as the
pipeline applies them (``place_chooser`` margin rule, ``date_ranking.rank``),
the refit fitted leave-one-set-out on every other set (``--topic-clean``:
without the held-out set's ECB+ topics, ``tools/topic_folds.py``) with C and
margin fixed before the run. ROWS: ``train_place_chooser.py dump`` (place)
or ``train_event_date.py dump`` (date).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PLACE_MODEL = ROOT / "eventwire" / "data" / "geo" / "place_chooser.json"
DATE_MODEL = ROOT / "eventwire" / "data" / "time" / "date_ranker.json"
Table = dict[str, list[int]]  # set / "real" -> [n, rules right, shipped right, refit right]


def _add(table: Table, key: str, real: bool, right: tuple[bool, bool, bool]) -> None:
    for k in (key, "real") if real else (key,):
        row = table[k]
        row[0] += 1
        for i, ok in enumerate(right):
            row[1 + i] += int(ok)


def place(rows: list[dict[str, Any]], c: float, margin: float, clean: bool) -> Table:
    """Per held-out set: the rules, the shipped chooser and the refit."""
    from tools.train_place_chooser import _fit, _pick_right, _train, with_topics

    shipped = json.loads(PLACE_MODEL.read_text(encoding="utf-8"))
    seen = set(shipped["about"]["sets"])
    rows = with_topics(rows)
    table: Table = defaultdict(lambda: [0, 0, 0, 0])
    for held in sorted({r["set"] for r in rows} - seen):
        w = _fit(_train(rows, held, clean), c)
        for r in (r for r in rows if r["set"] == held):
            _add(table, held, r["real"], (bool(r["rule_right"]),
                                          _pick_right(r, shipped["weights"],
                                                      float(shipped["margin"])),
                                          _pick_right(r, w, margin)))
        print(f"{held}: {table[held]}", flush=True)
    return dict(table)


def _value_right(ex: dict[str, Any], value: tuple[str | None, str]) -> bool:
    return any(ex["right"][n] for n, v in ex["cands"].items()
               if v is not None and (v[0], v[1]) == value)


def date(examples: list[dict[str, Any]], c: float, margin: float, cross: str,
         clean: bool) -> Table:
    """Per held-out set: the rules' date, the shipped ranker and the refit."""
    import numpy as np

    from eventwire.stages.time.date_ranking import rank
    from tools import rank_event_date as red

    shipped = json.loads(DATE_MODEL.read_text(encoding="utf-8"))
    seen = set(re.findall(r"rec_[a-z]+", shipped["source"].split("(")[0]))
    red.CLEAN[0] = clean
    d = red.Data(examples, red.CROSS[cross])
    table: Table = defaultdict(lambda: [0, 0, 0, 0])
    for held in sorted(set(d.sets.tolist()) - seen):
        test = d.sets == held
        clf = red._fit(d, ~d.fold_out(test), c)
        score = clf.decision_function(d.x) + np.where(d.current_a, margin, 0.0)
        for o in np.unique(d.owner_a[test]):
            sel = d.owner_a == o
            pick = np.flatnonzero(sel)[np.argmax(score[sel])]
            ex = examples[int(o)]
            cands = {k: (v[0], v[1]) if v is not None else None for k, v in ex["cands"].items()}
            mine = rank(ex["features"], cands, ex["cands"]["publication"][0], shipped)
            _add(table, held, bool(ex["real"]), (bool(d.right_a[sel & d.current_a].any()),
                                                 _value_right(ex, mine),
                                                 bool(d.right_a[pick])))
        print(f"{held}: {table[held]}", flush=True)
    return dict(table)


def print_table(table: Table) -> None:
    """Markdown: per set, pooled, real, own; sets the refit wins / loses."""
    sets = [k for k in table if k != "real"]
    pooled = [sum(table[k][i] for k in sets) for i in range(4)]
    real = table.get("real", [0, 0, 0, 0])
    own = [p - r for p, r in zip(pooled, real, strict=True)]
    print("| held out | n | rules | shipped | refit | refit − shipped |\n|---|---|---|---|---|---|")
    for key, (n, ru, sh, re_) in [*((k, table[k]) for k in sets), ("pooled", pooled),
                                  ("real", real), ("own", own)]:
        print(f"| {key} | {n} | {ru / max(n, 1):.3f} | {sh / max(n, 1):.3f} | "
              f"{re_ / max(n, 1):.3f} | {re_ - sh:+d} |")
    won = sum(table[k][3] > table[k][2] for k in sets)
    lost = sum(table[k][3] < table[k][2] for k in sets)
    print(f"refit vs shipped: sets won {won}, lost {lost}, tied {len(sets) - won - lost}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("part", choices=("place", "date"))
    ap.add_argument("rows", type=Path)
    ap.add_argument("--c", type=float, required=True)
    ap.add_argument("--margin", type=float, required=True)
    ap.add_argument("--cross", default="small", help="date: rank_event_date.CROSS key")
    ap.add_argument("--topic-clean", action="store_true")
    args = ap.parse_args()
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    if args.part == "place":
        print_table(place(rows, args.c, args.margin, args.topic_clean))
    else:
        print_table(date(rows, args.c, args.margin, args.cross, args.topic_clean))


if __name__ == "__main__":
    main()
