"""Made-up ALL CAPS and Title Case variants of development headlines, scored
with and without ``eventwire_headline_case`` (headlines60).

    PYTHONPATH=. python tools/headline_caps_variants.py [--limit N]

Why: the development sets hold few caps/title headlines (real texts: 9
caps and 59 title-case gold headline events), too few to judge the
truecased re-parse on. This takes real-text articles whose first line is a
sentence-case headline with at least one gold event, rewrites that line
(and the title field) in capitals and in Title Case -- same length, so the
gold offsets stand -- and runs the pipeline on each variant twice, with the
component and with it disabled. It prints, per variant and setting, the
headline census figures (gold, matched, field rights): these are our own
variants of development headlines, not news as published.

headlines60 (--limit 60, /work/notes/headlines60_variants_r3.txt): matched
headline events of 100 gold, with / without the component: caps 71 / 58
(actor 53 / 41, place 46 / 30), title 77 / 63 (actor 62 / 50, place 59 /
43); the same articles in their own sentence case (m103): 85.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from typing import Any

from eventwire.eval.record_fields import field_results, match_events
from eventwire.eval.records import predict
from eventwire.nlp.headline_case import NAME, casing
from tools.headline_census import FIELDS, headline_end
from tools.records_by_origin import _gold
from tools.topic_folds import SETS, is_real

Record = dict[str, Any]


def _title(line: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0].upper() + m.group()[1:], line)


def variant(art: Record, end: int, how: str) -> Record:
    """``art`` with its first ``end`` characters in capitals or Title Case."""
    line = art["text"][:end]
    new = line.upper() if how == "caps" else _title(line)
    if len(new) != len(line):
        new = line
    out = {**art, "text": new + art["text"][end:]}
    if str(art.get("title") or "") == line:
        out["title"] = new
    return out


def articles(limit: int) -> list[tuple[Record, int]]:
    """Real articles with a sentence-case headline holding a gold event."""
    out = []
    for name in SETS:
        for art in _gold(name):
            end = headline_end(art)
            if end and is_real(art) and casing(art["text"][:end]) == "sentence" \
                    and any(g["trigger"]["start"] < end for g in art["events"]):
                out.append((art, end))
    return out[:limit]


def tally(gold: list[Record], pred: list[Record], ends: list[int]) -> Counter[str]:
    c: Counter[str] = Counter()
    for g, p, end in zip(gold, pred, ends, strict=True):
        gev = [e for e in g["events"] if e["trigger"]["start"] < end]
        pev = [e for e in p["events"] if e["trigger"]["start"] < end]
        c["gold"] += len(gev)
        c["pred"] += len(pev)
        pairs = match_events(gev, pev)
        c["matched"] += len(pairs)
        for gi, pi in pairs:
            res = field_results(gev[gi], pev[pi])
            for fld in FIELDS:
                c[fld] += res[fld]
    return c


def main() -> None:
    from eventwire.nlp.pipeline import Pipeline

    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=10_000)
    args = ap.parse_args()
    arts = articles(args.limit)
    ends = [e for _, e in arts]
    pipe = Pipeline()
    for how in ("caps", "title"):
        gold = [variant(a, e, how) for a, e in arts]
        bare = [{k: v for k, v in r.items() if k != "events"} for r in gold]
        for setting in ("with", "without"):
            if setting == "without":
                pipe.nlp.disable_pipe(NAME)
            c = tally(gold, predict(bare, pipe), ends)
            pipe.nlp.enable_pipe(NAME)
            print(f"{how:5} {setting:7} articles {len(gold)} gold {c['gold']} pred {c['pred']} "
                  f"matched {c['matched']}  " + "  ".join(f"{f} {c[f]}" for f in FIELDS),
                  flush=True)


if __name__ == "__main__":
    main()
