"""The recipient inside the acted-on noun phrase, by construction: what the
gold and the system take when the trigger's undergoer phrase has an owner
(issue #12, branch recip48).

    PYTHONPATH=. python tools/recipient_np_split.py PRED_DIR [--sets a,b] [--examples CELL]

PRED_DIR is ``tools/records_by_origin.py --out``. For every matched event
whose trigger has an acted-on phrase -- its direct object, its passive
subject, or the object of a preposition on it ("set fire to X", "broke
into X", "an attack on X") -- and that phrase has an owner -- a possessor
("the party's office", "its door") or an of-complement ("the offices of
the newspaper") -- the row is put in a cell

    construction | owner kind | gold takes | system takes

with construction ``obj-poss`` / ``obj-of`` / ``pp-poss`` / ``pp-of``,
owner kind ``pronoun`` / ``place`` (a GPE/LOC name) / ``time`` / ``name``
/ ``noun``, and what each side takes: ``owner`` (the possessor or the
of-object), ``phrase`` (the whole phrase or its head), ``other``,
``none``. Why: recip47's "deeper-np" cell mixed many shapes; a rule for
the owner of the thing acted on must know, for each construction and
owner kind, which reading the gold (made from the guide: "goods taken ...
their named owner is the recipient", "a building ... acted on is the
recipient with the sector of what it stands for") actually uses, and the
real texts' share.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.eval.record_fields import match_events, participant_right
from eventwire.stages.events.owned_things import DAMAGE_LEMMAS, GOODS, PARTS, TAKE_LEMMAS
from tools.topic_folds import SET_LETTERS, is_real, set_predictions, set_records, sets_from_flag

Record = dict[str, Any]
PREPS = ("to", "into", "on", "at", "against", "upon")


def undergoer(t: Token) -> tuple[str, Token] | None:
    """The trigger's acted-on noun and how it hangs ("obj" / "pp")."""
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
            return "obj", c
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in PREPS:
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            if objs:
                return "pp", objs[0]
    return None


def owner(n: Token) -> tuple[str, Token] | None:
    """The noun's possessor, else its of-object."""
    for c in n.children:
        if c.dep_ == "poss":
            return "poss", c
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return "of", objs[0]
    return None


def owner_kind(o: Token) -> str:
    if o.pos_ == "PRON":
        return "pronoun"
    if o.ent_type_ in ("DATE", "TIME"):
        return "time"
    if o.ent_type_ in ("GPE", "LOC", "FAC"):
        return "place"
    return "name" if o.pos_ == "PROPN" else "noun"


def takes(doc: Doc, m: Record | None, n: Token, o: Token) -> str:
    """Which reading a recipient mention is: owner, phrase, other, none."""
    if not m:
        return "none"
    span = doc.char_span(int(m["start"]), int(m["end"]), alignment_mode="expand")
    if span is None:
        return "other"
    if span.root == o or (o in span and n not in span):
        return "owner"
    return "phrase" if n in span else "other"


def thing_class(verb: Token, noun: Token) -> str:
    """``goods`` (a verb of taking and a movable thing), ``part`` (a verb of
    damage and a part of a building, vehicle or system) or ``other``: the
    two classes of ``owned_things``."""
    lemma, word = verb.lemma_.lower(), {noun.lower_, noun.lemma_.lower()}
    if lemma in TAKE_LEMMAS and word & GOODS:
        return "goods"
    return "part" if lemma in DAMAGE_LEMMAS and word & PARTS else "other"


def rows_for(doc: Doc, art: Record, pred: list[Record], name: str) -> list[Record]:
    out: list[Record] = []
    for gi, pi in match_events(art["events"], pred):
        g, p = art["events"][gi], pred[pi]
        ts: Span | None = doc.char_span(int(g["trigger"]["start"]), int(g["trigger"]["end"]),
                                        alignment_mode="expand")
        und = undergoer(ts.root) if ts is not None else None
        own = owner(und[1]) if und is not None else None
        if ts is None or und is None or own is None:
            continue
        cons = f"{und[0]}-{own[0]}"
        gt = takes(doc, g.get("recipient"), und[1], own[1])
        pt = takes(doc, p.get("recipient"), und[1], own[1])
        out.append({"set": name, "real": is_real(art), "cons": cons, "kind": owner_kind(own[1]),
                    "cls": thing_class(ts.root, und[1]),
                    "right": participant_right(g.get("recipient"), p.get("recipient")),
                    "gold": gt, "pred": pt, "trigger": g["trigger"]["text"],
                    "noun": und[1].text, "owner": own[1].text,
                    "sent": ts.sent.text.strip()[:170]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--sets", default=SET_LETTERS)
    ap.add_argument("--examples", default=None)
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    rows: list[Record] = []
    for name in sets_from_flag(args.sets):
        preds = set_predictions(args.pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            if pred and art["events"]:
                rows.extend(rows_for(nlp(art["text"]), art, pred, name))
    cells: dict[str, list[Record]] = defaultdict(list)
    for r in rows:
        cells[f"{r['cons']} | {r['kind']} | gold {r['gold']} | sys {r['pred']}"].append(r)
    print("| construction | owner | gold | system | n | real | sets |")
    print("|---|---|---|---|---:|---:|---:|")
    for key, rs in sorted(cells.items(), key=lambda kv: -len(kv[1])):
        parts = key.split(" | ")
        print(f"| {' | '.join(parts)} | {len(rs)} | {sum(r['real'] for r in rs)} | "
              f"{len({r['set'] for r in rs})} |")
    totals = Counter((r["cons"], r["gold"]) for r in rows)
    print("\nconstruction x gold:", dict(totals))
    print("\n| class | gold | events | recipient right | wrong (real, sets) |")
    print("|---|---|---:|---:|---|")
    for (cls, gold), n in sorted(Counter((r["cls"], r["gold"]) for r in rows).items()):
        rs = [r for r in rows if (r["cls"], r["gold"]) == (cls, gold)]
        bad = [r for r in rs if not r["right"]]
        print(f"| {cls} | {gold} | {n} | {n - len(bad)} | {len(bad)} "
              f"({sum(r['real'] for r in bad)}, {len({r['set'] for r in bad})}) |")
    if args.examples:
        for key, rs in cells.items():
            if args.examples in key:
                for r in rs:
                    print(f"  [{key}] {r['cls']} {'ok' if r['right'] else 'BAD'} {r['set']} "
                          f"{'R' if r['real'] else 'o'} {r['trigger']} "
                          f"-> {r['noun']} / {r['owner']} || {r['sent']}")


if __name__ == "__main__":
    main()
