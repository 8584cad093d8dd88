"""Split the predicted **nominal re-mentions** of an act the article already
told one level finer (issue #12, branch events40). Counts and set spread
only; no sentence is printed.

    PYTHONPATH=. python tools/remention_split.py --pred /work/notes/m42 \\
        [--rows OUT.jsonl] [--load ROWS.jsonl]

A predicted event is a *re-mention candidate* when its trigger is a noun and
an earlier predicted event of the same article that matched a gold event has
the same PLOVER type and the same or a synonymous word ("the shooting" after
"shot", "the blaze" after "the fire", "the attack" after "the assault":
``act_word`` and ``SYNONYMS``). Each candidate is a false event (no gold
event takes it) or a matched one (gold labels it: what a rule would lose),
and is split by

* ``where``  - headline, first body sentence, later body;
* ``det``    - "the", a demonstrative, a possessive, other or none;
* ``of``     - "the X" vs "the X of/on/against/by Y";
* ``detail`` - what the noun phrase or its clause adds: a participant
  (a named person, group or place-less name), a time, a place, or nothing;
* ``role``   - subject, object of a verb, object of a preposition (its
  preposition), or other;
* ``kind``   - the story's kind (``real_story_kinds.real_kind``);
* ``origin`` - real outlet vs own text.

Per value: false events, of them real, the sets holding the false ones
(ECB+ topics counted once) and the matched candidates of the same value.
``--cross A,B`` prints the table over the pair of keys A x B.
Gold's own re-mentions (an event whose cluster an earlier gold event of the
article holds) are counted too, by the same keys, so the census shows how
the guide labels the construction where it is an event.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.eval.record_fields import match_events
from tools import event_error_classes
from tools.census_io import add_row_args, parsed_records, predictions, rows_of
from tools.real_story_kinds import real_kind
from tools.topic_folds import SETS, ecb_topic, is_real, set_records

Record = dict[str, Any]
KEYS = ("where", "det", "of", "detail", "role", "kind", "origin")
DEMONSTRATIVES = {"this", "that", "these", "those"}
SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset("attack assault raid strike ambush".split()),
    frozenset("shoot shooting gunfire shootout".split()),
    frozenset("fire blaze arson".split()),
    frozenset("crash collision accident".split()),
    frozenset("robbery heist holdup hold-up rob".split()),
    frozenset("kill killing murder slaying homicide".split()),
    frozenset("bomb bombing blast explosion explode".split()),
    frozenset("arrest detention detain".split()),
    frozenset("stab stabbing".split()),
    frozenset("kidnap kidnapping abduction abduct".split()),
)
PARTICIPANT_ENTS = {"PERSON", "ORG", "NORP"}
TIME_ENTS = {"DATE", "TIME"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}


def act_word(lemma: str) -> str:
    """A word's act key: its synonym group, else the lemma without "-ing"."""
    low = lemma.lower()
    for i, group in enumerate(SYNONYMS):
        if low in group:
            return f"syn{i}"
    return low[:-3] if low.endswith("ing") and len(low) > 5 else low


def _where(tok: Token) -> str:
    """Headline (before the first line break; a text with none has no
    headline), first body sentence or later body."""
    first_nl = tok.doc.text.find("\n")
    if tok.idx < first_nl:
        return "headline"
    first = next((s for s in tok.doc.sents if s.start_char > first_nl), None)
    return "first body sentence" if first is not None and tok.sent.start == first.start \
        else "later body"


def _det(tok: Token) -> str:
    for c in tok.children:
        if c.dep_ == "poss":
            return "possessive"
        if c.dep_ == "det":
            low = c.lower_
            if low == "the":
                return "the"
            return "demonstrative" if low in DEMONSTRATIVES else f"other:{low}"
    return "none"


def _of(tok: Token) -> str:
    preps = [c.lower_ for c in tok.children if c.dep_ == "prep"]
    comp = [p for p in preps if p in ("of", "on", "against", "by", "at", "in")]
    return f"the X {comp[0]} Y" if comp else "the X"


def _detail(tok: Token) -> str:
    """What the noun phrase or its governing clause adds: entity types
    inside the phrase, or a time entity hung on the governing verb."""
    span = list(tok.subtree)
    ents = {t.ent_type_ for t in span if t.ent_type_ and t.i != tok.i}
    if ents & PARTICIPANT_ENTS:
        return "participant"
    if ents & TIME_ENTS:
        return "time"
    if ents & PLACE_ENTS:
        return "place"
    head = tok.head
    for c in head.children:
        if c.i != tok.i and c.dep_ in ("npadvmod", "prep") and any(
                t.ent_type_ in TIME_ENTS for t in c.subtree):
            return "clause time"
    return "nothing"


