"""Score PLOVER modes on a small hand-written blind set
(``tests/data/modes_blind_e.jsonl``: one sentence per line with the gold
trigger span, type and mode, ``null`` where the text supports none).

The set was written and committed before the system ran on it; it is run
once before a change of the mode assigner and once after, never debugged on
(docs/BENCHMARKS.md, "Issue 12 — modes").

For each sentence the predicted event whose trigger overlaps the gold
trigger is compared: ``found`` (an event there), ``type`` (its type),
``mode | type right`` (the mode, among events typed right) and the
null/non-null confusion. Usage::

    PYTHONPATH=. python tools/eval_modes_blind.py [FILE] [--show] [--rules]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "modes_blind_e.jsonl"


def _at(events: list[Any], start: int, end: int) -> Any:
    hits = [e for e in events if e.trigger.start < end and start < e.trigger.end]
    return hits[0] if hits else None


def main(argv: list[str]) -> int:
    path = Path(next((a for a in argv if not a.startswith("--")), DEFAULT))
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rules = "--rules" in argv  # the rule cascade alone (setting mode_model = rules)
    pipe = Pipeline(Settings(mode_model="rules" if rules else "learned"),
                    components=("eventwire_actors", "eventwire_events"))
    arts = [Article(text=r["text"], id=r["id"]) for r in rows]
    found = typed = mode_right = 0
    confusion = {"gold null, pred null": 0, "gold null, pred mode": 0,
                 "gold mode, pred null": 0, "gold mode, pred other mode": 0}
    for row, (_art, doc, _rej) in zip(rows, pipe.docs(arts), strict=True):
        event = _at(list(doc._.events or []), row["trigger"]["start"], row["trigger"]["end"])
        if event is None:
            continue
        found += 1
        if event.type != row["type"]:
            continue
        typed += 1
        gold, pred = row["mode"], event.mode
        mode_right += gold == pred
        if gold is None:
            confusion["gold null, pred null" if pred is None else "gold null, pred mode"] += 1
        elif pred is None:
            confusion["gold mode, pred null"] += 1
        elif pred != gold:
            confusion["gold mode, pred other mode"] += 1
        if "--show" in argv and gold != pred:
            print(f"{row['id']} {row['type']} gold={gold} pred={pred}: {row['text']}")
    print(f"sentences {len(rows)}  event found {found}  typed right {typed}  "
          f"mode right | type right {mode_right}/{typed} = {mode_right / max(typed, 1):.3f}")
    print("  " + ", ".join(f"{k}: {v}" for k, v in confusion.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
