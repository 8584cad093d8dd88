"""The event place errors by the guide's place rule (place38).

    PYTHONPATH=. python tools/place_rule_census.py PRED_DIR [--sets rec_a ...]
        [--show GOLD_RULE:SYSTEM_RULE] [--limit N]

``PRED_DIR`` a ``records_by_origin.py --out`` folder (``rec_X.pred.json``).
For every gold event matched to a predicted one (``match_events``) whose
place is wrong (``place_right``), one row keyed by two parts, read off the
text only (no parse, no pipeline run):

* which rule of docs/annotation.md gold's place follows: ``own`` (the gold
  words lie in the event's own sentence), ``scene`` (in an earlier body
  sentence: the place carried from the incident's scene or the event told
  again), ``later`` (a later sentence), ``headline`` (above the dateline),
  ``dateline`` (the dateline header), each with ``/country`` when the gold
  point is a country's; for a gold ``null``: ``none:foreign`` (the gold
  actor's country is not the dateline's), ``none:statement`` (a verbal
  type, ``place_scope.VERBAL_TYPES``), ``none:headline``, ``none:other``;
* which the system used: the predicted place's basis (``trigger`` /
  ``clause`` / ``sentence`` → ``own``; ``dateline``; ``scene``; the focus
  or nothing → ``none``), with ``/country`` for a country's point.

Sentences are cut at line breaks and at a full stop before a capital; the
dateline is ``datelines.dateline_in_text`` (as the pipeline).
Prints per key the errors, real / own and the sets, and how many of the
matched events of that gold rule are right; ``--show`` prints the rows of
one key (sentence and trigger) to read them.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import km_between, match_events, place_right, stated_place
from eventwire.stages.geo.datelines import dateline_in_text
from eventwire.stages.geo.gazetteer import gazetteer
from eventwire.stages.geo.place_scope import VERBAL_TYPES
from tools.topic_folds import SETS, is_real

RECORDS = Path(__file__).resolve().parents[1] / "tests" / "data" / "records"
Record = dict[str, Any]
SENTENCE_END = re.compile(r"\n|(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“]?[A-Z])")
OWN_BASES = {"trigger", "clause", "sentence"}


def header_span(text: str) -> tuple[int, int]:
    """The dateline header's characters (0, 0 when there is none), read as
    the pipeline reads it (``datelines.dateline_in_text``)."""
    m = dateline_in_text(text)
    return m.span() if m is not None else (0, 0)


def sentence_of(text: str, pos: int, header: tuple[int, int]) -> tuple[int, int]:
    """The rough sentence holding character ``pos`` (the header cut off)."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)
    start = header[1] if header[0] <= start < header[1] or start < header[1] <= pos else start
    m = SENTENCE_END.search(text, pos)
    return start, (m.start() if m else len(text))


def is_country(place: Record) -> bool:
    """A country's own point (within 30 km of a GeoNames country point)."""
    if place.get("lat") is None:
        return False
    return any(km_between(place, {"lat": c.lat, "lon": c.lon}) < 30
               for c in gazetteer().countries().values())


def dateline_country(text: str, header: tuple[int, int]) -> str | None:
    if header == (0, 0):
        return None
    m = dateline_in_text(text)
    name = m.group("place").strip().split("/")[0] if m else ""
    found = sorted(gazetteer().candidates(name.title()), key=lambda p: -p.population)
    return found[0].country if found else None


def gold_rule(g: Record, text: str, header: tuple[int, int]) -> str:
    place, trig = g.get("place"), g["trigger"]
    headline = trig["start"] < header[0]
    if place is None:
        actor = (g.get("actor") or {}).get("country")
        if headline:
            return "none:headline"
        if actor and header != (0, 0) and actor != dateline_country(text, header):
            return "none:foreign"
        return "none:statement" if g.get("type") in VERBAL_TYPES else "none:other"
    pos = place.get("start")
    suffix = "/country" if is_country(place) else ""
    if pos is None:
        return "unanchored" + suffix
    a, b = sentence_of(text, trig["start"], header)
    if header[0] <= pos < header[1]:
        where = "dateline"
    elif a <= pos < b:
        where = "own"
    elif pos < header[0] and not headline:
        where = "headline"
    else:
        where = "scene" if pos < a else "later"
    return where + suffix


def system_rule(p: Record) -> str:
    place = stated_place(p.get("place"))
    if place is None:
        return "none"
    basis = str(p["place"].get("basis"))
    where = "own" if basis in OWN_BASES else basis
    return where + ("/country" if is_country(place) else "")


def rows(pred_dir: Path, sets: list[str]) -> list[Record]:
    out = []
    for name in sets:
        preds = {str(r["id"]): r.get("events", [])
                 for r in json.loads((pred_dir / f"{name}.pred.json").read_text())}
        for line in (RECORDS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text, gold = rec["text"], rec.get("events", [])
            header, pred = header_span(text), preds.get(str(rec["id"]), [])
            for gi, pi in match_events(gold, pred):
                g, p = gold[gi], pred[pi]
                a, b = sentence_of(text, g["trigger"]["start"], header)
                out.append({"set": name, "id": rec["id"], "real": is_real(rec),
                            "gold": gold_rule(g, text, header), "system": system_rule(p),
                            "right": place_right(g.get("place"), p.get("place")),
                            "trigger": g["trigger"]["text"], "sentence": text[a:b],
                            "gold_place": (g.get("place") or {}).get("text"),
                            "pred_place": (stated_place(p.get("place")) or {}).get("text"),
                            "type": g.get("type")})
    return out


def report(table: list[Record]) -> None:
    per_gold = collections.Counter(r["gold"] for r in table)
    right = collections.Counter(r["gold"] for r in table if r["right"])
    print(f"{'gold rule':22} {'matched':>7} {'right':>6}")
    for key, n in per_gold.most_common():
        print(f"{key:22} {n:7} {right[key]:6}")
    wrong = [r for r in table if not r["right"]]
    keys = collections.Counter(f"{r['gold']} <- {r['system']}" for r in wrong)
    print(f"\n{len(wrong)} wrong places")
    print(f"{'gold rule <- system':40} {'n':>4} {'real':>4} {'sets':>4}")
    for key, n in keys.most_common():
        sel = [r for r in wrong if f"{r['gold']} <- {r['system']}" == key]
        print(f"{key:40} {n:4} {sum(r['real'] for r in sel):4} "
              f"{len({r['set'] for r in sel}):4}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred_dir", type=Path)
    parser.add_argument("--sets", nargs="*", default=[s for s in SETS])
    parser.add_argument("--show", default="")
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    sets = [s for s in args.sets if (args.pred_dir / f"{s}.pred.json").exists()]
    table = rows(args.pred_dir, sets)
    if not args.show:
        report(table)
        return
    for r in [r for r in table if not r["right"]
              and f"{r['gold']}:{r['system']}" == args.show][: args.limit]:
        print(f"{r['set']} {r['id']} {'real' if r['real'] else 'own'} {r['type']} "
              f"{r['trigger']!r} gold={r['gold_place']!r} pred={r['pred_place']!r}\n"
              f"    {r['sentence'].strip()[:300]}")


if __name__ == "__main__":
    main()