def _role(tok: Token) -> str:
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return "subject"
    if tok.dep_ == "dobj":
        return "object"
    if tok.dep_ == "pobj":
        return f"pobj:{tok.head.lower_}"
    return f"other:{tok.dep_}"


def _row(tok: Token, p: Record, tp: bool) -> Record:
    return {"where": _where(tok), "det": _det(tok), "of": _of(tok), "detail": _detail(tok),
            "role": _role(tok), "lemma": tok.lemma_.lower(), "head": tok.head.lemma_.lower(),
            "type": p["type"], "tp": tp, "start": p["trigger"]["start"],
            "sent": tok.sent.text[:300], "trigger": tok.text}


def article_rows(record: Record, pred: list[Record], doc: Doc) -> Iterator[Record]:
    """Predicted noun re-mentions of a matched earlier act (module docstring)."""
    pairs = match_events(record["events"], pred)
    got_p = {p for _, p in pairs}
    told: set[tuple[str, str]] = set()  # (type, act key) of matched events so far
    for i, p in sorted(enumerate(pred), key=lambda x: x[1]["trigger"]["start"]):
        tok = event_error_classes.token_at(doc, p["trigger"]["start"], p["trigger"]["end"])
        if tok is None:
            continue
        key = (p["type"], act_word(tok.lemma_))
        if tok.pos_ == "NOUN" and key in told:
            yield dict(_row(tok, p, i in got_p), who="pred")
        if i in got_p:
            told.add(key)


def gold_rows(record: Record, doc: Doc) -> Iterator[Record]:
    """Gold's own noun re-mentions: an earlier gold event holds the cluster."""
    seen: set[str] = set()
    for g in sorted(record["events"], key=lambda e: e["trigger"]["start"]):
        tok = event_error_classes.token_at(doc, g["trigger"]["start"], g["trigger"]["end"])
        cluster = str(g.get("cluster") or "")
        if tok is not None and tok.pos_ == "NOUN" and cluster and cluster in seen:
            yield dict(_row(tok, g, True), who="gold")
        if cluster:
            seen.add(cluster)


def collect(pred_dir: Path) -> list[Record]:
    records = set_records(SETS)
    preds = predictions(pred_dir, SETS)
    rows: list[Record] = []
    for record, doc, name in parsed_records(records):
        extra = {"set": ecb_topic(record.get("source")) or record["_set"],
                 "origin": "real" if is_real(record) else "own",
                 "kind": real_kind(record["text"]), "article": name}
        for row in article_rows(record, preds[name], doc):
            rows.append(dict(row, **extra))
        for row in gold_rows(record, doc):
            rows.append(dict(row, **extra))
    return rows


def table(rows: list[Record], keys: list[str]) -> list[str]:
    """False / real / sets / matched per value of the joined keys, and gold's
    own re-mentions of the same value."""
    false: dict[str, Counter[str]] = defaultdict(Counter)
    real: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for r in rows:
        value = " / ".join(str(r[k]) for k in keys)
        if r["who"] == "gold":
            gold[value] += 1
        elif r["tp"]:
            matched[value] += 1
        else:
            false[value][r["set"]] += 1
            real[value] += r["origin"] == "real"
    out = [f"\n### by {' x '.join(keys)}\n", "| value | false | real | sets | matched | gold "
           "re-mentions |", "|---|---|---|---|---|---|"]
    for value in sorted(set(false) | set(matched) | set(gold),
                        key=lambda v: (-sum(false[v].values()), v)):
        out.append(f"| {value} | {sum(false[value].values())} | {real[value]} | "
                   f"{len(false[value])} | {matched[value]} | {gold[value]} |")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    add_row_args(ap, Path("/work/notes/m42"))
    ap.add_argument("--cross", default="", help="two keys joined by a comma")
    args = ap.parse_args()
    rows = rows_of(args, collect)
    for key in KEYS:
        print("\n".join(table(rows, [key])))
    if args.cross:
        print("\n".join(table(rows, args.cross.split(","))))


if __name__ == "__main__":
    main()
