"""Split the place-only errors one level finer (place34).

    PYTHONPATH=. python tools/place_only_split.py ROWS.jsonl --pred PRED_DIR
        [--sets rec_a,rec_b ...] [--min-sets N]

``ROWS`` from ``tools/event_place_rows.py``; ``PRED_DIR`` a
``records_by_origin.py --out`` folder of the same run. An error is
*place-only* when the place is the one field of a matched event that is
wrong (``eval.records.field_results``), the events a right place would
turn into full records. Each such error gets one key of three parts:

* outcome: ``missed`` (gold has a place, none predicted), ``spurious``
  (gold has none) or ``wrong`` (both, more than 161 km apart);
* where the right place is: for a missed or wrong place, the dateline
  (``dateline``), the headline (``headline``: the gold words lie above
  the dateline header while the event's sentence is below it), the event's
  sentence — split by what the rules made of the gold toponym there
  (``sentence:trigger`` / ``clause`` / ``sentence`` / ``rejected``, or
  ``sentence:unfound`` when no candidate holds its words) —, an earlier
  sentence (``earlier:prev`` when the last place before the sentence is
  gold's, else ``earlier:other``), a later one, the article's focus
  (``focus``: gold lies within 161 km of it and names no word before);
  for a spurious place, the basis of the predicted one;
* precision: the gold place (or for spurious the predicted one) a country
  (``country``) or finer (``local``).

Prints counts only: per key the errors, real / own and the number of sets
(no sentence text); ``--min-sets`` keeps the keys spread over at least that
many sets.

With ``--sequence`` (place35) a stated place the rules gave (spurious or
wrong, basis ``trigger`` / ``clause`` / ``sentence``) gets a fourth part,
a cue of its sentence's time frame read off the text (no parse): ``later``
(an adverb of sequence or a reply, ``later_step.LATER_ADVERBS`` or "in
response / retaliation / reply"), ``history`` (the sentence opens with a
past year: "In March 2016, ...", "During 1998 ..."), else ``plain``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import km_between, overlap, place_right, stated_place
from eventwire.eval.records import field_results, match_events
from eventwire.stages.geo.later_step import LATER_ADVERBS, REPLY_NOUNS
from tools.event_place_classes import _country_name, real_articles
from tools.topic_folds import SET_LETTERS, set_predictions, set_records, sets_from_flag

Row = dict[str, Any]
Key = tuple[str, str, int]
STATED = {"trigger", "clause", "sentence"}
_ADVERBS, _REPLIES = "|".join(sorted(LATER_ADVERBS)), "|".join(sorted(REPLY_NOUNS))
LATER_CUE = re.compile(rf"\b(?:{_ADVERBS}|in (?:{_REPLIES}))\b", re.I)
HISTORY_CUE = re.compile(r"^\s*(?:In|During|By|Back in)\s+(?:(?:early|late|mid-)\s*)?"
                         r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")


def place_only(pred_dir: Path, sets: list[str]) -> set[Key]:
    """(article, gold trigger text, gold trigger start) of every matched
    event whose one wrong field is the place."""
    out: set[Key] = set()
    for s in sets:
        by = set_predictions(pred_dir, s)
        for r in set_records([s]):
            g, p = r.get("events", []), by.get(str(r["id"]), [])
            for gi, pi in match_events(g, p):
                wrong = [k for k, ok in field_results(g[gi], p[pi]).items() if not ok]
                if wrong == ["place"]:
                    t = g[gi]["trigger"]
                    out.add((str(r["id"]), t["text"], t["start"]))
    return out


def row_key(row: Row, keys: dict[str, list[Key]]) -> Key | None:
    """The place-only key a row stands for, if any (its gold trigger lies in
    the row's sentence); ``keys`` by article."""
    s, e = row["sentence_span"]
    return next((k for k in keys.get(str(row["article"]), [])
                 if k[1] == row["trigger"] and s <= k[2] < e), None)


def by_article(keys: set[Key]) -> dict[str, list[Key]]:
    out: dict[str, list[Key]] = defaultdict(list)
    for k in keys:
        out[k[0]].append(k)
    return out


def _near(a: Row | None, b: Row | None) -> bool:
    return bool(a and b and a.get("lat") is not None and b.get("lat") is not None
                and km_between(a, b) <= 161)


def _first_line_end(row: Row) -> int:
    h = row["header"]
    return h[0] if h[1] else -1


def where(row: Row) -> str:
    """Where the right place is (module docstring)."""
    gold = row["gold"]
    h, (s, e) = row["header"], row["sentence_span"]
    if (h[1] and overlap(gold, {"start": h[0], "end": h[1]})) or _near(gold, row["dateline"]):
        return "dateline"
    start = gold.get("start")
    if start is None:
        return "focus" if _near(gold, row["focus"]) else "unknown"
    if s <= start < e:
        for c in row["cands"]:
            if c["kind"] == "mention" and overlap(gold, c["place"]):
                basis = c["place"]["basis"]
                return f"sentence:{'rejected' if basis == 'none' else basis}"
        return "sentence:unfound"
    if start < s and start < _first_line_end(row) <= s:
        return "headline"
    if start < s:
        prev = next((c for c in row["cands"] if c["kind"] == "previous"), None)
        return "earlier:prev" if prev and prev["right"] else "earlier:other"
    return "later"


def split_key(row: Row) -> str:
    """The sub-class of one wrong place (module docstring)."""
    gold, pred = row["gold"], stated_place(row["rule"])
    if gold is None:
        prec = "country" if pred and pred.get("precision") == "country" else "local"
        return f"spurious {pred['basis'] if pred else '?'} {prec}"
    prec = "country" if _country_name(gold.get("text") or "") else "local"
    outcome = "missed" if pred is None else "wrong"
    return f"{outcome} {where(row)} {prec}"


def sequence_cue(row: Row) -> str | None:
    """The time-frame cue of a stated place's sentence (module docstring);
    None for a row whose predicted place is not stated."""
    pred = stated_place(row["rule"])
    if pred is None or pred.get("basis") not in STATED:
        return None
    text = str(row["sentence"])
    if LATER_CUE.search(text):
        return "later"
    return "history" if HISTORY_CUE.search(text) else "plain"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--sets", default=SET_LETTERS)
    ap.add_argument("--min-sets", type=int, default=1)
    ap.add_argument("--sequence", action="store_true",
                    help="add the sentence's time-frame cue to stated places")
    args = ap.parse_args()
    sets = list(sets_from_flag(args.sets))
    rows = [r for r in (json.loads(line) for line in open(args.rows, encoding="utf-8"))
            if r["set"] in sets]
    keys, real = by_article(place_only(args.pred, sets)), real_articles(sets)
    errs: Counter[str] = Counter()
    by_origin: Counter[tuple[str, bool]] = Counter()
    spread: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if place_right(row["gold"], row["rule"]) or row_key(row, keys) is None:
            continue
        k = split_key(row)
        cue = sequence_cue(row) if args.sequence else None
        k = f"{k} {cue}" if cue else k
        errs[k] += 1
        by_origin[(k, (row["set"], str(row["article"])) in real)] += 1
        spread[k].add(row["set"])
    print(f"place-only errors: {sum(errs.values())}")
    print("| sub-class | errors | real / own | sets |")
    print("|---|---|---|---|")
    for k, n in errs.most_common():
        if len(spread[k]) >= args.min_sets:
            print(f"| {k} | {n} | {by_origin[(k, True)]} / {by_origin[(k, False)]} "
                  f"| {len(spread[k])} |")


if __name__ == "__main__":
    main()
