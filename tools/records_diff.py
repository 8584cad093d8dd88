"""What changed between two runs of tools/records_by_origin.py, event by event.

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/before
    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/after
    PYTHONPATH=. python tools/records_diff.py /tmp/before /tmp/after [--show recipient]
    PYTHONPATH=. python tools/records_diff.py RUN RUN --before-gold OLD_RECORDS_DIR

``--before-gold`` scores the first run on the gold JSONL files of another
directory (a copy of tests/data/records taken before a relabel) and the
second on the current gold: with the same run twice it shows what a gold
change alone did to the figures, apart from any rule change (relabel51).

Why: a rule change is judged by the events it makes right and the events it
makes wrong, per field, per set and per origin (real outlets' texts against
the project's own), not by a rounded F1; a gain bought on one set with a loss
on another must show. Prints, for detection (gold events matched, false
events) and for every field of a gold event matched in both runs, the gains
and losses, the sets they fall in, and with ``--show FIELD`` each changed
event (set, record, gold trigger). The strict reading (first sector only) is
counted as ``actor (first sector)`` / ``recipient (first sector)``.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import field_results, match_events, strict_results
from tools.topic_folds import is_real

RECORDS = Path(__file__).resolve().parents[1] / "tests" / "data" / "records"
Record = dict[str, Any]
Change = tuple[str, str, str, bool]  # set, record id, gold trigger, real text


def _predictions(pred_dir: Path, name: str) -> dict[str, list[Record]]:
    path = pred_dir / f"{name}.pred.json"
    return {str(p["id"]): p.get("events", []) for p in json.loads(path.read_text())}


def _fields(g: Record, p: Record) -> dict[str, bool]:
    strict = strict_results(g, p)
    results = dict(field_results(g, p))
    for key in ("actor", "recipient"):
        results[f"{key} (first sector)"] = strict[key]
    return results


def _per_gold(gold: list[Record], pred: list[Record]) -> tuple[dict[int, dict[str, bool]], int]:
    """Field results keyed by gold index, and the number of false events."""
    pairs = match_events(gold, pred)
    return {gi: _fields(gold[gi], pred[pi]) for gi, pi in pairs}, len(pred) - len(pairs)


def _gold(records: Path, name: str) -> dict[str, Record]:
    lines = (records / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return {str(r["id"]): r for r in map(json.loads, lines)}


def compare(before: Path, after: Path, before_gold: Path = RECORDS
            ) -> tuple[dict[str, list[Change]], dict[str, list[Change]]]:
    """(gains, losses) keyed by "detection", "false events" or a field name;
    ``before`` is scored on ``before_gold``'s gold, ``after`` on the current
    gold (an event the current gold added counts under detection only)."""
    gains: dict[str, list[Change]] = collections.defaultdict(list)
    losses: dict[str, list[Change]] = collections.defaultdict(list)
    for path in sorted(after.glob("rec_*.pred.json")):
        name = path.name.split(".")[0]
        if not (before / path.name).exists():
            continue
        old, new = _predictions(before, name), _predictions(after, name)
        old_gold = _gold(before_gold, name)
        for rid, record in _gold(RECORDS, name).items():
            gold, real = record.get("events", []), is_real(record)
            gold_a = old_gold[rid].get("events", [])
            (res_a, false_a), (res_b, false_b) = (_per_gold(gold_a, old.get(rid, [])),
                                                  _per_gold(gold, new.get(rid, [])))
            for _ in range(false_a - false_b):
                gains["false events"].append((name, rid, "", real))
            for _ in range(false_b - false_a):
                losses["false events"].append((name, rid, "", real))
            for gi, event in enumerate(gold):
                change = (name, rid, str(event.get("trigger", {}).get("text", "")), real)
                if (gi in res_a) != (gi in res_b):
                    (gains if gi in res_b else losses)["detection"].append(change)
                if gi in res_a and gi in res_b:
                    for key, ok in res_b[gi].items():
                        if ok != res_a[gi][key]:
                            (gains if ok else losses)[key].append(change)
    return gains, losses


def _summary(changes: list[Change]) -> str:
    sets = collections.Counter(c[0] for c in changes)
    real = sum(c[3] for c in changes)
    return f"{len(changes):4} ({real} real, {len(sets)} sets: {', '.join(sorted(sets))})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--show", default="", help="list the changed events of this field")
    parser.add_argument("--before-gold", type=Path, default=RECORDS,
                        help="score BEFORE on the gold JSONL files of this directory")
    args = parser.parse_args()
    gains, losses = compare(args.before, args.after, args.before_gold)
    for key in sorted(set(gains) | set(losses)):
        print(f"{key:26} +{_summary(gains[key])}\n{'':26} -{_summary(losses[key])}")
    for sign, table in (("+", gains), ("-", losses)):
        for name, rid, trigger, real in table.get(args.show, []):
            print(f"{sign} {args.show} {name} {rid} {'real' if real else 'own'} {trigger!r}")


if __name__ == "__main__":
    main()
