"""Bucket the date errors of ``eventwire eval records`` predictions into classes.

    eventwire eval records --data tests/data/records/rec_f.jsonl --split all \\
        --predictions /tmp/rec_f.pred.jsonl
    python tools/date_error_classes.py tests/data/records/rec_f.jsonl:/tmp/rec_f.pred.jsonl ...

Each argument is ``GOLD:PREDICTIONS``. Matched events (the scorer's
one-to-one span match) whose date (value + granularity) or background flag
is wrong are put into the first class that fits (issue #12, branch dates3);
the classes are read off the gold and predicted time, the predicted anchor
and a few words of the trigger's sentence, so that the table can be rebuilt
on any record set without reading the errors one by one. ``--show CLASS``
prints the sentences of one class. ``--stories`` prints, for the real
outlets' texts only, each class's count with the number of distinct stories
(an ECB+ topic, else one GeoVirus or MEANTIME article) and sets it spans
(branch dates58): a rule wants a class that recurs across stories, not one
story told in several sets.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import date_right, match_events
from eventwire.stages.time.ranges import timex_range
from tools.topic_folds import ecb_topic, is_real

WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
FUTURE = re.compile(r"\b(will|would|plans?|planned|scheduled|expected|due to|set to|next)\b",
                    re.I)
PAST_PERFECT = re.compile(r"\bhad\b(?! to)", re.I)
REPORTED = re.compile(r"\b(said|says|told|according to|reported|added|announced)\b", re.I)
CLASSES = (
    "background flag only",
    "granularity mismatch",
    "publication date to undated event",
    "publication date to dated past event",
    "filing (dateline) day via the time line or a relation",
    "weekday resolved in the wrong direction",
    "future/planned event dated",
    "date given to undated event (own sentence's date)",
    "date given to undated event (text's time line)",
    "date given to undated event (other)",
    "dated event left undated (sentence has a date)",
    "dated event left undated (reported past perfect)",
    "dated event left undated (no date in sentence)",
    "wrong anchor in a narrative chain",
    "wrong date from own clause/sentence",
    "other",
)
DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]+,\s+([A-Z][a-z]{2,8}\.? \d{1,2})\b", re.M)


def sentence_of(text: str, offset: int) -> str:
    """The trigger's sentence, split on sentence-final punctuation and lines."""
    cuts = [m.end() - 1 for m in re.finditer(r"[.!?][\"”']?\s+(?=[A-Z\"“])", text[:offset])]
    start = max([text.rfind("\n", 0, offset), *cuts]) + 1
    ends = [i for i in (text.find("\n", offset),) if i >= 0]
    m = re.search(r"[.!?][\"”']?\s+(?=[A-Z\"“])", text[offset:])
    if m:
        ends.append(offset + m.end())
    return text[start:min(ends) if ends else len(text)].strip()


def dateline_day(text: str, published: str) -> str | None:
    """The ISO day of a wire dateline ("DUBAI, Oct 1 (Reuters) -") in the
    publication year, None without one."""
    m = DATELINE.search(text[:300])
    if m is None:
        return None
    month, day = m.group(1).replace(".", "").split()
    for fmt in ("%b %d", "%B %d"):
        try:
            parsed = datetime.strptime(f"{month[:3] if fmt == '%b %d' else month} {day}", fmt)
        except ValueError:
            continue
        return f"{published[:4]}-{parsed.month:02d}-{parsed.day:02d}"
    return None


def _range(value: str | None) -> tuple[str | None, str | None]:
    return timex_range(value) if value else (None, None)


def _overlaps(a: str | None, b: str | None) -> bool:
    (a0, a1), (b0, b1) = _range(a), _range(b)
    return None not in (a0, a1, b0, b1) and a0 <= b1 and b0 <= a1  # type: ignore[operator]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def classify(g: dict[str, Any], p: dict[str, Any], text: str, published: str) -> str | None:
    """The error class of one matched event, None when date and flag are right."""
    gt, pt = g.get("time") or {}, p.get("time") or {}
    gv, pv, anchor = gt.get("value"), pt.get("value"), pt.get("anchor")
    sent = sentence_of(text, p["trigger"]["start"])
    if date_right(g, p):
        return None if bool(gt.get("background")) == bool(pt.get("background")) \
            else "background flag only"
    if gv and pv and _overlaps(gv, pv):
        return "granularity mismatch"
    if pv == published and anchor == "publication":
        return "publication date to undated event" if gv is None \
            else "publication date to dated past event"
    if pv and anchor == "narrative" and pv == dateline_day(text, published):
        return "filing (dateline) day via the time line or a relation"
    gd, pd = _day(gv), _day(pv)
    if gd and pd and WEEKDAY.search(sent) and abs((gd - pd).days) == 7:
        return "weekday resolved in the wrong direction"
    if pv and (gv is None or gv > published) and FUTURE.search(sent):
        return "future/planned event dated"
    if gv is None:
        return {"sentence": "date given to undated event (own sentence's date)",
                "speech": "date given to undated event (own sentence's date)",
                "explicit": "date given to undated event (own sentence's date)",
                "narrative": "date given to undated event (text's time line)",
                }.get(anchor or "", "date given to undated event (other)")
    if pv is None:
        if re.search(r"\b(\d{4}|" + WEEKDAY.pattern[2:-2] + r"|January|February|March|April|"
                     r"May|June|July|August|September|October|November|December|yesterday|"
                     r"today|last (week|month|year)|ago|earlier)\b", sent):
            return "dated event left undated (sentence has a date)"
        if PAST_PERFECT.search(sent) and REPORTED.search(sent):
            return "dated event left undated (reported past perfect)"
        return "dated event left undated (no date in sentence)"
    if anchor == "narrative":
        return "wrong anchor in a narrative chain"
    if anchor in ("explicit", "sentence", "speech"):
        return "wrong date from own clause/sentence"
    return "other"


