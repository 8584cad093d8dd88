"""Both dateline error classes one level finer (place39, issue #12).

    PYTHONPATH=. python tools/event_place_rows.py --dateline-rules ROWS.jsonl \
        tests/data/records/rec_*.jsonl
    PYTHONPATH=. python tools/dateline_error_split.py ROWS.jsonl

Reads the rows ``tools/train_dateline_place.py`` fits on (the open decisions
of the dateline model: an event under a dateline with no stated place of its
own) and replays the shipped model on them as the pipeline serves it
(``decision``: the plan / hypothesis gate, and no new dateline for a
deployment or a negated or denied act). Two error classes:

* **missed**: gold places the event at the dateline, the model gives none;
* **spurious**: gold has no place, the model gives the dateline.

Each is split by one dimension at a time — the event type, the actor
against the dateline's country, whether the sentence names a place (near or
far from the dateline), the last place before the sentence, background,
statement (``VERBAL_TYPES``) or act, attributed in its sentence ("said",
"told", "according to"), a recollection (a pluperfect "had" before the
trigger), the paragraph since the dateline, the rules' own pick — with,
for each value, the decisions the model gets right (``ok1``: dateline kept;
``ok0``: none kept), the errors, the sets they fall in and the real / own
split. Counts only, never a sentence.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.stages.geo.dateline_model import (
    NO_DATELINE_MODALITIES,
    NOT_DONE_MODALITIES,
    DatelineModel,
    load_dateline_model,
)
from eventwire.stages.geo.datelines import DESTINATION_TYPES

Row = dict[str, Any]
ATTRIBUTED = re.compile(r"\b(said|says|told|according to|reported|announced|stated)\b", re.I)


def feat(row: Row, name: str) -> str:
    """The value of feature ``name`` in the row (``-`` when absent)."""
    prefix = name + "="
    return next((f[len(prefix):] for f in row["feats"] if f.startswith(prefix)), "-")


def decision(model: DatelineModel, row: Row) -> bool:
    """The dateline as the pipeline serves it (``redecide_datelines``)."""
    mod, typ = feat(row, "mod"), feat(row, "type")
    if mod in NOT_DONE_MODALITIES:
        return False
    if not model.places(row["feats"]):
        return False
    return row["rule"] or (typ not in DESTINATION_TYPES and mod not in NO_DATELINE_MODALITIES)


def recollection(row: Row) -> bool:
    """A pluperfect "had" (one adverb allowed) right before the trigger."""
    trig = re.escape(row.get("trigger") or "")
    return bool(trig) and re.search(rf"\bhad\s+(\w+\s+)?{trig}", row.get("sentence", ""),
                                    re.I) is not None


DIMENSIONS: dict[str, Callable[[Row], str]] = {
    "type": lambda r: feat(r, "type"),
    "actor": lambda r: feat(r, "actor"),
    "sector": lambda r: feat(r, "sector"),
    "sentence place": lambda r: feat(r, "here"),
    "previous place": lambda r: feat(r, "prev"),
    "background": lambda r: feat(r, "bg"),
    "modality": lambda r: feat(r, "mod"),
    "dated": lambda r: feat(r, "gran"),
    "statement": lambda r: "statement" if feat(r, "verbal") == "True" else "act",
    "attributed": lambda r: "said" if ATTRIBUTED.search(r.get("sentence", "")) else "-",
    "recollection": lambda r: "had" if recollection(r) else "-",
    "paragraph": lambda r: feat(r, "para"),
    "precision": lambda r: feat(r, "prec"),
    "rules": lambda r: feat(r, "rule"),
}


def load_rows(path: Path, real: set[str]) -> list[Row]:
    """The labelled open decisions, with the sentence, the trigger and the
    real / own mark (labels as ``train_dateline_place._label``)."""
    from tools.train_dateline_place import _label

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("dateline_feats") is None:
            continue
        feats = row["dateline_feats"]
        out.append({"set": row["set"], "article": str(row["article"]), "feats": feats,
                    "label": _label(row["gold"], row["dateline"]), "rule": "rule=True" in feats,
                    "sentence": row.get("sentence", ""), "trigger": row.get("trigger", ""),
                    "real": str(row["article"]) in real})
    return out


def outcome(model: DatelineModel, row: Row) -> str:
    """ok1, ok0, missed, spurious, or elsewhere (gold a place off the dateline)."""
    placed = decision(model, row)
    if row["label"] < 0:
        return "elsewhere"
    if row["label"] == 1:
        return "ok1" if placed else "missed"
    return "spurious" if placed else "ok0"


def _sets(rows: list[Row]) -> str:
    c = Counter(r["set"].removeprefix("rec_") for r in rows)
    return " ".join(f"{s}{n}" for s, n in sorted(c.items(), key=lambda kv: (len(kv[0]), kv[0])))


def split(rows: list[Row], model: DatelineModel) -> None:
    for r in rows:
        r["outcome"] = outcome(model, r)
    total = Counter(r["outcome"] for r in rows)
    print("outcomes:", dict(total))
    for cls in ("missed", "spurious"):
        err = [r for r in rows if r["outcome"] == cls]
        real = sum(r["real"] for r in err)
        print(f"\n## {cls}: {len(err)} ({real} real) in {len({r['set'] for r in err})} sets: "
              f"{_sets(err)}")
    for dim, key in DIMENSIONS.items():
        groups: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            groups[key(r)].append(r)
        print(f"\n### {dim}: value  ok1 ok0 | missed (sets) | spurious (sets)")
        for value in sorted(groups, key=lambda v: -len(groups[v])):
            xs = groups[value]
            c = Counter(x["outcome"] for x in xs)
            miss = [x for x in xs if x["outcome"] == "missed"]
            spur = [x for x in xs if x["outcome"] == "spurious"]
            print(f"  {value:14} {c['ok1']:4} {c['ok0']:4} | {len(miss):4} "
                  f"({len({x['set'] for x in miss}):2}) | {len(spur):4} "
                  f"({len({x['set'] for x in spur}):2})")


def per_set(rows: list[Row], dim: str, value: str) -> None:
    """Per-set counts of both classes for one value of one dimension."""
    xs = [r for r in rows if DIMENSIONS[dim](r) == value]
    for cls in ("missed", "spurious"):
        print(f"{dim}={value} {cls}: {_sets([x for x in xs if x['outcome'] == cls])}")


def main() -> None:
    from tools.topic_folds import SETS, is_real, set_records

    ap = argparse.ArgumentParser()
    ap.add_argument("rows", type=Path)
    ap.add_argument("--per-set", nargs=2, action="append", default=[],
                    metavar=("DIMENSION", "VALUE"))
    args = ap.parse_args()
    real = {str(r["id"]) for r in set_records(SETS) if is_real(r)}
    rows = load_rows(args.rows, real)
    split(rows, load_dateline_model())
    for dim, value in args.per_set:
        per_set(rows, dim, value)


if __name__ == "__main__":
    main()
