"""Speaker-chain errors of a records run by class, per record set: on matched
events, a gold speaker the system leaves out (*missed*), a speaker the gold
does not have (*spurious*), a speaker that does not overlap the gold one
(*wrong*) and a right speaker with wrong relays (*relay*). ``--show CLASS``
prints the cases with the trigger's sentence (the classes to fix). Branch
speakers7, issue #12.

    eventwire eval records --data tests/data/records/rec_a.jsonl --split all \
        --predictions /tmp/rec_a.jsonl
    python tools/speaker_errors.py /tmp/rec_*.jsonl [--show missed]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, overlap, relays_right

Record = dict[str, Any]


def error_class(g: Record, p: Record) -> str | None:
    """The class of a matched pair's speaker-chain error, None when right."""
    gs, ps = g.get("speaker"), p.get("speaker")
    if gs is None and ps is None:
        kind = None
    elif ps is None:
        kind = "missed"
    elif gs is None:
        kind = "spurious"
    elif overlap(gs, ps) == 0:
        kind = "wrong"
    else:
        kind = None
    if kind is None and not relays_right(g.get("relays") or [], p.get("relays") or []):
        kind = "relay"
    return kind


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(". ", at)
    return text[start:end + 1 if end >= 0 else len(text)].strip()[:300]


def _gold_path(rec_id: str) -> Path:
    return Path("tests/data/records") / f"rec_{rec_id.split('-')[0][-1]}.jsonl"


def main(paths: list[str], show: str | None) -> None:
    counts: Counter[str] = Counter()
    for path in paths:
        pred = {r["id"]: r for r in map(json.loads, open(path, encoding="utf-8"))}
        if not pred:
            continue
        gold_file = _gold_path(next(iter(pred)))
        for gold in map(json.loads, open(gold_file, encoding="utf-8")):
            p_rec = pred.get(gold["id"])
            if p_rec is None:
                continue
            name = gold["id"].split("-")[0]
            ge, pe = gold["events"], p_rec["events"]
            for gi, pi in match_events(ge, pe):
                kind = error_class(ge[gi], pe[pi])
                counts[f"{name} matched"] += 1
                if kind is None:
                    continue
                counts[f"{name} {kind}"] += 1
                if kind == show:
                    g, p = ge[gi], pe[pi]
                    print(gold["id"], g["trigger"]["text"], "| gold:",
                          (g.get("speaker") or {}).get("text"), [r.get("text") for r in g.get("relays") or []],
                          "| pred:", (p.get("speaker") or {}).get("text"),
                          [r.get("text") for r in p.get("relays") or []])
                    print("   ", _sentence(gold["text"], int(g["trigger"]["start"])))
    for name in sorted({k.split()[0] for k in counts}):
        print(name, {k.split(" ", 1)[1]: v for k, v in sorted(counts.items()) if k.startswith(name + " ")})


if __name__ == "__main__":
    args = sys.argv[1:]
    show = args[args.index("--show") + 1] if "--show" in args else None
    main([a for a in args if a.endswith(".jsonl")], show)
