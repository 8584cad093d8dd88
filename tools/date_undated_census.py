"""Census of the events a prediction leaves undated when their sentence gives no date.

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/base
    PYTHONPATH=. python tools/date_undated_census.py /tmp/base [--by tense|act|para|prev]
        [--per-set]

Why (issue #12, branch dates19): the largest real-outlet date error class
of ``tools/date_error_classes.py`` is "dated event left undated (no date in
sentence)". A rule that dates such events must beat the events of the same
kind that gold leaves undated too. For every matched event that the
predictions leave undated and whose sentence has no date word, this table
says what gold gives it: no date (``none``), the publication day (``pub``),
the day before (``pub-1``), another day within a week (``week``), the
publication month (``month``), or anything else (``other``) — split by a
linguistic class of the trigger (``--by``). ``--by prev`` tells whether the
gold date is the day of the nearest earlier predicted dated event (a
specific day other than publication): what an episode-continuation rule
would give. ``--per-set`` splits the chosen class per set and origin, and
per ECB+ topic (stories recur across sets).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire.stages.time.act_kinds import ACT_KINDS
from tools.date_error_classes import load_predictions, sentence_of
from tools.topic_folds import is_real

SETS = "abcdefghijklmnopqrstuvw"
BY_KEYS = ("tense", "act", "para", "prev", "modality", "kind")
DATE_WORDS = re.compile(
    r"\b(\d{4}|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|yesterday|today|tonight|"
    r"last (week|month|year|night)|ago|earlier|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\b")
FORCE = {"ASSAULT", "COERCE", "PROTEST", "RETREAT", "THREATEN", "MOBILIZE"}
IRREGULAR_PAST = {"fled", "shot", "hit", "struck", "said", "told", "won", "lost", "met", "held",
                  "fought", "sent", "took", "gave", "made", "led", "stole", "threw", "broke",
                  "began", "left", "came", "went", "saw", "kept", "sought", "set", "put", "cut"}


def tense(before: str, trigger: str) -> str:
    """A rough tense/aspect class from the words just before the trigger."""
    if re.search(r"\b(has|have)( been| not| already| also| now)* $", before) \
            or re.search(r"\b(has|have) (been )?\w+ $", before):
        return "present perfect"
    if re.search(r"\bhad( been| not| already| also)* $", before):
        return "past perfect"
    if re.search(r"\b(will|would|to|could|may|might|must|should|can)( be| have| not)* $", before):
        return "modal/infinitive"
    if trigger.endswith("ed") or trigger.lower() in IRREGULAR_PAST:
        return "past simple"
    return "-ing" if trigger.endswith("ing") else "noun/other"


def gold_relation(gold: str | None, published: str) -> str:
    """What gold gives the event, relative to the publication day."""
    if gold is None:
        return "none"
    pub = date.fromisoformat(published)
    if gold == published:
        return "pub"
    if gold == str(pub - timedelta(days=1)):
        return "pub-1"
    if len(gold) == 10 and abs((date.fromisoformat(gold) - pub).days) <= 7:
        return "week"
    return "month" if gold[:7] == published[:7] else "other"


def previous_day(pred: dict[str, Any], sent_start: int) -> str | None:
    """The date of the nearest earlier predicted dated event, when it is a
    day other than publication."""
    dated = [e for e in pred["events"] if (e.get("time") or {}).get("value")
             and e["trigger"]["start"] < sent_start]
    if not dated:
        return None
    value = str(max(dated, key=lambda e: e["trigger"]["start"])["time"]["value"])
    return value if len(value) == 10 and value != pred["published"] else None


def predicted_story_day(pred: dict[str, Any]) -> str | None:
    """The story's day of ``eventwire.stages.time.story_day.story_day``,
    read off predicted events (dicts): the one recent day (within
    ``STORY_WINDOW_DAYS`` before publication) that a strict plurality, at
    least half, of the text-dated events fall on, dating a material act or
    meeting; None otherwise (branch dates32)."""
    from eventwire.stages.time.ranges import timex_range
    from eventwire.stages.time.story_day import MIN_SHARE, STORY_ANCHORS, STORY_WINDOW_DAYS

    pub = date.fromisoformat(pred["published"])
    first = str(pub - timedelta(days=STORY_WINDOW_DAYS))
    told = [e for e in pred["events"] if (e.get("time") or {}).get("value")
            and e["time"].get("anchor") in STORY_ANCHORS
            and (timex_range(e["time"]["value"])[1] or first) >= first]
    days = Counter(e["time"]["value"] for e in told if e["time"].get("granularity") == "day")
    ranked = days.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]) \
            or ranked[0][1] < MIN_SHARE * len(told):
        return None
    value = ranked[0][0]
    try:
        gap = (pub - date.fromisoformat(value)).days
    except ValueError:
        return None
    acts = [e for e in told if e["time"]["value"] == value
            and ACT_KINDS.get(e.get("type") or "", "other") in ("material", "meeting")]
    return value if acts and 0 <= gap <= STORY_WINDOW_DAYS else None


def rows(pred_dir: Path) -> list[dict[str, Any]]:
    """One row per matched event left undated whose sentence has no date word."""
    from eventwire.eval.record_fields import match_events

    out = []
    for s in SETS:
        gold_path = Path(f"tests/data/records/rec_{s}.jsonl")
        golds = {r["id"]: r for r in map(json.loads, gold_path.open())}
        for pred in load_predictions(pred_dir / f"rec_{s}.pred.json"):
            gold, text = golds[pred["id"]], golds[pred["id"]]["text"]
            for gi, pi in match_events(gold["events"], pred["events"]):
                g, p = gold["events"][gi], pred["events"][pi]
                start = p["trigger"]["start"]
                sent = sentence_of(text, start)
                if (p.get("time") or {}).get("value") or DATE_WORDS.search(sent):
                    continue
                gv = (g.get("time") or {}).get("value")
                prev = previous_day(pred, text.find(sent[:30]))
                story = predicted_story_day(pred)
                source = str(gold.get("source", ""))
                out.append({
                    "set": s, "origin": "real" if is_real(gold) else "own",
                    "topic": source.split(":")[1].split("_")[0]
                    if source.startswith("ecbplus:") else source.split(":")[0] or "own",
                    "gold": gold_relation(gv, gold["published"]),
                    "tense": tense(text[max(0, start - 25):start].lower(), p["trigger"]["text"]),
                    "act": "force" if g.get("type") in FORCE else "other",
                    "para": "lead" if "\n" not in text[:start] else "body",
                    "prev": "no earlier day" if prev is None else
                    "= earlier day" if gv == prev else "!= earlier day",
                    "modality": str(p.get("modality") or "none"),
                    "kind": ACT_KINDS.get(p.get("type") or "", "other"),
                    "story": "no story day" if story is None else
                    "= story day" if gv == story else "!= story day",
                })
    return out


def table(data: list[dict[str, Any]], key: str) -> str:
    """Origin x class -> gold relation counts, markdown."""
    rels = ("none", "pub", "pub-1", "week", "month", "other")
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in data:
        counts[(r["origin"], r[key])][r["gold"]] += 1
    lines = [f"| origin | {key} | " + " | ".join(rels) + " |", "|---" * (len(rels) + 2) + "|"]
    for (origin, cls), c in sorted(counts.items()):
        lines.append(f"| {origin} | {cls} | " + " | ".join(str(c[r]) for r in rels) + " |")
    return "\n".join(lines)


def spread(data: list[dict[str, Any]], key: str, anchor: str = "prev") -> str:
    """Class (``key`` x tense x paragraph) -> what the earlier predicted day
    (``anchor="prev"``) or the story's day (``"story"``) would do:
    gains, losses (gold undated), others, per origin, and the gain sets
    (branch dates32: the sub-class must gain in >= 5 sets)."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    gain_sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    field, same = ("prev", "= earlier day") if anchor == "prev" else ("story", "= story day")
    for r in data:
        if r[field].startswith("no "):
            continue
        cls = ("/".join(r[k] for k in key.split(",")), f"{r['tense']}, {r['para']}")
        out = "gain" if r[field] == same else "lose" if r["gold"] == "none" else "stay"
        counts[cls][f"{r['origin']} {out}"] += 1
        if out == "gain":
            gain_sets[cls].add(r["set"])
    lines = [f"| {key} | tense, paragraph | real +/-/= | own +/-/= | gain sets |",
             "|---|---|---|---|---|"]
    for cls, c in sorted(counts.items()):
        lines.append(f"| {cls[0]} | {cls[1]} | " + " | ".join(
            f"+{c[o + ' gain']} -{c[o + ' lose']} ={c[o + ' stay']}" for o in ("real", "own"))
            + f" | {len(gain_sets[cls])}: {''.join(sorted(gain_sets[cls]))} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--by", default="tense",
                    help="tense, act, para, prev, modality or kind; with --spread, several "
                         "joined by commas (modality,kind)")
    ap.add_argument("--per-set", action="store_true",
                    help="per set/origin and per topic for force acts in the past simple "
                         "after an earlier predicted day")
    ap.add_argument("--spread", action="store_true",
                    help="per class of --by x tense (after an earlier predicted day): what "
                         "taking that day would gain / lose / leave wrong, per origin, and "
                         "the sets of the gains")
    ap.add_argument("--anchor", default="prev", choices=("prev", "story"),
                    help="the day --spread tries: the nearest earlier predicted day, or the "
                         "story's day read off the predictions")
    args = ap.parse_args()
    keys = args.by.split(",")
    if set(keys) - set(BY_KEYS):
        ap.error(f"--by takes {', '.join(BY_KEYS)}")
    data = rows(args.pred_dir)
    print(table(data, keys[0]))
    if args.spread:
        print("\n" + spread(data, args.by, args.anchor))
    if args.per_set:
        chosen = [r for r in data if r["act"] == "force" and r["tense"] == "past simple"
                  and r["prev"] != "no earlier day"]
        for field in ("set", "topic"):
            per: dict[str, Counter[str]] = defaultdict(Counter)
            for r in chosen:
                name = f"{r[field]}:{r['origin']}" if field == "set" else r[field]
                per[name]["gain" if r["prev"] == "= earlier day" else
                          "lose" if r["gold"] == "none" else "stay"] += 1
            print(f"\n{field}: " + ", ".join(f"{k} +{c['gain']} -{c['lose']} ={c['stay']}"
                                             for k, c in sorted(per.items())))


if __name__ == "__main__":
    main()
