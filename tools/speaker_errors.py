"""Speaker-chain errors of a records run by class, per record set: on matched
events, a gold speaker the system leaves out (*missed*), a speaker the gold
does not have (*spurious*), a speaker that does not overlap the gold one
(*wrong*) and a right speaker with wrong relays (*relay*). ``--show CLASS``
prints the cases with the trigger's sentence (the classes to fix); ``--real``
only those of real-outlet articles. Branch
speakers7, issue #12.

    eventwire eval records --data tests/data/records/rec_a.jsonl --split all \
        --predictions /tmp/rec_a.jsonl
    python tools/speaker_errors.py /tmp/rec_*.jsonl [--show missed] [--real]

The last lines give speaker F1 by overlap on matched events (a predicted
speaker is right when it overlaps the gold one) per set, over all sets and
over the real-outlet articles (source ecbplus:/geovirus:/meantime:).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, overlap, relays_right

Record = dict[str, Any]
REAL_OUTLETS = ("ecbplus:", "geovirus:", "meantime:")


def speaker_counts(g: Record, p: Record) -> Counter[str]:
    """True/false positives and false negatives of one matched pair's speaker,
    by overlap."""
    gs, ps = g.get("speaker"), p.get("speaker")
    hit = gs is not None and ps is not None and overlap(gs, ps) > 0
    return Counter({"tp": int(hit), "fp": int(ps is not None and not hit),
                    "fn": int(gs is not None and not hit)})


def f1(c: Counter[str]) -> float:
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0


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
    """The gold file of a record id: "rec_an-03" is in rec_an.jsonl (the set's
    whole name, not its last letter, which sent two-letter sets to rec_n)."""
    return Path("tests/data/records") / f"{rec_id.split('-')[0]}.jsonl"


def _show(rec_id: str, text: str, g: Record, p: Record) -> None:
    def chain(e: Record) -> tuple[Any, list[Any]]:
        return (e.get("speaker") or {}).get("text"), [r.get("text") for r in e.get("relays") or []]
    print(rec_id, g["trigger"]["text"], "| gold:", *chain(g), "| pred:", *chain(p))
    print("   ", _sentence(text, int(g["trigger"]["start"])))


def _groups(gold: Record) -> list[str]:
    real = str(gold.get("source", "")).startswith(REAL_OUTLETS)
    return [gold["id"].split("-")[0], "all"] + (["real"] if real else [])


def _predictions(path: str) -> list[Record]:
    """Predictions of ``eventwire eval records --predictions`` (JSON lines) or
    of ``tools/records_by_origin.py`` (``rec_X.pred.json``, one JSON list)."""
    text = Path(path).read_text(encoding="utf-8")
    if path.endswith(".pred.json"):
        return list(json.loads(text))
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def main(paths: list[str], show: str | None, real_only: bool = False) -> None:
    counts: Counter[str] = Counter()
    f1_counts: dict[str, Counter[str]] = {}
    for path in paths:
        pred = {r["id"]: r for r in _predictions(path)}
        if not pred:
            continue
        for gold in map(json.loads, open(_gold_path(next(iter(pred))), encoding="utf-8")):
            if gold["id"] not in pred:
                continue
            name = gold["id"].split("-")[0]
            ge, pe = gold["events"], pred[gold["id"]]["events"]
            for gi, pi in match_events(ge, pe):
                for group in _groups(gold):
                    f1_counts.setdefault(group, Counter()).update(speaker_counts(ge[gi], pe[pi]))
                kind = error_class(ge[gi], pe[pi])
                counts[f"{name} matched"] += 1
                counts[f"{name} {kind}"] += kind is not None
                shown = not real_only or "real" in _groups(gold)
                if kind is not None and kind == show and shown:
                    _show(gold["id"], gold["text"], ge[gi], pe[pi])
    for name in sorted({k.split()[0] for k in counts}):
        print(name, {k.split(" ", 1)[1]: v for k, v in sorted(counts.items())
                     if k.startswith(name + " ") and v and not k.endswith("None")})
    for group, c in f1_counts.items():
        print(f"speaker F1 (overlap) {group}: {f1(c):.3f} "
              f"(tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")


if __name__ == "__main__":
    args = sys.argv[1:]
    show = args[args.index("--show") + 1] if "--show" in args else None
    main([a for a in args if a.endswith((".jsonl", ".pred.json"))], show, "--real" in args)
