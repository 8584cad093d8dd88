"""Split the missed gold denials (a REJECT on "deny", "denied", "denies")
one level finer (issue #12, branch events39).

Reads the predictions of a ``records_by_origin.py --out`` folder, matches
them with the gold records (the scorer's rule, ``match_events``) and puts
every missed gold REJECT whose trigger is a form of "deny" into the first
sub-class that fits, by what the predictions hold after it in its sentence:

* headline      the denial is in the article's first line;
* act kept      a predicted event follows it in its sentence (the denial
                was dropped for an act the records do not label, or the
                parse hung the denier's next statement on the complement);
* nothing kept  no predicted event follows it in its sentence (the act its
                complement held was dropped later: restorable).

Prints counts, real/own and set spread per sub-class only, never a
sentence.

    PYTHONPATH=. python tools/denial_split.py /work/notes/m42
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events

ROOT = Path(__file__).resolve().parents[1]
REAL = ("ecbplus:", "geovirus:", "meantime:")
DENY = re.compile(r"den(y|ies|ied|ying)\b", re.I)


def _sentence_end(text: str, start: int) -> int:
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    return min(ends) if ends else len(text)


def _subclass(art: dict[str, Any], gold: dict[str, Any], preds: list[dict[str, Any]]) -> str:
    start = gold["trigger"]["start"]
    first_break = art["text"].find("\n")
    if 0 <= start < first_break:  # a text with no line break has no headline line
        return "headline"
    end = _sentence_end(art["text"], start)
    after = [p for p in preds if start < p["trigger"]["start"] < end]
    return "act kept" if after else "nothing kept"


def split(pred_dir: Path) -> dict[str, list[tuple[str, bool]]]:
    """Sub-class -> (set letter, real) of every missed gold denial."""
    out: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for path in sorted((ROOT / "tests/data/records").glob("rec_*.jsonl")):
        letter = path.stem[4:]
        pred_path = pred_dir / f"{path.stem}.pred.json"
        if not pred_path.exists():
            continue
        preds = {p["id"]: p for p in json.loads(pred_path.read_text(encoding="utf-8"))}
        for line in path.read_text(encoding="utf-8").splitlines():
            art = json.loads(line)
            events = preds.get(art["id"], {}).get("events", [])
            matched = {g for g, _ in match_events(art["events"], events)}
            real = art["source"].startswith(REAL)
            for i, gold in enumerate(art["events"]):
                if i in matched or gold["type"] != "REJECT" or \
                        not DENY.match(gold["trigger"]["text"]):
                    continue
                out[_subclass(art, gold, events)].append((letter, real))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    args = ap.parse_args()
    print("| sub-class | missed | real | own | sets |")
    print("|---|---:|---:|---:|---:|")
    for name, rows in sorted(split(args.pred_dir).items(), key=lambda kv: -len(kv[1])):
        real = sum(r for _, r in rows)
        sets = len({s for s, _ in rows})
        print(f"| {name} | {len(rows)} | {real} | {len(rows) - real} | {sets} |")


if __name__ == "__main__":
    main()
