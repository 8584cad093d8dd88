"""Events whose parties are coordinated or reciprocal: how gold labels them,
and whether the system's actor and recipient are right (issue #12, branch
recip41).

    PYTHONPATH=. python tools/reciprocal_census.py /work/notes/m50 \
        [--sets a,b,...] [--examples FORM]

Why: the record guide codes a reciprocal act as one event, actor = first
conjunct, recipient = second (docs/annotation.md, "Reciprocal actors"),
while an asymmetric act of a coordinated subject ("A and B attacked C")
keeps its third party. recip40's count found such errors in a dozen sets;
this splits every gold event by the **form** in which its parties are
coordinated, read from the parse of gold's trigger:

* ``subject`` -- the trigger verb's subject has conjuncts ("A and B met");
* ``listed`` -- a headline comma for "and" ("A, B agree");
* ``modifiers`` -- coordinated modifiers of the subject or of a noun
  trigger ("Armenian and Azerbaijani forces", "Thai and Cambodian troops");
* ``possessive`` -- a coordinated possessor of a noun trigger ("Thailand
  and Cambodia's fighting");
* ``between`` -- "between A and B" on the trigger ("talks between A and B");
* ``with`` -- "A held talks with B" is no coordination and is not counted;
* ``each other`` / ``two sides`` -- the sentence says "each other" / "one
  another", or a "the two / both + countries / sides ..." subject.

Gold's labelling (``gold``): ``first/second`` (actor on one party,
recipient on another), ``joint actor`` (the actor covers two parties),
``one party, third recipient``, ``one party, no recipient``, ``other``.
With ``--examples FORM`` the wrong rows of that form are printed.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.eval.record_fields import match_events, participant_right
from tools.topic_folds import SET_LETTERS, is_real, set_predictions, set_records, sets_from_flag

Record = dict[str, Any]
TWO_SIDES = re.compile(r"\b(?:the two|both)\s+(?:\w+\s+)?(?:sides|countries|nations|"
                       r"neighbou?rs|parties|armies|governments|leaders|states|groups)\b", re.I)
EACH_OTHER = ("each other", "one another")


def _parties(tok: Token) -> list[Token]:
    return [tok, *[c for c in tok.conjuncts if c.i != tok.i]]


def _listed(subj: Token) -> list[Token]:
    """A headline's comma for "and": two names under the verb."""
    sibs = [s for s in subj.head.children if s.i != subj.i and s.pos_ == "PROPN"
            and s.dep_ in ("nsubj", "npadvmod", "dep", "nmod")] + [
        c for c in subj.children if c.dep_ in ("nmod", "npadvmod", "dep") and c.pos_ == "PROPN"]
    doc = subj.doc
    for sib in sibs:
        lo, hi = sorted((sib, subj), key=lambda t: t.i)
        gap = doc[lo.right_edge.i + 1:hi.left_edge.i if lo.head != hi else hi.i]
        if len(gap) == 1 and gap[0].text == ",":
            return [lo, hi]
    return []


def coordination(trig: Token) -> tuple[str, list[Token]] | None:
    """The form in which the trigger's parties are coordinated, and the
    parties' head tokens (see the module docstring)."""
    subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and len(_parties(subj)) > 1:
        return "subject", _parties(subj)
    if subj is not None and subj.pos_ == "PROPN" and (listed := _listed(subj)):
        return "listed", listed
    for owner in [t for t in (subj, trig) if t is not None]:
        for c in owner.children:
            if c.dep_ == "poss" and len(_parties(c)) > 1:
                return "possessive", _parties(c)
            if c.dep_ in ("amod", "compound", "nmod") and len(_parties(c)) > 1:
                return "modifiers", _parties(c)
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return "between", _parties(obj)
    sent = trig.sent.text.lower()
    if any(w in sent for w in EACH_OTHER):
        return "each other", [subj] if subj is not None else []
    if subj is not None and TWO_SIDES.search(" ".join(t.text for t in subj.subtree)):
        return "two sides", [subj]
    return None


def _covers(span: Span | None, toks: list[Token]) -> list[Token]:
    if span is None:
        return []
    return [t for t in toks if span.start <= t.i < span.end]


