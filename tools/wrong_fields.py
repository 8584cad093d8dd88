"""How many fields each matched event gets wrong, over the record sets.

    PYTHONPATH=. python tools/records_by_origin.py --out DIR
    PYTHONPATH=. python tools/wrong_fields.py DIR

Why: the full-record figure multiplies the fields' errors; the scorer's
"one field short" line shows only events that miss exactly one field. This
prints the distribution of wrong fields per matched event, how often each
field is wrong at all, and the pairs most often wrong together, so a session
can see how far the full-record goal is from the per-field figures.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from eventwire.eval.record_fields import field_results
from eventwire.eval.records import match_events

RECORDS = Path(__file__).resolve().parents[1] / "tests" / "data" / "records"


def tally(pred_dir: Path) -> tuple[collections.Counter[int], collections.Counter[str],
                                   collections.Counter[tuple[str, ...]]]:
    """(wrong-field count per matched event, field wrong at all, pairs wrong together)."""
    per_event: collections.Counter[int] = collections.Counter()
    per_field: collections.Counter[str] = collections.Counter()
    pairs: collections.Counter[tuple[str, ...]] = collections.Counter()
    for path in sorted(pred_dir.glob("rec_*.pred.json")):
        name = path.name.split(".")[0]
        gold = [json.loads(line) for line in (RECORDS / f"{name}.jsonl").read_text().splitlines()]
        by_id = {str(p["id"]): p.get("events", []) for p in json.loads(path.read_text())}
        for record in gold:
            g, p = record.get("events", []), by_id.get(str(record["id"]), [])
            for gi, pi in match_events(g, p):
                wrong = tuple(k for k, ok in field_results(g[gi], p[pi]).items() if not ok)
                per_event[len(wrong)] += 1
                per_field.update(wrong)
                if len(wrong) == 2:
                    pairs[wrong] += 1
    return per_event, per_field, pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred_dir", type=Path, help="the --out folder of records_by_origin.py")
    per_event, per_field, pairs = tally(parser.parse_args().pred_dir)
    print("wrong fields per matched event:", sorted(per_event.items()))
    print("field wrong (any):", per_field.most_common())
    print("pairs wrong together:", pairs.most_common(10))


if __name__ == "__main__":
    main()
