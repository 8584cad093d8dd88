"""Census of headline events, real outlets' articles apart from the
project's own texts (issue #12, headlines21).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/preds
    PYTHONPATH=. python tools/headline_census.py /tmp/preds [--examples FIELD]

Why: headlines are parsed badly and every earlier census counted their
errors only as one class among many. This one takes every gold event whose
trigger lies in the headline line and every predicted event there, and
counts per field (detected, type, mode, actor, recipient, date, place) and
per headline form (to-infinitive, colon or quote, "warns/slams/vows", a
Title Case line, else plain) which ones are right, by real and own texts.
Since headlines60 it reads all of ``topic_folds.SETS`` and each form is
prefixed by the line's casing style (caps / title / sentence,
``eventwire.nlp.headline_case.casing``). m103: real caps/title headline
events matched 39 of 68, sentence-case ones 310 of 369.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import field_results, match_events
from eventwire.nlp.headline_case import casing
from tools.topic_folds import SETS, is_real

Record = dict[str, Any]
ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("type", "mode", "actor", "recipient", "date", "place")


def headline_end(art: Record) -> int:
    """Where the headline line ends: the title when the text opens with it,
    else the first line."""
    title, text = str(art.get("title") or ""), str(art["text"])
    if title and text.startswith(title):
        return len(title)
    nl = text.find("\n")
    return nl if nl > 0 else 0


def form(headline: str) -> str:
    """The headline's form, by surface cues (no parse)."""
    if re.search(r"[:\"'‘“]", headline):
        return "colon/quote"
    if re.search(r"\bto [a-z]+\b", headline) and not re.search(r"\b(?:to|up to) \d", headline):
        return "to-infinitive"
    if re.search(r"\b(?:warns?|slams?|vows?|threatens?|urges?|says?)\b", headline, re.I):
        return "speech verb"
    words = [w for w in headline.split() if w[:1].isalpha()]
    if words and sum(w[0].isupper() for w in words) > 0.7 * len(words):
        return "title case"
    return "plain"


def _load(name: str, preds: Path) -> tuple[list[Record], list[Record]]:
    path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
    gold = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    pred = json.loads((preds / f"{name}.pred.json").read_text(encoding="utf-8"))
    return gold, pred


def census(preds: Path, examples: str | None) -> dict[str, Counter[str]]:
    """Counters per origin ("real", "own"): gold/pred/matched and field rights."""
    out: dict[str, Counter[str]] = {"real": Counter(), "own": Counter()}
    for name in SETS:
        gold, pred = _load(name, preds)
        by_id = {p["id"]: p for p in pred}
        for art in gold:
            end = headline_end(art)
            if end == 0:
                continue
            origin = "real" if is_real(art) else "own"
            c, f = out[origin], form(art["text"][:end])
            f = f"{casing(art['text'][:end])}/{f}"
            gev = [g for g in art["events"] if g["trigger"]["start"] < end]
            pev = [p for p in by_id.get(art["id"], {}).get("events", [])
                   if p["trigger"]["start"] < end]
            c["gold"] += len(gev)
            c["pred"] += len(pev)
            c[f"form {f} gold"] += len(gev)
            pairs = match_events(gev, pev)
            c["matched"] += len(pairs)
            c[f"form {f} matched"] += len(pairs)
            for gi, pi in pairs:
                res = field_results(gev[gi], pev[pi])
                for fld in FIELDS:
                    c[fld] += res[fld]
                    c[f"form {f} {fld}"] += res[fld]
                    if examples == fld and not res[fld]:
                        _show(name, art, end, gev[gi], pev[pi], fld)
            mg, mp = {g for g, _ in pairs}, {p for _, p in pairs}
            for gi, g in enumerate(gev):
                if gi not in mg and examples == "missed":
                    print(f"{name} {origin} MISSED {g['trigger']['text']!r} {g['type']} "
                          f"| {art['text'][:end]}")
            for pi, p in enumerate(pev):
                if pi not in mp and examples == "false":
                    print(f"{name} {origin} FALSE {p['trigger']['text']!r} {p['type']} "
                          f"| {art['text'][:end]}")
    return out


def _show(name: str, art: Record, end: int, g: Record, p: Record, fld: str) -> None:
    key = {"date": "time"}.get(fld, fld)

    def val(r: Record) -> Any:
        v = r.get(key)
        if isinstance(v, dict):
            return {k: v.get(k) for k in ("text", "country", "sector", "value") if k in v}
        return v
    print(f"{name} {g['trigger']['text']!r} {fld}: gold {val(g)} pred {val(p)} "
          f"| {art['text'][:end]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("preds", type=Path)
    ap.add_argument("--examples", help="a field, 'missed' or 'false'")
    args = ap.parse_args()
    out = census(args.preds, args.examples)
    for origin in ("real", "own"):
        c = out[origin]
        print(f"{origin}: gold {c['gold']} pred {c['pred']} matched {c['matched']}  " + "  ".join(
            f"{fld} {c[fld]}/{c['matched']}" for fld in FIELDS))
        forms = sorted({k.split(" gold")[0] for k in c if k.endswith(" gold")})
        for f in forms:
            m = c[f"{f} matched"]
            print(f"   {f:22} gold {c[f + ' gold']:4} matched {m:4}  " + "  ".join(
                f"{fld} {c[f'{f} {fld}']}" for fld in FIELDS))


if __name__ == "__main__":
    main()
