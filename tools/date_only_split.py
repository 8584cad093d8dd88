"""Split the events a date (alone, or with the background flag) keeps from a
full record one level finer (issue #12, branch dates33).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/base
    PYTHONPATH=. python tools/date_only_split.py /work/notes/m40 [--by kind,anchor,holder] \\
        [--also-background]

Why: of the m40 matched events exactly one field short of a full record, the
date is the short one 361 times (115 on real outlets' texts). A rule needs a
sub-class that holds in >= 5 sets. Each such event is described by

* ``kind``: ``gran`` (right value, wrong granularity), ``bg`` (only the
  background flag), ``pub fallback`` (we gave the publication day through the
  publication anchor), ``dated, gold undated``, ``undated, gold dated``,
  ``value`` (another value);
* ``anchor``: the predicted anchor (``narrative``, ``sentence`` ...);
* ``holder``: where the gold date is found among the time the text offers,
  read off the predictions (no parse): the publication day (``pub``), the
  nearest earlier event of the text dated by its own words (``nearest``),
  an own-dated event of the trigger's sentence (``sentence``), of the
  previous sentence (``previous sentence``), of the title line
  (``headline``), any other own-dated event (``elsewhere in text``), the day
  before publication (``pub-1``), none (``none``); ``-`` for gold undated;
* ``tense``: a few surface cues of the trigger's sentence (``future``,
  ``past perfect``, ``present``, ``-``), from ``date_error_classes``.

Only counts per origin and the sets they fall in are printed, never a sentence.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import date_right, field_results, match_events
from tools.date_chain_split import table
from tools.date_error_classes import FUTURE, PAST_PERFECT, _day, load_predictions, sentence_of
from tools.topic_folds import SET_LETTERS, is_real, sets_from_flag

OWN_ANCHORS = ("explicit", "sentence", "speech")
KEYS = ("kind", "anchor", "holder", "tense")
PRESENT = re.compile(r"\b(is|are|says|has|have)\b", re.I)


def kind(g: dict[str, Any], p: dict[str, Any], published: str) -> str:
    """The coarse kind of a date-only error (module docstring)."""
    gt, pt = g.get("time") or {}, p.get("time") or {}
    gv, pv = gt.get("value"), pt.get("value")
    if date_right(g, p):
        return "bg"
    if gv and pv and (gv.startswith(pv) or pv.startswith(gv)):
        return "gran"
    if pv == published and pt.get("anchor") == "publication":
        return "pub fallback"
    if gv is None:
        return "dated, gold undated"
    if pv is None:
        return "undated, gold dated"
    return "value"


def _own_dated(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if (e.get("time") or {}).get("value")
            and e["time"].get("anchor") in OWN_ANCHORS]


def holder(gold: str | None, record: dict[str, Any], p: dict[str, Any],
           events: list[dict[str, Any]]) -> str:
    """Where the gold date lies among the dates the text offers (module docstring)."""
    if gold is None:
        return "-"
    text, published, start = record["text"], record["published"], p["trigger"]["start"]
    if gold == published:
        return "pub"
    own = [e for e in _own_dated(events) if e is not p]
    earlier = [e for e in own if e["trigger"]["start"] < start]
    if earlier and max(earlier, key=lambda e: e["trigger"]["start"])["time"]["value"] == gold:
        return "nearest"
    sent = sentence_of(text, start)
    s0 = text.find(sent)
    prev = sentence_of(text, max(0, s0 - 2)) if s0 > 1 else ""
    p0 = text.find(prev) if prev else -1
    title_end = text.find("\n")
    for name, lo, hi in (("sentence", s0, s0 + len(sent)),
                         ("previous sentence", p0, p0 + len(prev)),
                         ("headline", 0, title_end)):
        if lo < 0:
            continue
        if any(lo <= e["trigger"]["start"] < hi and e["time"]["value"] == gold for e in own):
            return name
    if gold in {e["time"]["value"] for e in own}:
        return "elsewhere in text"
    gd = _day(gold)
    if gd is not None and (date.fromisoformat(published) - gd).days == 1:
        return "pub-1"
    return "none"


def tense(text: str, start: int) -> str:
    """A surface cue of the trigger's sentence."""
    sent = sentence_of(text, start)
    for name, rx in (("future", FUTURE), ("past perfect", PAST_PERFECT), ("present", PRESENT)):
        if rx.search(sent):
            return name
    return "-"


def date_only(res: dict[str, bool], background: bool) -> bool:
    """Only the date is wrong (with ``background``: date and/or background flag)."""
    wrong = {f for f, ok in res.items() if not ok}
    allowed = {"date", "background"} if background else {"date"}
    return bool(wrong) and wrong <= allowed and (background or "date" in wrong)


def rows(pred_dir: Path, sets: str, background: bool) -> list[dict[str, str]]:
    """One row per date-only error."""
    out = []
    for name in sets_from_flag(sets):
        s = name.removeprefix("rec_")
        gold_path = Path(f"tests/data/records/{name}.jsonl")
        golds = {r["id"]: r for r in map(json.loads, gold_path.open())}
        for pred in load_predictions(pred_dir / f"rec_{s}.pred.json"):
            gold = golds[pred["id"]]
            for gi, pi in match_events(gold["events"], pred["events"]):
                g, p = gold["events"][gi], pred["events"][pi]
                if not date_only(field_results(g, p), background):
                    continue
                out.append({
                    "set": s, "origin": "real" if is_real(gold) else "own",
                    "kind": kind(g, p, gold["published"]),
                    "anchor": str((p.get("time") or {}).get("anchor")),
                    "holder": holder((g.get("time") or {}).get("value"), gold, p,
                                     pred["events"]),
                    "tense": tense(gold["text"], p["trigger"]["start"])})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--by", default="kind,holder", help="comma-separated: " + ", ".join(KEYS))
    ap.add_argument("--sets", default=SET_LETTERS, help="set keys, e.g. a,b,y (or letters: abcdef)")
    ap.add_argument("--also-background", action="store_true",
                    help="count date+background (and background alone) too")
    args = ap.parse_args()
    keys = args.by.split(",")
    if set(keys) - set(KEYS):
        ap.error("--by takes " + ", ".join(KEYS))
    print(table(rows(args.pred_dir, args.sets, args.also_background), keys))


if __name__ == "__main__":
    main()
