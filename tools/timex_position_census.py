"""Census of the time expressions an event's sentence holds and the event
did not take, by the expression's syntactic position (issue #12, branch
dates40).

    PYTHONPATH=. python tools/timex_position_census.py --pred /work/notes/dates40_base \
        [--sets rec_z rec_ac] [--rows rows.jsonl | --load rows.jsonl] [--show POSITION] [--by-set]

Why: dates39's self-probe found that a fronted time with no comma ("On
Monday sailors detained …") is parsed into the subject's noun phrase
("Monday" a compound of "sailors") and dates nothing. Other attachments
may fail the same way (a time inside an object, an appositive, after a
quote, a bare weekday after a noun: "the vote Sunday"). The census runs
spaCy and the timex stage once per article (no other stage), matches the
predicted events of ``--pred`` to gold, and for each matched event whose
sentence holds a dated expression the prediction did not take (its value
differs from the event's), records the position (:func:`position`) and
whether gold dates the event with that expression, and how the trigger's
first word stands in its span (:func:`word_of`). Prints per position:
events, of which gold takes the expression (real / own), and the sets.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.eval.record_fields import match_events
from eventwire.eval.records import article_of
from eventwire.nlp.sentences import sent_of
from eventwire.stages.time.governing import is_dated, timex_head, token_at
from tools.census_io import add_row_args, rows_of
from tools.topic_folds import SETS, is_real

Record = dict[str, Any]
ROOT = Path(__file__).resolve().parents[1]
NOUN_MOD_DEPS = {"compound", "amod", "nmod", "nummod"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
QUOTES = {'"', "\u201c", "\u201d", "''", "``"}
DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "yesterday", "today", "tonight"}
FRONT = 3  # tokens from the sentence's start within which a time is "fronted"
POSITIONS = ("fronted_absorbed", "fronted_comma", "fronted_attached", "after_quote",
             "appositive", "bare_day_after_noun", "in_noun_phrase", "post_verbal",
             "pre_verbal")


def _fronted(span: Span, sent: Span) -> bool:
    return span.start - sent.start < FRONT and all(
        t.pos_ in ("ADP", "ADV", "ADJ", "PUNCT", "CCONJ") for t in sent.doc[sent.start:span.start])


def _in_parenthesis(span: Span, sent: Span) -> bool:
    before = [t.text for t in sent.doc[sent.start:span.start]]
    opened = max((i for i, x in enumerate(before) if x in ("(", "\u2014", "--")), default=-1)
    return opened >= 0 and not any(x in (")",) for x in before[opened:]) and \
        span.start - sent.start - opened <= 6


def _under_noun(head: Token) -> bool:
    """The expression hangs on a noun before any verb (an object or a
    prepositional phrase on a noun: "the 2019 law", "talks on Monday's vote")."""
    cur = head
    for _ in range(4):
        if cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return False
        if cur.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def position(span: Span, trigger: Token) -> str:
    """The expression's position, first that fits, in :data:`POSITIONS` order."""
    sent, head = sent_of(span), span.root
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if _fronted(span, sent):
        if head.dep_ in NOUN_MOD_DEPS and head.head.dep_ in SUBJECT_DEPS \
                and head.head.i >= span.end:
            return "fronted_absorbed"
        return "fronted_comma" if nxt is not None and nxt.text == "," else "fronted_attached"
    lo, hi = sorted((trigger.i, span.start))
    if trigger.i < span.start and any(t.text in QUOTES for t in doc[lo:hi]):
        return "after_quote"
    if any(a.dep_ in ("appos", "parataxis") for a in head.ancestors if a.i >= sent.start) \
            or head.dep_ == "appos" or _in_parenthesis(span, sent):
        return "appositive"
    prev = doc[span.start - 1]
    if len(span) == 1 and head.lower_ in DAY_WORDS and prev.pos_ in ("NOUN", "PROPN"):
        return "bare_day_after_noun"
    if _under_noun(head):
        return "in_noun_phrase"
    return "post_verbal" if span.start > trigger.i else "pre_verbal"


def word_of(doc: Doc, trigger: Record) -> str:
    """How the trigger's first word stands in its span: ``single`` (one
    word), ``head`` (it is the span's head) or ``modifier`` (a pre-modifier
    of a later word of the span: "air" of "air strike")."""
    span = doc.char_span(trigger["start"], trigger["end"], alignment_mode="expand")
    if span is None or len(span) < 2:
        return "single"
    return "head" if span.root == span[0] else "modifier"


def _value(ev: Record | None) -> str | None:
    return ((ev or {}).get("time") or {}).get("value")


