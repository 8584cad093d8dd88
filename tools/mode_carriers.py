"""Mode errors split by the construction that carries the gold's mode (issue
#12, branch modes37): for each matched event whose mode is wrong, where in
the article a cue word of the gold's mode (or, when the gold has none, of
the predicted mode) stands — the trigger itself, an instrument phrase of
the trigger's sentence ("with tear gas", "using drones"), a result or
participle clause of that sentence ("leaving three dead"), elsewhere in the
sentence, another sentence of the body, the headline only, or nowhere (the
gold reads the mode from the object's kind or the story). Counts, real/own
and set spread; ``--show CLASS`` prints that class's rows for reading.

    PYTHONPATH=. python tools/mode_carriers.py --pred /work/notes/m50 \\
        [--cache CACHE] [--sets rec_a rec_b ...] [--show "ASSAULT firearms>None"]

``--cache`` (``tools/kfold_modes.py build``) adds the decider of each
error (``tools/mode_split.decider``), joined by article and match order.
Cue words are ``modes.yaml``'s, matched on lower-cased word prefixes (a
census, not the pipeline's lemma matcher); the development record sets
are listed by name (``topic_folds.SETS``), never globbed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

from eventwire.eval.record_fields import match_events
from tools.topic_folds import SETS, is_real, set_records

Row = dict[str, Any]
MODES = Path(__file__).resolve().parents[1] / "eventwire" / "data" / "events" / "modes.yaml"
INSTRUMENT = re.compile(r"\b(with|using|by|from|via|armed with|wielding)\s+(\S+\s+){0,3}$")
RESULT = re.compile(r"\b(leaving|killing|wounding|injuring|destroying|damaging|causing)\b")


def cue_patterns() -> dict[tuple[str, str], re.Pattern[str]]:
    """(type, mode) -> a regex of its cue words as word prefixes."""
    table = yaml.safe_load(MODES.read_text(encoding="utf-8"))
    out = {}
    for typ, modes in table.items():
        if typ.startswith("_"):
            continue
        for mode, cues in (modes or {}).items():
            words = sorted({re.escape(str(c).lower()) for c in cues or []}, key=len, reverse=True)
            if words:
                out[(typ, mode)] = re.compile(r"\b(" + "|".join(words) + r")\w{0,3}\b")
    return out


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    rights = [x for x in (text.find("\n", end), text.find(". ", end)) if x >= 0]
    return left, min(rights) if rights else len(text)


def carrier(text: str, trig: Row, pat: re.Pattern[str] | None) -> str:
    """Where a cue of ``pat`` stands relative to the trigger (see module doc)."""
    if pat is None:
        return "no-cue-list"
    low = text.lower()
    if pat.search(trig["text"].lower()):
        return "trigger"
    s, e = _sentence_span(low, trig["start"], trig["end"])
    for m in pat.finditer(low, s, e):
        if INSTRUMENT.search(low[s:m.start()]):
            return "instrument"
    for m in pat.finditer(low, s, e):
        before = low[s:m.start()]
        if RESULT.search(before) and m.start() > trig["end"]:
            return "result"
    if pat.search(low, s, e):
        return "sentence"
    head_end = low.find("\n")
    body = low[head_end + 1:] if head_end >= 0 else low
    if pat.search(body):
        return "other-sentence"
    if head_end >= 0 and pat.search(low[:head_end]):
        return "headline-only"
    return "nowhere"


def rows(pred_dir: Path, sets: tuple[str, ...]) -> list[Row]:
    pats = cue_patterns()
    preds: dict[str, Row] = {}
    for name in sets:
        for p in json.loads((pred_dir / f"{name}.pred.json").read_text(encoding="utf-8")):
            preds[str(p["id"])] = p
    out: list[Row] = []
    for record in set_records(sets):
        gold, got = record["events"], preds[str(record["id"])]["events"]
        for k, (gi, pi) in enumerate(match_events(gold, got)):
            g, p = gold[gi], got[pi]
            if g.get("mode") == p.get("mode"):
                continue
            key_mode = g.get("mode") or p.get("mode")
            where = carrier(record["text"], g["trigger"], pats.get((g["type"], key_mode)))
            out.append({"set": record["_set"], "id": str(record["id"]), "k": k,
                        "real": is_real(record), "type": g["type"], "ptype": p["type"],
                        "gold": g.get("mode"), "pred": p.get("mode"), "where": where,
                        "trigger": g["trigger"]["text"],
                        "sentence": record["text"][slice(*_sentence_span(
                            record["text"], g["trigger"]["start"], g["trigger"]["end"]))
                        ].strip()[:260]})
    return out


def add_deciders(out: list[Row], cache: Path) -> None:
    from eventwire.stages.events.mode_model import load_ranker
    from tools.mode_split import decider

    model = load_ranker()
    by_key: dict[tuple[str, int], str] = {}
    seen: Counter[str] = Counter()
    for r in json.loads(cache.read_text(encoding="utf-8")):
        learned = (model.decide(r["cands"], r["final"]) if model and r.get("cands")
                   else r["final"])
        by_key[(r["article"], seen[r["article"]])] = decider(r, learned)
        seen[r["article"]] += 1
    for r in out:
        r["decider"] = by_key.get((r["id"], r["k"]), "?")


def _line(label: str, items: list[Row]) -> str:
    sets = sorted({r["set"].removeprefix("rec_") for r in items})
    return (f"{len(items):4} real {sum(r['real'] for r in items):3} sets {len(sets):2}  "
            f"{label}  [{','.join(sets)}]")


def report(out: list[Row], min_sets: int, typed_only: bool) -> None:
    use = [r for r in out if r["type"] == r["ptype"]] if typed_only else out
    print(f"mode errors {len(out)}, right-typed {sum(r['type'] == r['ptype'] for r in out)}")
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in use:
        groups[f"{r['type']} {r['gold']}>{r['pred']}"].append(r)
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if len({r["set"] for r in items}) < min_sets:
            continue
        print(_line(key, items))
        finer: dict[str, list[Row]] = defaultdict(list)
        for r in items:
            finer[f"{r['where']} / {r.get('decider', '-')}"].append(r)
        for sub, sitems in sorted(finer.items(), key=lambda kv: -len(kv[1])):
            print("      " + _line(sub, sitems))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pred", type=Path, required=True)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--min-sets", type=int, default=3)
    ap.add_argument("--all-types", action="store_true", help="also type-wrong events")
    ap.add_argument("--show", help='a class label, e.g. "ASSAULT firearms>None"')
    args = ap.parse_args(argv)
    out = rows(args.pred, tuple(args.sets))
    if args.cache:
        add_deciders(out, args.cache)
    if args.show:
        for r in out:
            if f"{r['type']} {r['gold']}>{r['pred']}" == args.show and r["type"] == r["ptype"]:
                print(f"{'R' if r['real'] else 'o'} {r['id']:11} {r['where']:14} "
                      f"{r.get('decider', '-'):15} [{r['trigger']}] {r['sentence']}")
        return 0
    report(out, args.min_sets, not args.all_types)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
