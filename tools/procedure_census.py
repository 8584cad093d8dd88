"""Census of the court and police procedure words the development gold
labels two ways (issue #12, relabel50; events49 found the split): every
instance in the texts of ``tools/topic_folds.SETS`` with its set, origin,
article, offset, sentence and the gold event whose trigger lies on the
matched words (type, mode, modality), or ``-`` when gold has none there.
Reads only the gold, never system output, so a labelling decision can be
taken for every instance from the text and the guide alone.

    PYTHONPATH=. python tools/procedure_census.py [--kind custody] > rows.tsv
    PYTHONPATH=. python tools/procedure_census.py --counts

The sub-classes (surface patterns, no parse):

* ``serving`` -- serving or having served a sentence, a prison term or a
  time in prison ("is serving a life sentence", "served 18 months in jail";
  not "serve two terms" of office);
* ``custody`` -- "in custody" and its verbs ("held in custody", "remains in
  police custody", "taken into custody");
* ``booked`` -- "booked" into a jail or on a charge (not a ticket or a room:
  the sentence must name a jail, a charge or an arrest);
* ``trial`` -- the noun "trial" (not "trial run", "clinical trial");
* ``hearing`` -- the noun "hearing" (not "hearing aid", not the participle
  after a subject: "hearing the shots", nor the verb's gerund with its
  object: a jury "will begin hearing evidence", rec_ad-11);
* ``arraignment`` -- "arraign", "arraigned", "arraignment".
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from tools.topic_folds import SETS, is_real, set_records

Row = dict[str, Any]

_SERVE = re.compile(
    r"\bserv(?:e|es|ed|ing)\b(?:\s+(?:out\s+)?[\w$/'-]+){0,6}?\s+"
    r"(?:sentences?\b|prison\s+terms?\b|(?:years?|months?)\s+in\s+"
    r"(?:(?:a|an|the|federal|state|county)\s+){0,2}(?:prison|jail)\b)", re.I)
_CUSTODY = re.compile(r"\b(?:(?:held|kept|remains?|remained|taken|placed|be|is|was|were|are)"
                      r"\s+)?(?:in|into)\s+(?:police\s+|federal\s+|protective\s+|state\s+|"
                      r"\w+\s+)?custody\b", re.I)
_BOOKED = re.compile(r"\bbooked\b", re.I)
_BOOKED_CTX = re.compile(r"jail|prison|charge|arrest|custody|detention|police|sheriff", re.I)
_TRIAL = re.compile(r"\btrials?\b", re.I)
_NOT_TRIAL = re.compile(r"clinical|trial\s+run|drug\s+trial|trial\s+period|trial\s+basis", re.I)
_HEARING = re.compile(r"\bhearings?\b", re.I)
_NOT_HEARING = re.compile(r"hearing\s+(?:aid|loss|impair)|\b(?:after|on|upon|while|to)\s+hearing\b|"
                          r"hearing\s+(?:the|a|an|of|gun|shots|that|from|evidence|testimony|"
                          r"arguments?|witnesses)\b", re.I)
_ARRAIGN = re.compile(r"\barraign(?:ed|ment|ments|s)?\b", re.I)

KINDS = ("serving", "custody", "booked", "trial", "hearing", "arraignment")


def sentence_at(text: str, at: int) -> tuple[int, int]:
    """The sentence (line or '. '-delimited) holding offset ``at``."""
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1, 0)
    ends = [i for i in (text.find("\n", at), text.find(". ", at)) if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


def _matches(text: str, kind: str) -> Iterator[re.Match[str]]:
    """The instances of one sub-class in ``text``."""
    if kind == "serving":
        yield from _SERVE.finditer(text)
    elif kind == "custody":
        yield from _CUSTODY.finditer(text)
    elif kind == "booked":
        for m in _BOOKED.finditer(text):
            s, e = sentence_at(text, m.start())
            if _BOOKED_CTX.search(text[s:e]):
                yield m
    elif kind == "trial":
        for m in _TRIAL.finditer(text):
            if not _NOT_TRIAL.search(text[max(0, m.start() - 12):m.end() + 8]):
                yield m
    elif kind == "hearing":
        for m in _HEARING.finditer(text):
            if not _NOT_HEARING.search(text[max(0, m.start() - 7):m.end() + 14]):
                yield m
    elif kind == "arraignment":
        yield from _ARRAIGN.finditer(text)
    else:
        raise ValueError(kind)


def gold_on(record: Row, start: int, end: int) -> tuple[int, Row] | None:
    """The first gold event (0-based index, as the relabel tables name it, and
    the event) whose trigger overlaps
    ``[start, end)``."""
    for i, ev in enumerate(record["events"]):
        t = ev["trigger"]
        if int(t["start"]) < end and int(t["end"]) > start:
            return i, ev
    return None


def census(records: Iterable[Row], kinds: Iterable[str] = KINDS) -> list[Row]:
    """One row per instance: set, origin, article, kind, offset, matched
    text, sentence and the gold event on it (index, trigger, type, mode,
    modality) or ``None``."""
    rows: list[Row] = []
    for rec in records:
        text = rec["text"]
        for kind in kinds:
            for m in _matches(text, kind):
                s, e = sentence_at(text, m.start())
                hit = gold_on(rec, m.start(), m.end())
                origin = "real" if is_real(rec) else "own"
                rows.append({"set": rec.get("_set", "-"), "origin": origin,
                             "id": rec["id"], "kind": kind, "at": m.start(), "match": m.group(0),
                             "sentence": " ".join(text[s:e].split()),
                             "event": None if hit is None else hit[0],
                             "gold": None if hit is None else hit[1]})
    return rows


def tsv_line(row: Row) -> str:
    """A census row as one tab-separated line."""
    ev = row["gold"]
    gold = "-" if ev is None else (f"#{row['event']}\t{ev['trigger']['text']}\t{ev['type']}\t"
                                   f"{ev['mode'] or '-'}\t{ev['modality']}")
    if ev is None:
        gold = "-\t-\t-\t-\t-"
    return "\t".join([row["set"], row["origin"], row["id"], row["kind"], str(row["at"]),
                      row["match"], gold, row["sentence"]])


def counts(rows: Iterable[Row]) -> dict[str, Counter[str]]:
    """Per sub-class: instances labelled / not, by origin."""
    out: dict[str, Counter[str]] = {}
    for row in rows:
        c = out.setdefault(row["kind"], Counter())
        c[f"{row['origin']} {'event' if row['gold'] is not None else 'none'}"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kind", choices=KINDS, action="append")
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args(argv)
    rows = census(set_records(SETS), args.kind or KINDS)
    if args.counts:
        for kind, c in counts(rows).items():
            sets = {r["set"] for r in rows if r["kind"] == kind}
            print(kind, dict(sorted(c.items())), "sets", len(sets))
        return 0
    print("set\torigin\tid\tkind\tat\tmatch\tevent\ttrigger\ttype\tmode\tmodality\tsentence")
    for row in rows:
        print(tsv_line(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
