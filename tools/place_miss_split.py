"""Split the two broad missed-place classes one level finer (place32).

    PYTHONPATH=. python tools/place_miss_split.py ROWS.jsonl [--sets rec_a ... rec_w]
        [--old ROWS.jsonl]

``ROWS`` from ``tools/event_place_rows.py``. For ``missed: gold toponym of
the sentence`` (the sentence names the gold place, none chosen) and
``missed: gold place from an earlier sentence (linked, not chosen)``, each
error gets one sub-class key, from a parse of its sentence (one spaCy call
per row, the pipeline's model):

* sentence class: what the rules made of the gold toponym (``rules=none``:
  rejected, else the basis the chooser then overrode) crossed with where it
  sits — the dependency of the phrase it heads (``up_to_phrase``), its
  preposition, whether its clause is the trigger's (``same``), governs it
  (``gov``) or is another (``other``), and a headline (no finite verb);
* linked class: whether the gold words open the second line (``lead``: an
  unread dateline) or not (``body``), the trigger's form (a noun with a definite determiner or a
  possessive: ``def-noun``; another noun; a verb) crossed with the distance
  back to the gold toponym (``gap``: full stops between its words and the
  sentence; 1 is the sentence just before, 0 a line break or a parser
  split), and whether the last place before the sentence is the gold one
  (``prev=right``) or another intervenes.

Prints counts only: per sub-class the errors, real / own and the sets
(no sentence text). With ``--old`` the same rows of another run are read
and each sub-class also gets its gains (wrong in ``--old``, right here)
and losses, counted over every row of the sub-class in either run.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import overlap, place_right
from tools.event_place_classes import error_class, real_articles

Row = dict[str, Any]
SENTENCE = "missed: gold toponym of the sentence"
LINKED = "missed: gold place from an earlier sentence (linked, not chosen)"


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    from eventwire.settings import Settings
    return spacy.load(Settings().model)


def _token_at(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


def _clause(tok: Any) -> Any:
    from eventwire.stages.geo.event_place import clause_head
    return clause_head(tok)


def sentence_key(row: Row) -> str:
    from eventwire.stages.geo.event_place import up_to_phrase
    gold, (s, _e) = row["gold"], row["sentence_span"]
    cand = next((c for c in row["cands"] if c["kind"] == "mention" and c["place"]
                 and overlap(gold, c["place"])), None)
    rules = "none" if cand is None else cand["place"].get("basis") or "none"
    doc = _nlp()(row["sentence"])
    place = _token_at(doc, gold["start"] - s, gold["end"] - s)
    trig = _trigger(doc, row)
    if place is None or trig is None:
        return f"rules={rules} noparse"
    head = up_to_phrase(place)
    rel = head.dep_
    if rel == "pobj":
        rel = f"pobj:{head.head.lower_}"
    headline = not any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                       for t in doc)
    own, tc = _clause(place), _clause(trig)
    where = "same" if own == tc else "gov" if own in trig.ancestors else "other"
    return f"rules={rules} {rel} {where}{' headline' if headline else ''}"


def _trigger(doc: Any, row: Row) -> Any:
    word = row["trigger"].split()[0].lower()
    for t in doc:
        if t.lower_ == word:
            return t
    return None


def linked_key(row: Row, texts: dict[tuple[str, str], str]) -> str:
    doc = _nlp()(row["sentence"])
    trig = _trigger(doc, row)
    if trig is None:
        form = "?"
    elif trig.pos_ == "NOUN":
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                       for c in trig.children)
        form = "def-noun" if definite else "noun"
    else:
        form = "verb"
    text = texts.get((row["set"], str(row["article"])), "")
    gap = text[row["gold"]["end"]:row["sentence_span"][0]].count(". ") if text else -1
    prev = next((c for c in row["cands"] if c["kind"] == "previous"), None)
    pr = "none" if prev is None else "right" if prev["right"] else "other"
    return f"{lead_line(text, row['gold'])} {form} " \
        f"gap={'0' if gap <= 0 else '1' if gap == 1 else '2-4' if gap <= 4 else '5+'} prev={pr}"


def lead_line(text: str, gold: Row) -> str:
    """``lead``: the gold words open the text's second line (a dateline the
    stage did not read as one: "PARIS, April 15, 2025 (AFP) -"); ``body``
    otherwise."""
    first = text.find("\n")
    start = gold.get("start")
    if first < 0 or start is None:
        return "body"
    return "lead" if start == first + 1 else "body"


def _texts(sets: list[str]) -> dict[tuple[str, str], str]:
    out = {}
    for s in sets:
        for line in Path(f"tests/data/records/{s}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out[(s, str(r["id"]))] = r["text"]
    return out


def _key(row: Row) -> tuple[str, str, str]:
    return (row["set"], str(row["article"]), f"{row['sentence_span'][0]}:{row['trigger']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--sets", nargs="*", default=[f"rec_{x}" for x in "abcdefghijklmnopqrstuvw"])
    ap.add_argument("--old", default=None)
    args = ap.parse_args()
    rows = [r for r in map(json.loads, open(args.rows, encoding="utf-8")) if r["set"] in args.sets]
    old = {_key(r): r for r in map(json.loads, open(args.old, encoding="utf-8"))} \
        if args.old else {}
    real, texts = real_articles(args.sets), _texts(args.sets)
    stats: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        was = old.get(_key(row), row)
        for r, tag in ((was, "before"), (row, "after")):
            if place_right(r["gold"], r["rule"]):
                continue
            cls = error_class(r, r["rule"])
            if cls not in (SENTENCE, LINKED):
                continue
            sub = (cls, sentence_key(r) if cls == SENTENCE else linked_key(r, texts))
            stats[sub][tag] += 1
            if tag == "before":
                stats[sub]["real" if (r["set"], str(r["article"])) in real else "own"] += 1
                sets[sub].add(r["set"])
                if place_right(row["gold"], row["rule"]):
                    stats[sub]["gain"] += 1
    print("| class | sub-class | errors | real / own | sets | gains (errors after) |")
    print("|---|---|---|---|---|---|")
    for (cls, sub), c in sorted(stats.items(), key=lambda kv: (kv[0][0], -kv[1]["before"])):
        short = "sentence" if cls == SENTENCE else "earlier"
        print(f"| {short} | {sub} | {c['before']} | {c['real']} / {c['own']} | "
              f"{len(sets[(cls, sub)])} | {c['gain']} ({c['after']}) |")


if __name__ == "__main__":
    main()