KINDS = ("wrong value", "wrong granularity", "dated, gold unknown", "unknown, gold dated",
         "wrong background flag")


def error_kind(g: dict[str, Any], p: dict[str, Any]) -> str | None:
    """The coarse kind of a date error (issue #12, branch dates9): a value
    where gold has none or the reverse, a right value at the wrong
    granularity, another value, or only the background flag wrong."""
    gt, pt = g.get("time") or {}, p.get("time") or {}
    gv, pv = gt.get("value"), pt.get("value")
    if date_right(g, p):
        return None if bool(gt.get("background")) == bool(pt.get("background")) \
            else "wrong background flag"
    if gv is None:
        return "dated, gold unknown"
    if pv is None:
        return "unknown, gold dated"
    return "wrong granularity" if _overlaps(gv, pv) else "wrong value"


def load_predictions(path: Path) -> list[dict[str, Any]]:
    """Predictions as JSON lines (``eval records --predictions``) or one JSON
    list (``tools/records_by_origin.py --out``)."""
    raw = path.read_text(encoding="utf-8")
    if raw.lstrip().startswith("["):
        return list(json.loads(raw))
    return [json.loads(x) for x in raw.splitlines() if x.strip()]


def _column(name: str, gold: dict[str, Any], by_origin: bool) -> str:
    if not by_origin:
        return name
    real = is_real(gold)
    return f"{name}:{'real' if real else 'own'}"


def buckets(pairs: list[tuple[Path, Path]], by_origin: bool = False
            ) -> tuple[dict[str, Counter[str]], list[tuple[str, str, str]]]:
    """Per set (per set and origin with ``by_origin``): class -> count, the
    error kinds under ``kind:`` and the number of matched events under
    ``matched``."""
    table: dict[str, Counter[str]] = {}
    examples: list[tuple[str, str, str]] = []
    for gold_path, pred_path in pairs:
        golds = {r["id"]: r for r in map(json.loads, gold_path.open())}
        for pred in load_predictions(pred_path):
            gold = golds[pred["id"]]
            counts = table.setdefault(_column(gold_path.stem, gold, by_origin), Counter())
            for gi, pi in match_events(gold["events"], pred["events"]):
                g, p = gold["events"][gi], pred["events"][pi]
                counts["matched"] += 1
                kind = error_kind(g, p)
                if kind is not None:
                    counts["kind:" + kind] += 1
                cls = classify(g, p, gold["text"], gold["published"])
                if cls is not None:
                    counts[cls] += 1
                    examples.append((cls, f"{gold['id']} {p['trigger']['text']!r}: gold "
                                     f"{(g.get('time') or {})} pred {(p.get('time') or {})}",
                                     sentence_of(gold["text"], p["trigger"]["start"])))
    return table, examples


def render(table: dict[str, Counter[str]]) -> str:
    """A markdown table, sets as columns; with origins, real and own totals too."""
    names = sorted(table)
    origins = sorted({n.split(":")[1] for n in names if ":" in n})
    heads = names + [f"all {o}" for o in origins] + ["all"]
    lines = ["| class | " + " | ".join(heads) + " |", "|---" * (len(heads) + 1) + "|"]
    for cls in ("matched", *("kind:" + k for k in KINDS), *CLASSES):
        row = [table[n][cls] for n in names]
        row += [sum(table[n][cls] for n in names if n.endswith(":" + o)) for o in origins]
        lines.append(f"| {cls} | " + " | ".join(map(str, row + [sum(row[:len(names)])])) + " |")
    return "\n".join(lines)


def story_of(record: dict[str, Any]) -> str:
    """The story of a real outlet's article: its ECB+ topic, else its source."""
    source = str(record.get("source", ""))
    return ecb_topic(source) or source


def story_spread(pairs: list[tuple[Path, Path]]) -> str:
    """Real texts only: class -> events, distinct stories, sets (markdown)."""
    counts: Counter[str] = Counter()
    stories: dict[str, set[str]] = {}
    sets: dict[str, set[str]] = {}
    for gold_path, pred_path in pairs:
        golds = {r["id"]: r for r in map(json.loads, gold_path.open())}
        for pred in load_predictions(pred_path):
            gold = golds[pred["id"]]
            if not is_real(gold):
                continue
            for gi, pi in match_events(gold["events"], pred["events"]):
                cls = classify(gold["events"][gi], pred["events"][pi], gold["text"],
                               gold["published"])
                if cls is not None:
                    counts[cls] += 1
                    stories.setdefault(cls, set()).add(story_of(gold))
                    sets.setdefault(cls, set()).add(gold_path.stem)
    lines = ["| class (real texts) | events | stories | sets |", "|---|---|---|---|"]
    lines += [f"| {c} | {n} | {len(stories[c])} | {len(sets[c])} |"
              for c, n in counts.most_common()]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs", nargs="+", help="GOLD.jsonl:PREDICTIONS.jsonl")
    ap.add_argument("--show", default=None, help="print the sentences of this class")
    ap.add_argument("--by-origin", action="store_true",
                    help="split each set into real-outlet and own articles")
    ap.add_argument("--stories", action="store_true",
                    help="real texts only: each class's events, distinct stories and sets")
    args = ap.parse_args()
    pairs = [(Path(a), Path(b)) for a, b in (s.split(":", 1) for s in args.pairs)]
    if args.stories:
        print(story_spread(pairs))
        return
    table, examples = buckets(pairs, args.by_origin)
    print(render(table))
    for cls, head, sent in examples:
        if args.show and args.show in cls:
            print(f"\n[{cls}] {head}\n    {sent}")


if __name__ == "__main__":
    main()
