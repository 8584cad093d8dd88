"""Titled people as actor or recipient: the census of gold COP / MIL / JUD /
GOV participants named with a rank or title, or re-mentioned by surname,
and what the system gives them (issue #12, branch recip54).

    PYTHONPATH=. python tools/titled_person_census.py /work/notes/m72 [--show]

Why: recip53 left "the named-person path" ("Sgt. Hoyt Teasley", "Capt. Tom
Tennant", "Deputy Ortiz", "he" for a named policeman) as the next recipient
class. A rule needs the class's size on real and own texts, in sets AND
stories, before it is built.

A gold participant counts when its text holds a rank or title before a
capitalised name (``titled``), when its last word is the surname of a
person the article writes after a rank or title or in a ", a deputy, X,"
apposition (``surname``), or when it is a person pronoun in such an
article (``pronoun?``, a loose test). Each row says what the matched
prediction gives: ``right`` (overlapping span, gold sector among the
predicted ones), ``wrong code`` (overlapping span, sector missed), ``other
mention`` or ``null``. Prints counts per field x gold sector x kind x
status (real, own, sets, real stories) and, with ``--show``, every row that
is not right.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, overlap
from tools.census_io import is_real_source
from tools.date_source_split import story
from tools.topic_folds import set_predictions, set_records

Record = dict[str, Any]
WANTED = ("COP", "MIL", "JUD", "GOV")
TITLE = (r"(?:Sgt|Sergeant|Capt|Captain|Lt|Lieutenant|Cpl|Corporal|Officer|Deputy|Trooper|"
         r"Detective|Det|Inspector|Insp|Constable|Sheriff|Marshal|Agent|Chief|Commander|Col|"
         r"Colonel|Gen|General|Maj|Major|Judge|Justice|Prosecutor|Magistrate|Commissioner|"
         r"Superintendent|Supt|Patrolman|Warden|Ranger|Commodore|Admiral|Brig)")
_NAME = r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+"
_TITLED = re.compile(rf"\b{TITLE}\.?\s+({_NAME})")
_APPOSED = re.compile(r"\b(?:officer|deputy|trooper|sergeant|detective|soldier|judge|"
                      rf"prosecutor|policeman|constable|guard|agent),\s+({_NAME}),")
_PRONOUNS = {"he", "him", "his", "she", "her"}


def titled_surnames(text: str) -> set[str]:
    """Surnames of the people the text writes after a rank or title, or in
    a role apposition."""
    found = [m.group(1) for m in _TITLED.finditer(text)]
    found += [m.group(1) for m in _APPOSED.finditer(text)]
    return {name.split()[-1] for name in found}


def kind_of(gold_text: str, surnames: set[str]) -> str | None:
    """``titled``, ``surname``, ``pronoun?`` or None (not in the class)."""
    words = gold_text.split()
    if re.search(rf"\b{TITLE}\.?\s+[A-Z]", gold_text):
        return "titled"
    if words and re.sub(r"['’]s$", "", words[-1]) in surnames:
        return "surname"
    if gold_text.lower() in _PRONOUNS and surnames:
        return "pronoun?"
    return None


def status_of(g: Record, p: Record | None) -> str:
    sectors = (p.get("sectors") or ([p["sector"]] if p.get("sector") else [])) if p else []
    if not p:
        return "null"
    if overlap(g, p) == 0:
        return "other mention"
    return "right" if g["sector"] in sectors else "wrong code"


def collect(pred_dir: Path) -> list[Record]:
    rows = []
    for pred_path in sorted(pred_dir.glob("rec_*.pred.json")):
        name = pred_path.name.split(".")[0]
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            surnames = titled_surnames(art["text"])
            pred = preds.get(str(art["id"]), [])
            real = is_real_source(art)
            for gi, pi in match_events(art["events"], pred):
                for field in ("actor", "recipient"):
                    g = art["events"][gi].get(field)
                    if not g or g.get("sector") not in WANTED:
                        continue
                    kind = kind_of(str(g["text"]), surnames)
                    if kind is None:
                        continue
                    p = pred[pi].get(field)
                    rows.append({
                        "set": name, "id": art["id"], "field": field, "kind": kind,
                        "status": status_of(g, p), "real": real,
                        "story": story(art.get("source"), art["id"]) if real else art["id"],
                        "gold": f"{g.get('country')} {g['sector']}", "text": g["text"],
                        "pred": "-" if not p else f"{p.get('text')!r} {p.get('country')} "
                        f"{'/'.join(p.get('sectors') or [])}",
                        "trigger": art["events"][gi]["trigger"]["text"]})
    return rows


def table(rows: list[Record]) -> None:
    cells: dict[tuple[str, str, str, str], list[Record]] = defaultdict(list)
    for r in rows:
        cells[(r["field"], r["gold"].split()[-1], r["kind"], r["status"])].append(r)
    print("| field | gold | kind | status | real | own | sets | stories (real) |")
    print("|---|---|---|---|---:|---:|---:|---:|")
    for key, rs in sorted(cells.items()):
        real = [r for r in rs if r["real"]]
        print(f"| {' | '.join(key)} | {len(real)} | {len(rs) - len(real)} "
              f"| {len({r['set'] for r in rs})} | {len({r['story'] for r in real})} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rows = collect(args.pred_dir)
    table(rows)
    if args.show:
        for r in rows:
            if r["status"] != "right":
                print(f"{r['field'][:3]} {'R' if r['real'] else 'o'} {r['id']:10} {r['story']:22} "
                      f"{r['kind']:8} {r['status']:13} {r['trigger']!r:16} {r['text']!r} "
                      f"{r['gold']} -> {r['pred']}")


if __name__ == "__main__":
    main()
