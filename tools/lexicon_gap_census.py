"""Missed gold events by trigger lemma and part of speech, split by whether
the lexicon holds the lemma (issue #12, branch events50).

    PYTHONPATH=. python tools/lexicon_gap_census.py MISSED PROPOSER_ROWS [--lemmas N]

MISSED is ``missed_fine_census.py --json`` of a run (every unmatched gold
event with its head's lemma and part of speech); PROPOSER_ROWS is
``kfold_event_proposer.py dump`` (every verb and noun no rule proposed, with
the missed gold trigger it overlaps). Each miss falls in one cell:

* ``not in lexicon``: its lemma starts no entry in its part of speech
  (``lexicon.is_gated`` on the verb gate for a verb, the noun gate else);
* ``in lexicon, not proposed``: the lemma starts an entry but no rule
  proposed the word here (a candidate row overlaps it);
* ``in lexicon, proposed``: a rule proposed it and a later step (the learned
  filter, a non-event rule, a later stage) or a neighbour's event took its
  place, or its head is no verb or noun.

Why: a learned lexicon expansion can only reach the first cell; the second
is a context test or a gate, not a missing word. Prints counts real / own,
by part of speech, with the number of sets, and the top lemmas of the
first two cells. Never prints a sentence.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.stages.events.lexicon import is_gated, load_lexicon
from tools.topic_folds import SETS, set_records

Row = dict[str, Any]
CELLS = ("not in lexicon", "in lexicon, not proposed", "in lexicon, proposed")


def in_lexicon(lemma: str, pos: str) -> bool:
    """The lemma starts some lexicon entry in its part of speech."""
    lex = load_lexicon()
    return not is_gated(lemma, lex.verb_gate if pos == "VERB" else lex.noun_gate)


def unproposed(proposer_rows: list[Row]) -> set[tuple[str, int]]:
    """(article, gold trigger start) of the missed gold events a candidate row
    (a word no rule proposed) overlaps."""
    starts = {(str(r["id"]), i): int(e["trigger"]["start"])
              for r in set_records(SETS) for i, e in enumerate(r["events"])}
    return {(str(r["article"]), starts[(str(r["article"]), int(r["gold"]))])
            for r in proposer_rows if int(r["gold"]) >= 0}


def cell(miss: Row, free: set[tuple[str, int]]) -> str:
    """The census cell of one miss (the module docstring's three)."""
    if not in_lexicon(miss["lemma"], miss["pos"]):
        return CELLS[0]
    return CELLS[1] if (str(miss["id"]), int(miss["start"])) in free else CELLS[2]


def report(missed: list[Row], free: set[tuple[str, int]], lemmas: int) -> None:
    counts: Counter[tuple[str, str, str]] = Counter()
    sets: dict[tuple[str, str], set[str]] = {}
    top: dict[tuple[str, str], Counter[str]] = {}
    for m in missed:
        origin = "real" if m["real"] else "own"
        c = cell(m, free)
        pos = m["pos"] if m["pos"] in ("VERB", "NOUN") else "other"
        counts[(origin, c, pos)] += 1
        sets.setdefault((origin, c), set()).add(m["set"])
        top.setdefault((origin, c), Counter())[f"{m['lemma']}/{pos[0]}"] += 1
    for origin in ("real", "own"):
        total = sum(n for (o, _c, _p), n in counts.items() if o == origin)
        print(f"{origin}: {total} missed")
        for c in CELLS:
            row = {p: counts[(origin, c, p)] for p in ("VERB", "NOUN", "other")}
            n = sum(row.values())
            print(f"  {c:26} {n:4} ({n / max(total, 1):5.1%}) verb {row['VERB']:3} "
                  f"noun {row['NOUN']:3} other {row['other']:3}  sets "
                  f"{len(sets.get((origin, c), ()))}  lemmas {len(top.get((origin, c), ()))}")
            if lemmas and c != CELLS[2]:
                common = top.get((origin, c), Counter()).most_common(lemmas)
                print("     " + ", ".join(f"{w} {k}" for w, k in common))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("missed", type=Path)
    ap.add_argument("proposer_rows", type=Path)
    ap.add_argument("--lemmas", type=int, default=0)
    args = ap.parse_args()
    missed = json.loads(args.missed.read_text(encoding="utf-8"))
    rows = json.loads(args.proposer_rows.read_text(encoding="utf-8"))["rows"]
    report(missed, unproposed(rows), args.lemmas)


if __name__ == "__main__":
    main()
