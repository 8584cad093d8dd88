"""Missing and wrong-entity recipients named by a pronoun, a possessive or a
collective noun, one level finer (issue #12, branch recip42).

    PYTHONPATH=. python tools/recipient_pronoun_split.py /work/notes/m51 \
        [--sets a,b,...] [--examples SUBCLASS]

recip40's census (``tools/recipient_place_split.py``) counted these three
forms; this splits each by what the linguistic class is:

* **pronoun**: ``relative`` ("who was arrested"), ``quantified`` ("those
  responsible", "anyone", "nobody", "all of us"), ``possessive determiner``
  (gold's span is "its" / "their": the owner of the thing acted on),
  ``personal it/which: thing`` ("escorted it", "fired at it": a vessel, a
  town, a territory) and ``personal: person`` ("he was arrested", "them");
  each with where the nearest fitting antecedent noun is (``same
  sentence``, ``previous sentence``, ``none`` -- the nearest earlier
  noun of the pronoun's number that is not the clause's own subject). The
  coreference stage resolves "it" only as a subject or an addressed object
  (``actors/agentive_it.py``), so an "it" object of a force verb is never
  an actor mention: that is the *why* for ``personal it`` rows.
* **possessive**: ``possessor of the event noun`` split into the
  possessor undergoing it (gold's recipient is the possessor: "his
  re-arrest") vs. the doer, ``possessive pronoun on the thing acted on``
  ("attacked its sailors", "boarded their boat") vs. ``named possessor on
  the thing acted on`` ("sealed off the group's offices").
* **collective**: ``crowd fired into / charged`` (a crowd noun under a
  force verb), ``counted people`` ("three workers", "at least 19 people"),
  ``people noun`` otherwise.

Each row keeps recip40's *why* proxy (none predicted / another actor / a
place). Counts with real / own and set spread.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from tools.recipient_place_split import split
from tools.topic_folds import SETS, sets_from_flag

Record = dict[str, Any]
RELATIVE = {"who", "whom", "which", "that"}
QUANTIFIED = {"those", "anyone", "anybody", "nobody", "everyone", "everybody", "all",
              "none", "any", "someone", "somebody", "whoever", "no"}
POSS_DETS = {"its", "their", "his", "her", "our", "my", "your"}
THING_PRONOUNS = {"it", "which", "that"}
CROWD_NOUNS = {"crowd", "crowds"}
FORCE_LEMMAS = {"fire", "charge", "disperse", "shoot", "use"}


def _antecedent_where(doc: Doc, pron: Token) -> str:
    """Where the nearest earlier noun of the pronoun's number sits."""
    plural = pron.lower_ in ("they", "them", "their", "those")
    subj = {t.i for t in pron.head.subtree} if pron.dep_ in ("dobj", "pobj") else set()
    want = "NNS" if plural else "NN"
    sent = pron.sent
    for t in reversed(doc[sent.start:pron.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound",) \
                and t.i not in subj and (t.tag_.startswith("NNP") or t.tag_ == want):
            return "same sentence"
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        if any(t.pos_ in ("NOUN", "PROPN") and t.tag_ in (want, "NNP") for t in prev):
            return "previous sentence"
    return "none"


def pronoun_class(doc: Doc, span: Span) -> str:
    """The pronoun's sub-class and its antecedent's place."""
    root = span.root
    low = root.lower_
    if low in RELATIVE and root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.tag_ in (
            "WP", "WDT", "WP$"):
        return "relative"
    if span[0].lower_ in QUANTIFIED or low in QUANTIFIED:
        return "quantified"
    if low in POSS_DETS or root.tag_ == "PRP$":
        return "possessive determiner"
    kind = "it: thing" if low in THING_PRONOUNS else "person"
    return f"personal {kind} / {_antecedent_where(doc, root)}"


def possessive_class(doc: Doc, span: Span, trig: Token | None) -> str:
    """Possessor of the event noun, or a possessor on the thing acted on."""
    root = span.root
    if trig is not None and (root.head == trig and root.dep_ == "poss"
                             or any(t.dep_ == "poss" and t.head == trig for t in span)):
        return "possessor of the event noun: undergoer"
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if poss is not None and poss.tag_ == "PRP$":
        return "possessive pronoun on the thing acted on"
    return "named possessor on the thing acted on"


def collective_class(span: Span, trig: Token | None) -> str:
    """A crowd under a force verb, a counted group, another people noun."""
    root = span.root
    if root.lower_ in CROWD_NOUNS and trig is not None and trig.lemma_.lower() in FORCE_LEMMAS:
        return "crowd fired into / charged"
    if any(t.like_num or t.lower_ in ("two", "three", "four") for t in span):
        return "counted people"
    return "people noun"


def finer(doc: Doc, row: Record) -> str:
    """The row's sub-class (its form's finer split)."""
    span = doc.char_span(row["gold_start"], row["gold_end"], alignment_mode="expand")
    tspan = doc.char_span(row["trig_start"], row["trig_start"] + 1, alignment_mode="expand")
    trig = tspan.root if tspan is not None else None
    if span is None:
        return "unaligned"
    if row["form"] == "pronoun":
        return pronoun_class(doc, span)
    if row["form"] == "possessive":
        return possessive_class(doc, span, trig)
    return collective_class(span, trig)


FORMS = ("pronoun", "possessive", "collective")


def _mark(doc: Doc, row: Record) -> None:
    """Give a row of the three forms its sub-class (the split's hook)."""
    if row["form"] in FORMS:
        row["sub"] = f"{row['form']}: {finer(doc, row)}"
        row["sub x why"] = f"{row['sub']} / {row['why']}"
        row["sub x tie"] = f"{row['sub']} / {row['tie']}"


def table(rows: list[Record], key: str) -> None:
    """Errors per cell: count, real / own, sets."""
    counts = Counter(r[key] for r in rows)
    real = Counter(r[key] for r in rows if r["group"] == "real")
    sets: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        sets[r[key]].add(r["set"])
    print(f"| {key} | errors | real / own | sets |")
    print("|---|---|---|---|")
    for cell, n in counts.most_common():
        print(f"| {cell} | {n} | {real[cell]} / {n - real[cell]} | {len(sets[cell])} "
              f"({', '.join(sorted(sets[cell]))}) |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path, help="--out of tools/records_by_origin.py")
    ap.add_argument("--sets", default=",".join(s.removeprefix("rec_") for s in SETS))
    ap.add_argument("--examples", help="print the rows whose sub-class contains this")
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    rows = [r for r in split(nlp, args.pred_dir, sets_from_flag(args.sets), _mark)
            if r["form"] in FORMS]
    for key in ("sub", "sub x why", "sub x tie"):
        table(rows, key)
    if args.examples:
        for r in rows:
            if args.examples in r["sub x why"]:
                print(f"{r['set']} {r['group']} [{r['trigger']}] gold={r['gold']!r} "
                      f"pred={r['pred']!r} :: {r['sentence'][:200]}")


if __name__ == "__main__":
    main()
