"""How broad each error class is over the development record sets (issue #12,
branch census22): a census to steer the next rounds, no rule changes.

    PYTHONPATH=. python tools/event_place_rows.py ROWS.jsonl tests/data/records/rec_?.jsonl
    PYTHONPATH=. python tools/error_breadth.py --pred /work/notes/m39 \\
        --place-rows ROWS.jsonl [--sets rec_a ...] [--json OUT.json] > breadth.md

``topic_folds.SETS`` (the default) now holds rec_x, which stays blind for
some helpers: name the development sets with ``--sets rec_a … rec_w`` then
(branch modality33).

Why: every set rec_d..rec_ap was labelled before it was first run, so an
error class that shows up in many sets, none of which holds most of its
errors, is one new text brings; a class that lives in two or three sets is
one a development fix will not carry to held-out text.

Each error of the predictions (``records_by_origin.py --out`` folders) is
put into a class by the existing classifiers, reused, not copied:

* ``event:false`` / ``event:missed``: ``event_error_classes.fp_class`` /
  ``fn_class`` on the predicted and gold triggers (``filtered`` cannot be
  told from predictions: a gold event the filter dropped falls in its
  construction class);
* ``type``: the confusion gold -> predicted type on matched events;
* ``mode``: on matched, right-typed events (as ``mode_errors.rows``, whose
  class is the confusion; its reader is tied to one fixed list of sets),
  "TYPE: gold -> predicted";
* ``actor``: ``actor_errors.classify`` ("group: class");
* ``recipient``: ``recipient_errors.outcome`` / ``construction``;
* ``date``: ``date_error_classes.classify``;
* ``place``: ``event_place_classes.error_class`` over the rows of
  ``event_place_rows.py`` (the pipeline's place, key ``rule``);
* ``modality`` / ``speaker_chain``: ``chain_breadth.chain_errors`` on matched
  events ("gold -> predicted / cue class"; "speaker missed / cue class" ...,
  the kinds of ``speaker_errors``, branch modality33).

Per class: total, real / own (real = an ``ecbplus:``, ``geovirus:`` or
``meantime:`` source), the number of sets it appears in, and the share of
its errors in its largest set. A class is **broad** when it appears in at
least ``MIN_SETS`` sets and no set holds more than ``MAX_SHARE`` of it.
Only counts and class names are printed, never a sentence.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from eventwire.eval.record_fields import match_events, participant_right, place_right
from eventwire.models import EventMention, Span
from tools import (
    actor_errors,
    chain_breadth,
    date_error_classes,
    event_error_classes,
    event_place_classes,
    recipient_errors,
)
from tools.census_io import parsed_records, predictions
from tools.topic_folds import SETS, is_real, set_records

Record = dict[str, Any]
MIN_SETS = 8
MAX_SHARE = 0.25
FIELDS = ("event:false", "event:missed", "type", "mode", "actor", "recipient", "date", "place",
          "modality", "speaker_chain")


@dataclass(frozen=True)
class Error:
    """One error: its field, class, record set and origin."""

    field: str
    cls: str
    set: str
    real: bool
    key: str = ""  # article and trigger offsets: the same error in two runs


@dataclass(frozen=True)
class Breadth:
    """The spread of one (field, class) over the sets."""

    field: str
    cls: str
    total: int
    real: int
    own: int
    sets: int
    top_set: str
    top_share: float

    def broad(self, min_sets: int = MIN_SETS, max_share: float = MAX_SHARE) -> bool:
        return self.sets >= min_sets and self.top_share <= max_share


def breadth(errors: Iterable[Error]) -> list[Breadth]:
    """One row per (field, class), by field then descending total."""
    per_set: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    real: Counter[tuple[str, str]] = Counter()
    for e in errors:
        per_set[(e.field, e.cls)][e.set] += 1
        real[(e.field, e.cls)] += e.real
    out = []
    for (fld, cls), sets in per_set.items():
        total = sum(sets.values())
        top, n = sets.most_common(1)[0]
        out.append(Breadth(fld, cls, total, real[(fld, cls)], total - real[(fld, cls)],
                           len(sets), top, n / total))
    order = {f: i for i, f in enumerate(FIELDS)}
    return sorted(out, key=lambda b: (order.get(b.field, len(order)), -b.total, b.cls))


def type_class(g: Record, p: Record) -> str | None:
    """The type confusion of a matched event, None when the type is right."""
    return None if g["type"] == p["type"] else f"{g['type']} -> {p['type']}"


def mode_class(row: Record) -> str | None:
    """The mode confusion of a ``mode_errors.rows`` row, None when right."""
    if row["gold"] == row["pred"]:
        return None
    return f"{row['type']}: {row['gold']} -> {row['pred']}"


def date_class(g: Record, p: Record, record: Record) -> str | None:
    return date_error_classes.classify(g, p, record["text"], record["published"])


def _mention(p: Record) -> EventMention:
    """A predicted event as the fields ``fp_class`` reads (trigger, no content_of)."""
    t = p["trigger"]
    return EventMention(trigger=Span(t["text"], t["start"], t["end"]), type=p["type"],
                        sentence=Span("", 0, 0))


Found = tuple[str, str, str]  # field, class, trigger offsets


def _at(t: Record) -> str:
    return f"{t['start']}-{t['end']}"


def matched_split(gold: list[Record], pred: list[Record]
                  ) -> tuple[set[int], set[int], list[Record], list[Record]]:
    """The matched gold and predicted indices, and the gold events matched
    ("taken") and not ("untaken"): the context a false event's class reads
    (``event_error_classes.fp_class``)."""
    pairs = match_events(gold, pred)
    got_g, got_p = {g for g, _ in pairs}, {p for _, p in pairs}
    return (got_g, got_p, [gold[g] for g in got_g],
            [gold[g] for g in range(len(gold)) if g not in got_g])


def detection_errors(record: Record, pred: list[Record], doc: Doc,
                     political: set[int]) -> Iterator[Found]:
    """(field, class, key) of each false and missed event of one article."""
    gold = record["events"]
    got_g, got_p, taken, untaken = matched_split(gold, pred)
    seen: set[str] = set()
    for i, p in sorted(enumerate(pred), key=lambda x: x[1]["trigger"]["start"]):
        tok = event_error_classes.token_at(doc, p["trigger"]["start"], p["trigger"]["end"])
        if tok is None:
            continue
        if i not in got_p:
            ctx = {"taken": taken, "untaken": untaken, "earlier_lemmas": seen,
                   "sent_political": tok.sent.start in political}
            yield ("event:false", event_error_classes.fp_class(tok, _mention(p), doc, ctx),
                   _at(p["trigger"]))
        seen.add(tok.lemma_.lower())
    earlier: set[str] = set()
    for gi, g in sorted(enumerate(gold), key=lambda x: x[1]["trigger"]["start"]):
        tok = event_error_classes.token_at(doc, g["trigger"]["start"], g["trigger"]["end"])
        if gi not in got_g:
            yield ("event:missed", event_error_classes.fn_class(tok, g, doc, earlier, False),
                   _at(g["trigger"]))
        earlier.add(g["trigger"]["text"].lower())
        if tok is not None:
            earlier.add(tok.lemma_.lower())


def participant_errors(record: Record, pred: list[Record], doc: Doc) -> Iterator[Found]:
    """(field, class, key) of each wrong actor and recipient of the matched events."""
    gold = record["events"]
    for gi, pi in match_events(gold, pred):
        g, p = gold[gi], pred[pi]
        if not participant_right(g.get("actor"), p.get("actor")):
            trig = actor_errors.span_head(doc, g["trigger"])
            if trig is not None:
                group, cls = actor_errors.classify(doc, g.get("actor"), p.get("actor"),
                                                   g.get("recipient"), trig)
                yield "actor", f"{group}: {cls}", _at(g["trigger"])
        oc = recipient_errors.outcome(g.get("recipient"), p.get("recipient"))
        if oc != "right":
            m = g.get("recipient") or p.get("recipient")
            cons = "-" if m is None else recipient_errors.construction(doc, g["trigger"], m)
            yield "recipient", f"{oc} / {cons}", _at(g["trigger"])


def doc_free_errors(record: Record, pred: list[Record]) -> Iterator[Found]:
    """(field, class, key) of each wrong type, mode and date of the matched
    events; the mode on right-typed events only, as ``mode_errors.rows``."""
    gold = record["events"]
    for gi, pi in match_events(gold, pred):
        g, p = gold[gi], pred[pi]
        mode = None if g["type"] != p["type"] else mode_class(
            {"type": g["type"], "gold": g.get("mode"), "pred": p.get("mode")})
        for fld, cls in (("type", type_class(g, p)), ("mode", mode),
                         ("date", date_class(g, p, record))):
            if cls is not None:
                yield fld, cls, _at(g["trigger"])


def place_errors(rows_path: Path, sets: set[str], real_ids: set[tuple[str, str]]
                 ) -> Iterator[Error]:
    """Place errors of the ``event_place_rows.py`` rows (the pipeline's place)."""
    for line in rows_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["set"] not in sets or place_right(row["gold"], row["rule"]):
            continue
        cls = event_place_classes.error_class(row, row["rule"])
        yield Error("place", cls, row["set"], (row["set"], str(row["article"])) in real_ids)


def parsed_errors(records: list[Record], runs: dict[str, dict[str, list[Record]]],
                  old_sets: set[str]) -> Iterator[tuple[str, Error]]:
    """(run, error): detection, actor, recipient, type, mode and date errors of
    each run's predictions; one parse per article (spaCy + the actor stage,
    as ``actor_errors`` parses) serves every run."""
    for record, doc, name in parsed_records(records):
        political = event_error_classes.political_sents(doc, list(doc._.actor_mentions or []))
        for run, preds in runs.items():
            if run == "old" and record["_set"] not in old_sets:
                continue
            pred = preds[name]
            found = [*detection_errors(record, pred, doc, political),
                     *participant_errors(record, pred, doc), *doc_free_errors(record, pred),
                     *chain_breadth.chain_errors(record, pred, doc)]
            for fld, cls, key in found:
                yield run, Error(fld, cls, record["_set"], is_real(record), f"{name}@{key}")


def fixed(old: Iterable[Error], new: Iterable[Error]) -> list[Error]:
    """The errors of the old run the new run no longer makes (same field, same
    article and trigger), each with its class in the old run. A field of a
    matched event counts as fixed only where the new run still matches the
    gold event (and, for the mode, types it right)."""
    now = {(e.field, e.key) for e in new}
    lost = {e.key for e in new if e.field == "event:missed"}
    retyped = {e.key for e in new if e.field == "type"}

    def gone(e: Error) -> bool:
        if (e.field, e.key) in now or e.field != "event:false" and e.key in lost:
            return False
        return not (e.field == "mode" and e.key in retyped)
    return [e for e in old if gone(e)]


def render(rows: list[Breadth], n_sets: int) -> str:
    """Markdown: per field, the broad classes then the narrow ones."""
    out = [f"sets {n_sets}; broad = in >= {MIN_SETS} sets and no set > {MAX_SHARE:.0%} "
           "of the class's errors", ""]
    for fld in FIELDS:
        mine = [b for b in rows if b.field == fld]
        if not mine:
            continue
        total = sum(b.total for b in mine)
        broad = sum(b.total for b in mine if b.broad())
        out += [f"### {fld}: {total} errors, {broad} in broad classes", "",
                "| class | breadth | total | real | own | sets | top set | top share |",
                "|---|---|---|---|---|---|---|---|"]
        for b in sorted(mine, key=lambda b: (not b.broad(), -b.total)):
            out.append(f"| {b.cls} | {'broad' if b.broad() else 'narrow'} | {b.total} | "
                       f"{b.real} | {b.own} | {b.sets} | {b.top_set} | {b.top_share:.2f} |")
        out.append("")
    return "\n".join(out)


def render_fixed(old: list[Error], new: list[Error], n_sets: int) -> str:
    """Markdown: the errors of the old run the new one fixed, per old class,
    with that class's breadth in the old run (over the new run's sets only)."""
    sets = {e.set for e in old}
    census = {(b.field, b.cls): b for b in breadth(old)}
    gone = breadth(fixed(old, [e for e in new if e.set in sets]))
    out = [f"## errors fixed since the old run ({n_sets} sets), by their old class", "",
           "| field | old class | class breadth (old run) | class total | fixed | real | own "
           "| sets of the fixes | top set of the fixes |", "|---|---|---|---|---|---|---|---|---|"]
    for b in sorted(gone, key=lambda b: (FIELDS.index(b.field), -b.total)):
        c = census[(b.field, b.cls)]
        out.append(f"| {b.field} | {b.cls} | {'broad' if c.broad() else 'narrow'} "
                   f"({c.sets} sets, top {c.top_share:.2f}) | {c.total} | {b.total} | {b.real} | "
                   f"{b.own} | {b.sets} | {b.top_set} {b.top_share:.2f} |")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pred", type=Path, required=True, help="records_by_origin --out folder")
    ap.add_argument("--place-rows", type=Path, help="event_place_rows.py output")
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--old", type=Path, help="an earlier run's folder: where its fixes fell")
    ap.add_argument("--json", type=Path, help="write the rows as JSON here too")
    args = ap.parse_args()
    records = set_records(args.sets)
    runs = {"new": predictions(args.pred, args.sets)}
    old_sets = [s for s in args.sets if args.old and (args.old / f"{s}.pred.json").exists()]
    if args.old:
        runs["old"] = predictions(args.old, old_sets)
    found: dict[str, list[Error]] = {"new": [], "old": []}
    for run, e in parsed_errors(records, runs, set(old_sets)):
        found[run].append(e)
    errors = found["new"]
    if args.place_rows:
        real_ids = {(r["_set"], str(r["id"])) for r in records if is_real(r)}
        errors += place_errors(args.place_rows, set(args.sets), real_ids)
    rows = breadth(errors)
    if args.json:
        args.json.write_text(json.dumps([asdict(b) for b in rows], indent=1), encoding="utf-8")
    print(render(rows, len(args.sets)))
    if args.old:
        print(render_fixed(found["old"], found["new"], len(old_sets)))


if __name__ == "__main__":
    main()
