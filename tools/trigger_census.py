"""The shared loop of the small trigger censuses (issue #12): predicted
events whose trigger matches a pattern, each put in a class by the tool,
counted as false or matched (against gold, ``eval.record_fields``) per class
and per class / origin, with the number of sets — ECB+ topics counted once —
the false ones fall in. Used by ``danger_doers_split`` (events42),
``emergency_call_split`` and ``hosted_split``, which differ only in their
trigger pattern and their classifier.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Token

from eventwire.eval.record_fields import match_events
from tools.topic_folds import SETS, ecb_topic, is_real, set_predictions, set_records

Record = dict[str, Any]


class Row(NamedTuple):
    """One predicted event of the census."""

    kind: str
    origin: str  # "real" or "own"
    matched: bool
    where: str  # the ECB+ topic, else the set name


def line_of(text: str, start: int) -> tuple[int, str]:
    """The offset and the text of the line holding ``start``."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", start)
    return s, text[s:len(text) if e < 0 else e]


def trigger_token(nlp: Language, text: str, trigger: Record) -> Token | None:
    """The token at the trigger's start, parsing only the trigger's line
    (the censuses classify with the bare spaCy model)."""
    s, line = line_of(text, trigger["start"])
    return next((t for t in nlp(line) if t.idx == trigger["start"] - s), None)


def trigger_rows(pred_dir: Path, pattern: re.Pattern[str],
                 classify: Callable[[Record, Record], str]) -> Iterator[Row]:
    """A row per predicted event of every development set whose trigger text
    matches ``pattern`` (from its start); ``classify(article, event)``."""
    for name in SETS:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            hit = {pi for _, pi in match_events(art.get("events", []), pred)}
            for i, ev in enumerate(pred):
                if pattern.match(ev["trigger"]["text"]):
                    yield Row(classify(art, ev), "real" if is_real(art) else "own", i in hit,
                              ecb_topic(art.get("source")) or name)


def print_table(rows: Iterable[Row], label: str) -> None:
    """The census as a Markdown table: false, matched and the sets of the
    false, per class and per class / origin."""
    false: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    spread: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for key in (r.kind, f"{r.kind} / {r.origin}"):
            if r.matched:
                matched[key] += 1
            else:
                false[key] += 1
                spread[key].add(r.where)
    print(f"| {label} | false | matched | sets of the false |\n|---|---|---|---|")
    for key in sorted(set(false) | set(matched)):
        print(f"| {key} | {false[key]} | {matched[key]} | {len(spread[key])} |")