def gold_labelling(doc: Doc, ev: Record, parties: list[Token]) -> str:
    """How gold labels the event against the coordinated parties."""
    a, r = (_span(doc, ev.get(k)) for k in ("actor", "recipient"))
    in_a, in_r = _covers(a, parties), _covers(r, parties)
    if len(in_a) > 1:
        return "joint actor" + (", recipient" if r is not None else ", no recipient")
    if in_a and in_r and in_a != in_r:
        return "first/second" if in_a[0].i < in_r[0].i else "second/first"
    if in_a:
        return "one party, third recipient" if r is not None else "one party, no recipient"
    return "other"


def _span(doc: Doc, part: Record | None) -> Span | None:
    if not part:
        return None
    return doc.char_span(part["start"], part["end"], alignment_mode="expand")


def _row(name: str, art: Record, ev: Record, trig: Span, found: tuple[str, list[Token]],
         doc: Doc, p: Record | None) -> Record:
    """One census row: the form, gold's labelling, the system's outcome."""
    def part(rec: Record | None, key: str) -> Any:
        return ((rec or {}).get(key) or {}).get("text")
    return {
        "set": name, "real": is_real(art), "form": found[0], "type": ev["type"],
        "gold": gold_labelling(doc, ev, found[1]), "matched": p is not None,
        "actor_ok": p is not None and participant_right(ev.get("actor"), p.get("actor")),
        "recipient_ok": p is not None and participant_right(ev.get("recipient"),
                                                            p.get("recipient")),
        "text": f"{ev['trigger']['text']} | A: {part(ev, 'actor')} R: {part(ev, 'recipient')}"
                f" | pred A: {part(p, 'actor')} R: {part(p, 'recipient')}"
                f" :: {trig.sent.text.strip()[:150]}"}


def census(nlp: Language, pred_dir: Path, sets: tuple[str, ...]) -> list[Record]:
    """One row per gold event with coordinated parties."""
    rows: list[Record] = []
    for name in sets:
        preds = set_predictions(pred_dir, name)
        arts = [a for a in set_records([name]) if a.get("events")]
        for art, doc in zip(arts, nlp.pipe(a["text"] for a in arts), strict=True):
            pred = preds.get(str(art["id"]), [])
            match = dict(match_events(art["events"], pred))
            for gi, ev in enumerate(art["events"]):
                trig = _span(doc, ev["trigger"])
                found = coordination(trig.root) if trig is not None else None
                if trig is not None and found is not None:
                    p = pred[match[gi]] if gi in match else None
                    rows.append(_row(name, art, ev, trig, found, doc, p))
    return rows


def table(rows: list[Record], key: str) -> list[str]:
    """Counts per ``key``: events, matched, actor / recipient wrong (real/own, sets)."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    out = [f"| {key} | events | matched | actor wrong (real/own; sets) | "
           "recipient wrong (real/own; sets) |", "|---|---|---|---|---|"]
    for value, group in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        matched = [r for r in group if r["matched"]]
        cells = []
        for field in ("actor_ok", "recipient_ok"):
            bad = [r for r in matched if not r[field]]
            real = sum(r["real"] for r in bad)
            cells.append(f"{len(bad)} ({real}/{len(bad) - real}; {len({r['set'] for r in bad})})")
        out.append(f"| {value} | {len(group)} | {len(matched)} | {cells[0]} | {cells[1]} |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred_dir", type=Path)
    parser.add_argument("--sets", default=SET_LETTERS)
    parser.add_argument("--examples", default=None)
    args = parser.parse_args()
    from eventwire.nlp.components import load_model
    from eventwire.settings import Settings
    nlp = load_model(Settings().model)
    rows = census(nlp, args.pred_dir, sets_from_flag(args.sets))
    for key in ("form", "gold"):
        print("\n".join(table(rows, key)) + "\n")
    cross = Counter((r["form"], r["gold"]) for r in rows)
    for (form, gold), n in sorted(cross.items()):
        print(f"{form:12} {gold:32} {n}")
    for row in rows:
        if args.examples in (row["form"], "all") and row["matched"] and not (
                row["actor_ok"] and row["recipient_ok"]):
            print(row["set"], "real" if row["real"] else "own", row["form"], row["gold"],
                  row["type"], "A-ok" if row["actor_ok"] else "A-bad",
                  "R-ok" if row["recipient_ok"] else "R-bad", "|", row["text"])


if __name__ == "__main__":
    main()
