"""Score a prediction file against a record set's gold, whole set and by
origin (real outlets' texts / the project's own), with the full-record
share of matched and of all gold events.

    PYTHONPATH=. python tools/blind_rows.py blind/rec_aq.jsonl OUT/rec_aq_HASH.pred.jsonl

Why: a blind set is run once (``tools/blind_run.sh`` writes the
predictions) and scored again when its gold changes — a second annotator's
check, a guide decision aligned — without running the pipeline again, and
both readings go in docs/BENCHMARKS.md. ``eventwire eval records`` scores
only the run it makes; ``tools/records_by_origin.py --rescore`` only the
development sets. The records with a ``split`` keep the blind half, as the
blind run does (``--split blind``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventwire.eval.records import score
from tools.records_by_origin import score_line
from tools.topic_folds import is_real


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def blind_rows(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[str]:
    """The lines "all", "real", "own" and the full-record shares."""
    gold = [g for g in gold if g.get("split", "blind") == "blind"]
    whole = score(gold, preds)["eventwire"]
    out = [score_line("all", whole)]
    for name, part in (("real", [g for g in gold if is_real(g)]),
                       ("own", [g for g in gold if not is_real(g)])):
        if part:
            out.append(score_line(name, score(part, preds)["eventwire"]))
    full = whole["full_record"]
    out.append(f"full record: {full['matched']:.3f} of matched, {full['end_to_end']:.3f} "
               f"of all gold ({full['count']} events)")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("predictions", type=Path)
    args = ap.parse_args()
    print("\n".join(blind_rows(read_rows(args.gold), read_rows(args.predictions))))


if __name__ == "__main__":
    main()
