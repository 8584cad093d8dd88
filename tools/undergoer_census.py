"""Coordinated undergoers: gold events whose recipient is (part of) a
coordination, and what the system made of them (issue #12, branch recip43).

    PYTHONPATH=. python tools/undergoer_census.py /work/notes/m52 [--sets a,b] [--examples]

Why: recip41's census found recipient errors where two or more people are
the object of a passive or of an act ("X and Y were arrested", "police
detained the mayor and two aides", "the bombing killed a soldier and a
child"). An event is counted when the trigger's undergoer (its direct
object, its passive subject, or the "of"/possessor of a noun trigger) has
conjuncts, or gold's recipient span itself holds a coordination. Each row
says how gold labels it (``group`` -- one span over the conjuncts;
``first`` -- the first conjunct; ``other`` -- a later conjunct or none) and
why the system is wrong (``conjunct lost``: a span on one conjunct where
gold has the group or another; ``none``: no recipient; ``code``: the right
mention, wrong country/sector; ``other``).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.eval.record_fields import match_events, participant_right, participant_right_strict
from tools.topic_folds import SET_LETTERS, is_real, set_predictions, set_records, sets_from_flag

Record = dict[str, Any]
UNDERGOER_DEPS = ("dobj", "nsubjpass", "obj")


def _trigger_token(doc: Doc, trig: Record) -> Token | None:
    span = doc.char_span(trig["start"], trig["end"], alignment_mode="expand")
    return span.root if span is not None else None


def undergoer(tok: Token) -> Token | None:
    """The trigger's undergoer: direct object or passive subject; for a noun
    trigger its "of" object or possessor ("the arrest of A and B")."""
    for c in tok.children:
        if c.dep_ in UNDERGOER_DEPS:
            return c
    if tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return None


def _overlaps(r: Record | None, start: int, end: int) -> bool:
    return r is not None and r["start"] < end and start < r["end"]


def gold_reading(g: Record | None, und: Token | None) -> str:
    """How gold labels the coordination: the group, the first conjunct, other."""
    if g is None:
        return "none"
    if und is None:
        return "group" if " and " in g["text"] else "other"
    conj = [und, *und.conjuncts]
    first = und.subtree
    toks = [t for t in first if not any(t.i >= c.left_edge.i for c in und.conjuncts)]
    f_start, f_end = toks[0].idx, toks[-1].idx + len(toks[-1])
    covers = sum(_overlaps(g, c.left_edge.idx, c.idx + len(c)) for c in conj)
    if covers >= 2:
        return "group"
    if _overlaps(g, f_start, f_end):
        return "first"
    return "other"


def why(g: Record | None, p: Record | None, reading: str) -> str:
    """Why a wrong recipient is wrong: none given; one conjunct of gold's
    group, coded as that conjunct; the right mention, wrong code; another
    span altogether."""
    if p is None:
        return "none"
    if g is None or not (p["start"] < g["end"] and g["start"] < p["end"]):
        return "other span"
    narrower = p["end"] - p["start"] < g["end"] - g["start"] and " and " not in p["text"]
    return "conjunct lost (group)" if reading == "group" and narrower else "code"


def census(nlp: Language, pred_dir: Path, sets: tuple[str, ...]) -> list[Record]:
    rows: list[Record] = []
    for name in sets:
        arts = set_records([name])
        preds = set_predictions(pred_dir, name)
        for art, doc in zip(arts, nlp.pipe(a["text"] for a in arts), strict=True):
            pevs = preds.get(art["id"], [])
            pairs = dict(match_events(art["events"], pevs))
            for gi, gev in enumerate(art["events"]):
                tok = _trigger_token(doc, gev["trigger"])
                if tok is None:
                    continue
                und = undergoer(tok)
                coord = und is not None and bool(und.conjuncts)
                grec = gev.get("recipient")
                if not coord and not (grec and " and " in grec["text"]):
                    continue
                if und is not None and und.dep_ in ("nsubj",):
                    continue
                pev = pevs[pairs[gi]] if gi in pairs else None
                prec = pev.get("recipient") if pev else None
                reading = gold_reading(grec, und if coord else None)
                rows.append({
                    "set": name, "id": art["id"], "real": is_real(art),
                    "trigger": gev["trigger"]["text"], "type": gev["type"],
                    "form": (und.dep_ if und is not None else "span"),
                    "gold": grec, "pred": prec, "matched": pev is not None,
                    "reading": reading,
                    "right": pev is not None and participant_right(grec, prec),
                    "strict": pev is not None and participant_right_strict(grec, prec),
                    "why": "" if pev is None or participant_right(grec, prec)
                    else why(grec, prec, reading),
                    "sentence": doc[tok.i].sent.text.strip(),
                })
    return rows


def _fmt(r: Record | None) -> str:
    return "-" if r is None else f"{r['text']!r} {r.get('country')} {r.get('sector')}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--sets", default=SET_LETTERS)
    ap.add_argument("--examples", action="store_true")
    args = ap.parse_args()
    from eventwire.nlp.components import load_model
    from eventwire.settings import Settings
    nlp = load_model(Settings().model)
    rows = census(nlp, args.pred_dir, sets_from_flag(args.sets))
    matched = [r for r in rows if r["matched"]]
    print(f"events {len(rows)}  matched {len(matched)}")
    print("gold reading:", dict(Counter((r["form"], r["reading"]) for r in rows)))
    wrong = [r for r in matched if not r["right"]]
    print(f"recipient wrong {len(wrong)} (real {sum(r['real'] for r in wrong)}) sets "
          f"{len({r['set'] for r in wrong})}")
    for key, n in Counter((r["form"], r["reading"], r["why"]) for r in wrong).most_common():
        sets = sorted({r["set"] for r in wrong if (r["form"], r["reading"], r["why"]) == key})
        real = sum(r["real"] for r in wrong if (r["form"], r["reading"], r["why"]) == key)
        print(f"  {key}: {n} (real {real}) sets {','.join(s[4:] for s in sets)}")
    if args.examples:
        for r in wrong:
            print(f"{r['id']} {'real' if r['real'] else 'own'} {r['type']} {r['trigger']!r} "
                  f"[{r['form']}/{r['reading']}/{r['why']}] gold {_fmt(r['gold'])}"
                  f" | pred {_fmt(r['pred'])}\n    {r['sentence'][:220]}")


if __name__ == "__main__":
    main()
