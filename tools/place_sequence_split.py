"""Split the placed noun triggers of another time's act one level finer (place33).

    PYTHONPATH=. python tools/place_sequence_split.py ROWS.jsonl [--sets rec_a ... rec_x]

``ROWS`` from ``tools/event_place_rows.py``. Over the matched events given a
stated place (basis trigger, clause, scene, sentence) whose trigger is a
noun object of a time preposition ("a day after an attack", "following the
arrest", "since the clashes", "during the strike"), each row gets a key:
the preposition, whether the place lies inside that prepositional phrase
(``inPP``: "after an attack in Kabul") or outside it (``outPP``: the
clause's place), and the basis. Per key: events right, gold none, gold
elsewhere, real / own, and the sets of the errors. Counts only (one spaCy
parse per candidate row, never a sentence printed). The ``outPP`` keys of
after / before / since / until / following and of the two-word ones
("wake of", "ahead of", "prior to"; keyed by head and preposition) are the
class ``event_place.act_of_another_time`` drops, found by its own walk
(``event_place.sequence_phrase``: an "of" complement of the preposition's
noun too, review70); ``during`` / ``amid`` (the same time) are counted
apart and left alone.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from typing import Any

from spacy.tokens import Token

from eventwire.eval.record_fields import place_right, stated_place
from eventwire.stages.geo.another_time import (
    SEQUENCE_PREP_HEADS,
    SEQUENCE_PREPS,
    sequence_phrase,
    sequence_prep,
)
from tools.event_place_classes import real_articles

SAME_TIME = frozenset({"amid", "during"})  # counted apart, left alone
PREPS = SEQUENCE_PREPS | SAME_TIME | frozenset(SEQUENCE_PREP_HEADS)
Row = dict[str, Any]


def key_of(nlp: Any, row: Row) -> str | None:
    """The sub-class of one row, or None when its trigger is not such a noun."""
    p = stated_place(row["rule"])
    if p is None or p.get("basis") not in ("sentence", "clause", "scene", "trigger"):
        return None
    if not any(w in row["sentence"].lower() for w in PREPS):
        return None
    doc = nlp(row["sentence"])
    word = row["trigger"].split()[0].lower()
    trig = next((t for t in doc if t.lower_ == word), None)
    if trig is None or trig.pos_ != "NOUN":
        return None
    prep = sequence_phrase(trig, _counted)  # the rule's own walk (review70)
    if prep is None:
        return None
    s0 = row["sentence_span"][0]
    inside = p.get("start") is not None and \
        doc[prep.left_edge.i].idx + s0 <= p["start"] < doc[prep.right_edge.i].idx + s0 + 1
    name = prep.lower_ if prep.lower_ in PREPS else f"{prep.head.lower_} {prep.lower_}"
    return f"{name} {'inPP' if inside else 'outPP'} {p.get('basis')}"


def _counted(prep: Token) -> bool:
    """A preposition the rule drops the clause's place for, or one of the
    same time (counted apart)."""
    return prep.lower_ in SAME_TIME or sequence_prep(prep)


def main() -> None:
    import spacy

    from eventwire.settings import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--sets", nargs="*", default=[f"rec_{x}" for x in "abcdefghijklmnopqrstuvwx"])
    args = ap.parse_args()
    nlp, real = spacy.load(Settings().model), real_articles(args.sets)
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    sets: dict[str, set[str]] = defaultdict(set)
    for row in map(json.loads, open(args.rows, encoding="utf-8")):
        if row["set"] not in args.sets or (key := key_of(nlp, row)) is None:
            continue
        ok = place_right(row["gold"], row["rule"])
        stats[key]["right" if ok else "none" if row["gold"] is None else "other"] += 1
        stats[key]["real" if (row["set"], str(row["article"])) in real else "own"] += 1
        if not ok:
            sets[key].add(row["set"])
    print("| sub-class | right | gold none | gold elsewhere | real / own | error sets |")
    print("|---|---|---|---|---|---|")
    for key, c in sorted(stats.items()):
        print(f"| {key} | {c['right']} | {c['none']} | {c['other']} | {c['real']} / {c['own']} "
              f"| {len(sets[key])} |")


if __name__ == "__main__":
    main()
