"""Split the date errors of a traced run by what is wrong and by which
component of the time stage decided (issue #12, branch dates39).

    PYTHONPATH=. python tools/date_decider_trace.py --out /work/notes/dates39_trace
    PYTHONPATH=. python tools/date_decider_split.py /work/notes/dates39_trace \
        [--by what,component] [--sets z,aa,ab,ac] [--compare z,aa,ab,ac]

Why: the recently blind sets' date accuracy (0.74-0.82) lags the older
sets'; a fix needs to know whether the classes that recur there are decided
by a learned part (the date ranker, the undated model: a refit or a
feature) or by a rule (a linguistic class). Each matched event (the
scorer's one-to-one span match) whose date value, granularity or
background flag is wrong is described by

* ``what`` (first that fits): ``background flag`` (the date right, the flag
  wrong); ``granularity`` (one value a prefix of the other);
  ``pub day, gold unknown`` / ``pub day, gold other day``; for an event
  left unknown with gold dated: ``unknown, not carried`` (gold is the date
  of a TIMEX of an earlier sentence: a time that should have been carried
  across sentences), ``unknown, gold own sentence`` (a TIMEX of its own
  sentence holds gold's date), ``unknown, gold pub day``, ``unknown, gold
  elsewhere``; for an event we date from a TIMEX: ``weekday direction``
  (a weekday TIMEX, gold a day within a week of ours), ``relative from
  wrong anchor`` (a relative or narrative TIMEX — "two days later", "a
  week ago", "the next day" — and gold another date), ``carried across
  sentences`` (the TIMEX is in another sentence than the trigger) or
  ``own sentence's date``, each ``, gold unknown`` or ``, gold other
  date``; ``dated without a TIMEX`` for the rest;
* ``decider``: the last step of the trace that set the date (a rule of
  steps 1-5 ``rule_time``, ``told_before``, ``headline_time``,
  ``episode_time``, ``undated:model:<choice>``, ``undated:<rule class>``,
  ``ranker``, a story-level pass such as ``date_story_acts``); ``first``:
  the first step (the date the rules gave before the ranker and the passes);
* ``component``: ``ranker`` (learned), ``undated model`` (learned) or
  ``rule``;
* ``gold_bg``: gold's background flag.

``--compare SETS`` prints, per class, the count and the rate per 1,000
matched events in SETS against the other sets (real and own apart), so
that the classes frequent in the fresh sets and rare in the old ones
stand out. Only counts per origin and the sets they fall in are printed,
never a sentence.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import date_right, match_events
from tools.date_chain_split import table
from tools.date_error_classes import _day, load_predictions
from tools.topic_folds import SET_LETTERS, is_real, sets_from_flag

KEYS = ("what", "decider", "first", "component", "gold_bg")
RELATIVE_RULES = ("relative", "ago", "narrative", "deictic", "this-part")


def component(step: str) -> str:
    """The kind of component a trace step stands for."""
    if step == "ranker":
        return "ranker"
    if step.startswith("undated:model"):
        return "undated model"
    return "rule"


def _sentence(sents: list[list[int]], offset: int) -> int:
    for i, (a, b) in enumerate(sents):
        if a <= offset < b:
            return i
    return -1


def _unknown_class(gv: str, start: int, trace: dict[str, Any], published: str) -> str:
    sents = trace.get("sents", [])
    own = _sentence(sents, start)
    earlier = {t["value"] for t in trace.get("timexes", [])
               if t["start"] is not None and _sentence(sents, t["start"]) < own}
    same = {t["value"] for t in trace.get("timexes", [])
            if t["start"] is not None and _sentence(sents, t["start"]) == own}
    if gv in same:
        return "unknown, gold own sentence"
    if gv in earlier:
        return "unknown, not carried"
    return "unknown, gold pub day" if gv == published else "unknown, gold elsewhere"


def _dated_class(g: dict[str, Any], gv: str | None, pv: str, start: int, step: dict[str, Any],
                 trace: dict[str, Any]) -> str:
    sents = trace.get("sents", [])
    tx = next((t for t in trace.get("timexes", []) if t["start"] == step.get("start")), None)
    if tx is None:
        return "dated without a TIMEX"
    gd, pd = _day(gv), _day(pv)
    gold_day = (g.get("time") or {}).get("granularity") == "day"
    if tx["rule"].startswith("weekday") and gd and pd and gold_day and abs((gd - pd).days) <= 7:
        return "weekday direction"
    if gv is not None and tx["rule"].startswith(RELATIVE_RULES):
        return "relative from wrong anchor"
    where = ("carried across sentences" if _sentence(sents, tx["start"]) != _sentence(sents, start)
             else "own sentence's date")
    return where + (", gold unknown" if gv is None else ", gold other date")


def what(g: dict[str, Any], p: dict[str, Any], steps: list[dict[str, Any]],
         trace: dict[str, Any], published: str) -> str:
    """The class of one wrong date (module docstring)."""
    gt, pt = g.get("time") or {}, p.get("time") or {}
    gv, pv = gt.get("value"), pt.get("value")
    if date_right(g, p):
        return "background flag"
    if gv and pv and (gv.startswith(pv) or pv.startswith(gv)):
        return "granularity"
    if pv == published:
        return "pub day, gold unknown" if gv is None else "pub day, gold other day"
    start = p["trigger"]["start"]
    if pv is None:
        return _unknown_class(str(gv), start, trace, published)
    return _dated_class(g, gv, pv, start, steps[-1] if steps else {}, trace)


def rows(trace_dir: Path, sets: str) -> tuple[list[dict[str, str]], Counter[tuple[str, str]]]:
    """One row per matched event whose date or background flag is wrong, and
    the matched events per (set, origin)."""
    out, matched = [], Counter[tuple[str, str]]()
    for name in sets_from_flag(sets):
        s = name.removeprefix("rec_")
        golds = {r["id"]: r for r in map(json.loads,
                                         Path(f"tests/data/records/{name}.jsonl").open())}
        traces = json.loads((trace_dir / f"{name}.trace.json").read_text(encoding="utf-8"))
        for pred in load_predictions(trace_dir / f"{name}.pred.json"):
            gold, trace = golds[pred["id"]], traces.get(pred["id"], {"events": {}})
            origin = "real" if is_real(gold) else "own"
            for gi, pi in match_events(gold["events"], pred["events"]):
                matched[(s, origin)] += 1
                g, p = gold["events"][gi], pred["events"][pi]
                if date_right(g, p) and bool((g.get("time") or {}).get("background")) == bool(
                        (p.get("time") or {}).get("background")):
                    continue
                steps = trace["events"].get(str(p["trigger"]["start"]), [])
                last = steps[-1]["step"] if steps else "none"
                out.append({"set": s, "origin": origin,
                            "what": what(g, p, steps, trace, gold["published"]),
                            "decider": last, "first": steps[0]["step"] if steps else "none",
                            "component": component(last),
                            "gold_bg": str(bool((g.get("time") or {}).get("background")))})
    return out, matched


def compare(data: list[dict[str, str]], matched: Counter[tuple[str, str]], fresh: set[str],
            keys: list[str]) -> str:
    """Per class: count and rate per 1,000 matched, fresh sets against the rest."""
    base = {(grp, o): sum(n for (s, oo), n in matched.items() if oo == o and (s in fresh) == grp)
            for grp in (True, False) for o in ("real", "own")}
    counts: dict[tuple[str, ...], Counter[tuple[bool, str]]] = defaultdict(Counter)
    for r in data:
        counts[tuple(r[k] for k in keys)][(r["set"] in fresh, r["origin"])] += 1
    head = ("| " + " | ".join(keys) + " | fresh own | fresh real | old own | old real "
            "| fresh ‰ | old ‰ | ratio |")
    lines = [head, "|---" * (len(keys) + 7) + "|"]

    def rate(c: Counter[tuple[bool, str]], grp: bool) -> float:
        n = base[(grp, "real")] + base[(grp, "own")]
        return 1000 * (c[(grp, "real")] + c[(grp, "own")]) / n if n else 0.0

    for k in sorted(counts, key=lambda k: -rate(counts[k], True)):
        c = counts[k]
        f, o = rate(c, True), rate(c, False)
        lines.append("| " + " | ".join(k) + f" | {c[(True, 'own')]} | {c[(True, 'real')]} | "
                     f"{c[(False, 'own')]} | {c[(False, 'real')]} | {f:.1f} | {o:.1f} | "
                     f"{f / o if o else float('inf'):.2f} |")
    lines.append(f"\nmatched: fresh own {base[(True, 'own')]}, fresh real {base[(True, 'real')]}"
                 f", old own {base[(False, 'own')]}, old real {base[(False, 'real')]}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("trace_dir", type=Path)
    ap.add_argument("--by", default="what,component", help="comma-separated: " + ", ".join(KEYS))
    ap.add_argument("--sets", default=SET_LETTERS, help="set keys, e.g. a,b,y (or letters)")
    ap.add_argument("--compare", default="", help="set keys of the fresh group, e.g. z,aa,ab,ac")
    args = ap.parse_args()
    keys = args.by.split(",")
    if set(keys) - set(KEYS):
        ap.error("--by takes " + ", ".join(KEYS))
    data, matched = rows(args.trace_dir, args.sets)
    if args.compare:
        fresh = {n.removeprefix("rec_") for n in sets_from_flag(args.compare)}
        print(compare(data, matched, fresh, keys))
    else:
        print(table(data, keys))


if __name__ == "__main__":
    main()
