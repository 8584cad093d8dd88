"""Recipient errors of ``eventwire eval records`` by outcome and construction.

    eventwire eval records --data tests/data/records/rec_h.jsonl --split all \
        --predictions /tmp/pred_h.jsonl
    python tools/recipient_errors.py tests/data/records/rec_h.jsonl:/tmp/pred_h.jsonl \
        [more gold:pred pairs] [--split blind] [--real] [--examples OUTCOME/CONSTRUCTION]

Every matched event (the scorer's trigger matching and ``participant_right``)
gets an **outcome**: ``right``; ``missing`` (gold recipient, none predicted);
``spurious`` (gold none, one predicted); ``wrong entity`` (spans do not
overlap); ``resolution`` (the right mention, wrong codes: ``unresolved``
when the prediction has no country, ``country``, ``sector``).

and a **construction**: how the gold recipient (the predicted one for
``spurious``) is tied to the trigger in the spaCy parse of the article --
``dobj`` (direct or indirect object), ``prep:X`` (object of a preposition of
the trigger or of its object: "against X", "on X"), ``possessor`` ("X's
arrest"), ``passive subject``, ``subject`` (the trigger's own subject),
``relative clause`` (the noun a relative clause with the trigger modifies),
``coordinated`` (the mention is a coordination), ``quoted addressee`` (the
trigger is inside a quotation, the recipient outside it), ``other sentence``
(named in another sentence: elided), ``in clause`` (deeper in the
trigger's phrase), ``same sentence`` (elsewhere in the sentence).

Prints outcome x construction counts per set and pooled; ``--examples``
prints the sentences of the cells whose "outcome/construction" label
contains the text. ``--real`` keeps only real-outlet articles (sources
ecbplus:, geovirus:, meantime:).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.eval.record_fields import match_events, overlap, participant_right
from tools.topic_folds import is_real

Record = dict[str, Any]
QUOTES = "\"“”"


def read(path: str) -> list[Record]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def outcome(g: Record | None, p: Record | None) -> str:
    """Right, missing, spurious, wrong entity or a resolution error."""
    if participant_right(g, p):
        return "right"
    if p is None:
        return "missing"
    if g is None:
        return "spurious"
    if overlap(g, p) == 0:
        return "wrong entity"
    if not p.get("country"):
        return "resolution: unresolved"
    if p.get("country") != g.get("country"):
        return "resolution: country"
    return "resolution: sector"


def _span(doc: Doc, m: Record) -> Span | None:
    return doc.char_span(int(m["start"]), int(m["end"]), alignment_mode="expand")


def _in_quote(doc: Doc, tok: Token, sent: Span) -> bool:
    """An odd number of quotation marks before the token in its sentence."""
    return sum(doc.text[sent.start_char:tok.idx].count(q) for q in QUOTES) % 2 == 1


def construction(doc: Doc, trigger: Record, m: Record) -> str:
    """How the mention ``m`` is tied to the trigger in the parse."""
    tspan, mspan = _span(doc, trigger), _span(doc, m)
    if tspan is None or mspan is None:
        return "unaligned"
    t, r = tspan.root, mspan.root
    if t.sent != r.sent:
        return "other sentence"
    if " and " in str(m.get("text")) or any(x.dep_ == "conj" for x in mspan) \
            or r.dep_ == "conj":
        return "coordinated"
    heads = {t} | {c for c in t.children if c.dep_ in ("dobj", "xcomp", "ccomp")}
    if r.head in heads and r.dep_ in ("dobj", "dative") and r.head == t:
        return "dobj"
    if r.dep_ == "poss" and r.head == t:
        return "possessor"
    if r.dep_ == "nsubjpass" and r.head == t:
        return "passive subject"
    if r.dep_ in ("nsubj", "agent") and r.head == t:
        return "subject"
    if r.dep_ == "pobj" and r.head.head in heads:
        return f"prep:{r.head.lower_}"
    if t.dep_ in ("relcl", "acl") and (r == t.head or r.head == t.head):
        return "relative clause"
    if _in_quote(doc, t, t.sent) and not _in_quote(doc, r, t.sent):
        return "quoted addressee"
    if t.left_edge.i <= r.i <= t.right_edge.i:
        return "in clause"
    return "same sentence"


def rows(nlp: Language, gold_path: str, pred_path: str, split: str | None, real: bool
         ) -> list[tuple[str, str, str, Record, Record, str]]:
    """(outcome, construction, sentence, gold event, predicted event, article
    id) of every matched event of the pair."""
    preds = {str(r["id"]): r.get("events", []) for r in read(pred_path)}
    out = []
    for art in read(gold_path):
        if split and art.get("split", split) != split:
            continue
        if real and not is_real(art):
            continue
        gold, pred = art.get("events", []), preds.get(str(art["id"]), [])
        pairs = match_events(gold, pred)
        if not pairs:
            continue
        doc = nlp(art["text"])
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            oc = outcome(g.get("recipient"), p.get("recipient"))
            m = g.get("recipient") or p.get("recipient")
            cons = "-" if m is None else construction(doc, g["trigger"], m)
            tspan = _span(doc, g["trigger"])
            sentence = tspan.sent.text if tspan is not None else ""
            out.append((oc, cons, sentence, g, p, str(art["id"])))
    return out


def show_mention(m: Record | None) -> str:
    """A role's text, country and sector(s), for a printed error row
    (``recipient_errors``, ``roles_errors``)."""
    if m is None:
        return "-"
    sec = m.get("sector") if "sectors" not in m else "/".join(m.get("sectors") or [])
    return f"{m.get('text')!r} {m.get('country')} {sec}"


def table(found: dict[str, list[tuple[str, str, str, Record, Record, str]]]) -> None:
    """Per-set accuracy, then pooled outcome x construction counts (errors only)."""
    print("| set | matched | recipient right | missing | spurious | wrong entity | resolution |")
    print("|---|---|---|---|---|---|---|")
    for name, rs in found.items():
        if not rs:
            continue
        c = Counter(r[0].split(":")[0] for r in rs)
        n = len(rs)
        print(f"| {name} | {n} | {c['right']} ({c['right'] / max(n, 1):.3f}) | {c['missing']} "
              f"| {c['spurious']} | {c['wrong entity']} | {c['resolution']} |")
    pooled = [r for rs in found.values() for r in rs if r[0] != "right"]
    cells = Counter((r[0], r[1]) for r in pooled)
    sets = {k: {n for n, rs in found.items() for r in rs if (r[0], r[1]) == k} for k in cells}
    print("\n| outcome | construction | errors | sets |\n|---|---|---|---|")
    for (oc, cons), n in cells.most_common():
        print(f"| {oc} | {cons} | {n} | {len(sets[(oc, cons)])} |")
    print(f"| **all errors** | | {len(pooled)} | |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs", nargs="+", help="GOLD.jsonl:PREDICTIONS.jsonl")
    ap.add_argument("--split", choices=["dev", "blind"])
    ap.add_argument("--real", action="store_true", help="real-outlet articles only")
    ap.add_argument("--examples", help="print the cells whose label contains this text")
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    found = {}
    for pair in args.pairs:
        gold, pred = pair.split(":")
        name = gold.rsplit("/", 1)[-1].removesuffix(".jsonl")
        found[name] = rows(nlp, gold, pred, args.split, args.real)
    table(found)
    if args.examples:
        shown = [r for rs in found.values() for r in rs
                 if r[0] != "right" and args.examples in f"{r[0]}/{r[1]}"]
        for oc, cons, sentence, g, p, art in shown[:args.limit]:
            print(f"\n[{art}] {oc}/{cons} :: {g['trigger']['text']} ({g['type']})"
                  f"\n  {sentence.strip()}\n  gold {show_mention(g.get('recipient'))}"
                  f"\n  pred {show_mention(p.get('recipient'))}")


if __name__ == "__main__":
    main()
