"""Missing recipients by where gold's recipient sits relative to the trigger
(issue #12, branch recip39): counts and set spread only.

    PYTHONPATH=. python tools/recipient_missing_where.py /work/notes/m46 [--sets rec_a,...]
        [--examples CLASS]

Every matched event with a gold recipient and none predicted gets a
**place** (first that fits, in this order): ``earlier sentence`` / ``later
sentence``; ``coordinated`` (the gold mention is a coordination);
``passive subject`` ("X was arrested"); ``possessive/compound of event
noun`` ("X's arrest", "the Kyiv strike"); ``light-verb object`` (the
trigger noun is the object of a verb and the recipient hangs on that verb:
"carried out raids on X", "imposed sanctions on X"); ``prep object of
trigger`` ("attack on X", "protest outside X's embassy": also the
possessor of the prepositional object); ``direct object``; ``in clause`` /
``same sentence`` otherwise. And a **form** of the gold mention (named
entity, pronoun, common noun) as a rough stand-in for why none was given.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.eval.record_fields import match_events
from tools.recipient_errors import _span, outcome
from tools.topic_folds import SETS, is_real, set_predictions, set_records

Record = dict[str, Any]
LIGHT = {"carry", "launch", "conduct", "stage", "impose", "make", "level", "mount",
         "hold", "take", "issue", "give", "file", "bring", "lodge", "announce", "order"}


def _place_in_sentence(t: Any, r: Any, mspan: Span) -> str:
    if r.dep_ == "conj" or any(x.dep_ == "conj" for x in mspan):
        return "coordinated"
    if r.dep_ in ("nsubjpass",) and (r.head == t or r.head == t.head and t.dep_ == "xcomp"):
        return "passive subject"
    if t.pos_ in ("NOUN", "PROPN") and r.dep_ in ("poss", "compound", "amod") and r.head == t:
        return "possessive/compound of event noun"
    if r.dep_ == "pobj" and r.head.head == t.head and t.dep_ == "dobj" \
            and t.head.lemma_.lower() in LIGHT:
        return "light-verb object"
    pobj = r.head if r.dep_ == "poss" and r.head.dep_ == "pobj" else r
    if pobj.dep_ == "pobj" and (pobj.head.head == t or pobj.head.head.head == t
                                and pobj.head.head.dep_ == "prep"):
        return f"prep object of trigger ({t.pos_.lower()})"
    if r.dep_ in ("dobj", "dative") and r.head == t:
        return "direct object"
    if r.dep_ == "nsubj" and r.head == t:
        return "subject"
    if t.left_edge.i <= r.i <= t.right_edge.i:
        return "in clause"
    return "same sentence"


def place(doc: Doc, trigger: Record, m: Record) -> str:
    """Where the gold recipient sits relative to the trigger."""
    tspan, mspan = _span(doc, trigger), _span(doc, m)
    if tspan is None or mspan is None:
        return "unaligned"
    t, r = tspan.root, mspan.root
    if t.sent != r.sent:
        return "earlier sentence" if r.i < t.i else "later sentence"
    return _place_in_sentence(t, r, mspan)


def form(doc: Doc, m: Record) -> str:
    """The gold mention's form: pronoun, named entity, common noun."""
    mspan = _span(doc, m)
    if mspan is None:
        return "?"
    r = mspan.root
    if r.pos_ == "PRON":
        return "pronoun"
    if r.ent_type_ or r.pos_ == "PROPN":
        return "named"
    return "common noun"


def split(nlp: Language, pred_dir: Path, sets: list[str], show: str | None
          ) -> list[tuple[str, str, str, str]]:
    """(set, group, place, form) of every missing recipient."""
    out = []
    for name in sets:
        gold, preds = set_records([name]), set_predictions(pred_dir, name)
        for art in gold:
            group = "real" if is_real(art) else "own"
            pairs = [(gi, pi) for gi, pi in match_events(art["events"], preds.get(
                str(art["id"]), [])) if art["events"][gi].get("recipient")
                and not preds[str(art["id"])][pi].get("recipient")]
            if not pairs:
                continue
            doc = nlp(art["text"])
            for gi, _pi in pairs:
                g = art["events"][gi]
                assert outcome(g["recipient"], None) == "missing"
                pl = place(doc, g["trigger"], g["recipient"])
                out.append((name, group, pl, form(doc, g["recipient"])))
                if show and show in pl:
                    ts = _span(doc, g["trigger"])
                    sent = ts.sent.text.strip()[:250] if ts is not None else ""
                    print(f"[{name} {group}] {g['trigger']['text']} ({g['type']}) -> "
                          f"{g['recipient']['text']!r}\n  {sent}")
    return out


def table(rows: list[tuple[str, str, str, str]]) -> None:
    """Missing recipients per place: real / own, forms, sets."""
    c: dict[str, Counter[str]] = defaultdict(Counter)
    sets: dict[str, set[str]] = defaultdict(set)
    for name, group, pl, fm in rows:
        c[pl]["n"] += 1
        c[pl][group] += 1
        c[pl][fm] += 1
        sets[pl].add(name)
    print("| place | missing | real / own | named / common / pronoun | sets |")
    print("|---|---|---|---|---|")
    for pl, k in sorted(c.items(), key=lambda kv: -kv[1]["n"]):
        print(f"| {pl} | {k['n']} | {k['real']} / {k['own']} | {k['named']} / "
              f"{k['common noun']} / {k['pronoun']} | {len(sets[pl])} |")
    print(f"| **all** | {len(rows)} | | | |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--examples", help="print the sentences of places containing this")
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    table(split(nlp, args.pred_dir, args.sets.split(","), args.examples))


if __name__ == "__main__":
    main()