def rows_for(name: str, record: Record, doc: Doc, pred: list[Record]) -> list[Record]:
    rows = []
    timexes = [t for t in doc._.timexes if is_dated(t)]
    for gi, pi in match_events(record["events"], pred):
        p = pred[pi]
        trig = token_at(doc, p["trigger"]["start"])
        if trig is None:
            continue
        sent = sent_of(trig)
        for t in timexes:
            if not sent.start_char <= t.start < sent.end_char or t.value == _value(p):
                continue
            head = timex_head(doc, t)
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if head is None or span is None:
                continue
            gold_v = _value(record["events"][gi])
            rows.append({"set": name, "id": record["id"], "real": is_real(record),
                         "trigger": p["trigger"]["text"], "start": p["trigger"]["start"],
                         "word": word_of(doc, p["trigger"]), "timex": t.text, "value": t.value,
                         "pred": _value(p), "gold": gold_v, "gold_takes": gold_v == t.value,
                         "position": position(span, trig), "sentence": sent.text[:200]})
    return rows


def collect(pred_dir: Path, sets: list[str]) -> list[Record]:
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(components=("eventwire_timex",))
    rows: list[Record] = []
    for name in sets:
        gold = [json.loads(x) for x in (ROOT / "tests" / "data" / "records" / f"{name}.jsonl")
                .read_text(encoding="utf-8").splitlines() if x.strip()]
        preds = {p["id"]: p["events"] for p in
                 json.loads((pred_dir / f"{name}.pred.json").read_text(encoding="utf-8"))}
        for record, (_a, doc, reject) in zip(gold, pipe.docs(article_of(r) for r in gold),
                                             strict=True):
            if doc is None:
                raise SystemExit(f"EW900 {name}/{record['id']}: rejected ({reject})")
            rows += rows_for(name, record, doc, preds.get(record["id"], []))
    return rows


def table(rows: list[Record]) -> list[str]:
    """One line per position: events (real/own), gold takes it (real/own), sets."""
    out = ["position | events real/own | gold takes it real/own | sets (gold takes it)"]
    for pos in POSITIONS:
        mine = [r for r in rows if r["position"] == pos]
        took = [r for r in mine if r["gold_takes"]]
        sets = collections.Counter(r["set"].removeprefix("rec_") for r in took)
        out.append(f"{pos} | {len(mine)} ({sum(r['real'] for r in mine)}/"
                   f"{sum(not r['real'] for r in mine)}) | {len(took)} "
                   f"({sum(r['real'] for r in took)}/{sum(not r['real'] for r in took)}) | "
                   f"{len(sets)}: " + " ".join(f"{k}{v}" for k, v in sorted(sets.items())))
    return out


SHORT = {"fronted_absorbed": "abs", "fronted_comma": "fc", "fronted_attached": "fa",
         "after_quote": "q", "appositive": "app", "bare_day_after_noun": "bd",
         "in_noun_phrase": "np", "post_verbal": "post", "pre_verbal": "pre"}


def per_set(rows: list[Record]) -> list[str]:
    """One line per set: pairs not taken (real/own), then the positions of
    those gold takes, and how many of them sit on a compound noun's modifier."""
    out = ["set | not taken real/own | gold takes it: by position | on a modifier word"]
    for name in sorted({r["set"] for r in rows}, key=lambda n: (len(n), n)):
        mine = [r for r in rows if r["set"] == name]
        took = collections.Counter(SHORT[r["position"]] for r in mine if r["gold_takes"])
        mods = sum(r["gold_takes"] and r.get("word") == "modifier" for r in mine)
        out.append(f"{name} | {sum(r['real'] for r in mine)}/{sum(not r['real'] for r in mine)}"
                   f" | " + " ".join(f"{k}{v}" for k, v in sorted(took.items())) + f" | {mods}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    add_row_args(ap, Path("pred"))
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--show", default=None, help="print the rows of one position")
    ap.add_argument("--by-set", action="store_true", help="also one line per set")
    args = ap.parse_args()
    rows = rows_of(args, lambda pred: collect(pred, args.sets))
    print("\n".join(table(rows)))
    if args.by_set:
        print("\n".join(per_set(rows)))
    for r in rows:
        if r["position"] == args.show:
            print(f"{r['set']}/{r['id']} {'real' if r['real'] else 'own'} [{r['trigger']}] "
                  f"timex={r['timex']!r} pred={r['pred']} gold={r['gold']} | {r['sentence']}")


if __name__ == "__main__":
    main()
