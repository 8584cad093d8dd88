"""Audit of the gold event dates of the record sets (issue #12, branch dateaudit).

Why: a learned date chooser did not transfer between the real-outlet record
sets (docs/BENCHMARKS.md "dates10"). This script reads only the gold JSONL
(no pipeline, no spaCy) and sorts every event by the *evidence* its text
gives for a date (headline, quote, planned act, explicit date, relative
expression, recollection, undated past act, ongoing state, ...), then counts
how each set labels that evidence (publication day, day before, other day,
week, month, year, null). Classes where the sets disagree point at gold
inconsistency rather than system error. The evidence is found by regular
expressions on the trigger's sentence, so it is an approximation; the
classes and their cues are documented in docs/annotation_audit.md.

Usage: python tools/date_gold_audit.py [--sets a,b,...] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RECORDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "records"
IRREALIS = {"future", "hypothetical", "conditional", "threatened", "demanded"}
VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT"}
MONTHS = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan.": 1,
    "Feb.": 2,
    "Aug.": 8,
    "Sept.": 9,
    "Sep.": 9,
    "Oct.": 10,
    "Nov.": 11,
    "Dec.": 12,
}
_MON = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
EXPLICIT = re.compile(
    rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MON})(?:,?\s+(?P<y1>(?:19|20)\d\d))?)"
    rf"|(?:(?P<m2>{_MON})(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y2>(?:19|20)\d\d))?)"
    r"|(?:\b(?P<y3>(?:19|20)\d\d)\b(?![,.]?\d))"
)
REL_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|this (?:morning|afternoon|evening)|last night|overnight"
    r"|earlier today|now)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
)
REL_OLD = re.compile(
    r"\b(?:last (?:month|year)|earlier this year|(?:a|one|two|three|four|five|six|several|\d+)"
    r" (?:months?|years?|decades?) ago|(?:two|three|four|\d+) weeks ago|anniversary)\b",
    re.I,
)
REL_PERIOD = re.compile(
    r"\b(?:last week|last weekend|this (?:week|month|year)|earlier this (?:week|month)"
    r"|(?:over )?the weekend|a week ago"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) days ago)\b",
    re.I,
)
CHAIN = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|\d+|several) (?:days?|hours?|weeks?|months?|years?)"
    r" (?:later|earlier|after|before)|the (?:same|next|following|previous) day"
    r"|hours (?:later|earlier)|the day before|later that day)\b",
    re.I,
)
SINCE = re.compile(r"\bsince\b", re.I)
PERFECT = re.compile(
    r"\b(?:has|have|had|'ve)(?:\s+(?:not|also|already|since|been|repeatedly|long|now))*\s+$"
)
ONGOING = re.compile(r"\b(?:still|continues? to|continued to|keeps?|keep on)\s+(?:\w+\s+)?$", re.I)
PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:\w+\s+)?$", re.I)
DATELINE = re.compile(
    rf"^[A-Z][\w .'’,()/-]{{0,60}}?,\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"(?:{_MON}|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.?"
    r"\s*\d{0,2},?\s*(?:\d{4})?\s*(?:\([^)]*\))?\s*[-—–]+"
)
ABBREV = re.compile(
    r"(?:\b[A-Z]\.|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|No|Gov|Sen|Rep|Capt|Maj|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Jr|Sr|Inc|Co|Corp|vs|Prof)\.$"
)


@dataclass
class Row:
    """One gold event with its evidence class and label kind."""

    set: str
    origin: str
    eid: str
    trigger: str
    cls: str
    kind: str
    granularity: str
    background: bool | None
    value: str | None
    published: str
    context: str = ""


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Return the sentence around `pos` (paragraph split, then ./!/? + space + capital)."""
    para_start = text.rfind("\n", 0, pos) + 1
    para_end = text.find("\n", pos)
    para_end = len(text) if para_end < 0 else para_end
    start = para_start
    for m in re.finditer(r"[.!?][\"”’']?\s+(?=[A-Z“\"‘'])", text[para_start:para_end]):
        cut = para_start + m.end()
        head = text[para_start : para_start + m.start() + 1]
        if ABBREV.search(head.split()[-1] if head.split() else ""):
            continue
        if cut <= pos:
            start = cut
        else:
            return start, cut
    return start, para_end


def in_quote(text: str, pos: int) -> bool:
    """True when `pos` lies inside quotation marks of its paragraph."""
    para_start = text.rfind("\n", 0, pos) + 1
    before = text[para_start:pos]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


def to_date(s: str) -> dt.date | None:
    """Parse an ISO day, or None."""
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def explicit_is_old(m: re.Match[str], pub: dt.date) -> bool:
    """True when an explicit date expression lies more than 7 days before publication."""
    year_s = m.group("y1") or m.group("y2") or m.group("y3")
    mon_s = m.group("m1") or m.group("m2")
    day_s = m.group("d1") or m.group("d2")
    year = int(year_s) if year_s else None
    if mon_s is None:
        return year is not None and year < pub.year
    mon = MONTHS[mon_s]
    if year is None:
        year = pub.year if mon <= pub.month else pub.year - 1
    day = (
        int(day_s)
        if day_s and 1 <= int(day_s) <= 31
        else 28
        if (year, mon) < (pub.year, pub.month)
        else 1
    )
    try:
        when = dt.date(year, mon, min(day, 28) if not day_s else day)
    except ValueError:
        return False
    if not day_s and (year, mon) == (pub.year, pub.month):
        return False
    return (pub - when).days > 7


def nearest_expression(sent: str, rel: int, pub: dt.date) -> str | None:
    """Kind of the date expression nearest to the trigger in its sentence, or None."""
    found: list[tuple[int, str]] = []

    def add(rx: re.Pattern[str], kind: str) -> None:
        for m in rx.finditer(sent):
            if m.group(0).strip() == "":
                continue
            if kind == "explicit":
                if m.group("m2") == "May" and not (m.group("d2") or m.group("y2")):
                    continue
                k = "recollection" if explicit_is_old(m, pub) else "explicit"
            else:
                k = kind
            dist = (
                0 if m.start() <= rel < m.end() else min(abs(m.start() - rel), abs(m.end() - rel))
            )
            found.append((dist, k))

    add(EXPLICIT, "explicit")
    add(REL_DAY, "relative")
    add(REL_PERIOD, "relative")
    add(REL_OLD, "recollection")
    add(CHAIN, "chain")
    add(SINCE, "since")
    if not found:
        return None
    return min(found)[1]


def label_kind(
    time: dict[str, Any] | None, published: str
) -> tuple[str, str, bool | None, str | None]:
    """(kind, granularity, background, value) of a gold time relative to publication."""
    if not time or time.get("value") is None:
        return (
            "null",
            (time or {}).get("granularity", "unknown"),
            (time or {}).get("background"),
            None,
        )
    val = str(time["value"])
    gran = str(time.get("granularity"))
    pub = to_date(published)
    day = to_date(val) if len(val) == 10 else None
    if day is not None and pub is not None:
        delta = (pub - day).days
        kind = (
            "pub"
            if delta == 0
            else "pub-1"
            if delta == 1
            else "day<=7"
            if 1 < delta <= 7
            else "day>7"
            if delta > 7
            else "day-future"
        )
    elif "W" in val:
        kind = "week"
    elif len(val) == 7:
        kind = "month"
    elif len(val) == 4:
        kind = "year"
    else:
        kind = "other"
    return kind, gran, time.get("background"), val


def classify(doc: dict[str, Any], idx: int, ev: dict[str, Any], dated_clusters: set[str]) -> str:
    """Evidence class of one event (precedence: headline, irrealis, quote, expression, tense)."""
    text: str = doc["text"]
    pos = int(ev["trigger"]["start"])
    first_nl = text.find("\n")
    if 0 <= pos < (first_nl if first_nl >= 0 else 0):
        return "headline"
    pub = to_date(doc["published"]) or dt.date(2000, 1, 1)
    s, e = sentence_bounds(text, pos)
    sent = text[s:e]
    dl = DATELINE.match(sent)
    if dl:
        sent = " " * dl.end() + sent[dl.end() :]
    expr = nearest_expression(sent, pos - s, pub)
    # A threat or demand as a speech act happened (THREATEN/REQUEST with modality
    # threatened/demanded): it is dated like any statement, not like a planned act.
    speech_irrealis = ev.get("type") in {"THREATEN", "REQUEST"} and ev.get("modality") in {
        "threatened",
        "demanded",
    }
    if ev.get("modality") in IRREALIS and not speech_irrealis:
        return (
            "future/irrealis, no expression" if expr is None else "future/irrealis, date expression"
        )
    if in_quote(text, pos):
        # Quoted threats, demands and refusals ("will take all measures", "will not
        # back down") are the content of a speech act, not a reported past act.
        realis = ev.get("modality") in {"asserted", "reported", "denied"}
        return "quote (realis)" if realis else "quote (threat/demand/negated)"
    if expr is not None:
        return {
            "since": "ongoing (since X)",
            "recollection": "recollection (old date)",
            "explicit": "explicit date",
            "relative": "relative expression",
            "chain": "chained relative",
        }[expr]
    before = text[max(s, pos - 40) : pos]
    trig = str(ev["trigger"]["text"])
    if PERFECT.search(before):
        return "undated perfect/pluperfect"
    progressive = trig.endswith("ing") and PROGRESSIVE.search(before)
    present = re.search(r"(?<!s)s$", trig) and re.search(
        r"\b(?:he|she|it|which|who|[A-Z]\w+)\s+$", before
    )
    if ONGOING.search(before) or progressive or present:
        return "undated ongoing/present"
    if ev.get("cluster") in dated_clusters:
        return "undated re-mention (dated elsewhere)"
    return "undated past: speech act" if ev.get("type") in VERBAL else "undated past: material act"


def undated_context(doc: dict[str, Any], ev: dict[str, Any]) -> str:
    """Where an undated act sits: after a sentence with a day expression, in an article
    whose news is dated to the publication day or the day before, or neither."""
    text: str = doc["text"]
    s, _ = sentence_bounds(text, int(ev["trigger"]["start"]))
    if s > 0:
        ps, pe = sentence_bounds(text, max(0, s - 2))
        prev = text[ps:pe]
        if REL_DAY.search(prev) or EXPLICIT.search(prev):
            return "prev-sent dated"
    kinds = {label_kind(x.get("time"), doc["published"])[0] for x in doc["events"]}
    return "news-day article" if kinds & {"pub", "pub-1"} else "no dated news"


def rows_for(path: str) -> list[Row]:
    """Classify every event of one record set."""
    name = Path(path).stem
    out: list[Row] = []
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        DOCS[doc["id"]] = doc
        origin = "own" if doc["source"] == "own" else "real"
        dated = Counter(
            str(ev.get("cluster")) for ev in doc["events"] if (ev.get("time") or {}).get("value")
        )
        for i, ev in enumerate(doc["events"]):
            kind, gran, bg, val = label_kind(ev.get("time"), doc["published"])
            own = str(ev.get("cluster"))
            others = {c for c, n in dated.items() if n - (1 if c == own and val else 0) > 0}
            out.append(
                Row(
                    name,
                    origin,
                    f"{doc['id']}#{i}",
                    str(ev["trigger"]["text"]),
                    classify(doc, i, ev, others),
                    kind,
                    gran,
                    bg,
                    val,
                    doc["published"],
                    "",
                )
            )
    return out


CODES = {
    "pub": "P",
    "pub-1": "B",
    "day<=7": "D",
    "day>7": "D",
    "day-future": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "null": "N",
    "other": "D",
}
KINDS = ["pub", "pub-1", "day<=7", "day>7", "day-future", "week", "month", "year", "null"]


def table(rows: list[Row]) -> dict[str, dict[str, Counter[str]]]:
    """class -> set -> Counter(kind)."""
    t: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for r in rows:
        t[r.cls][r.set][r.kind] += 1
    return t


def summary(rows: list[Row]) -> list[str]:
    """Markdown table classes x sets: n and % per value kind (P pub, B day before, D other
    day, W week, M month, Y year, N null), plus the real-outlet and own-text pools."""
    sets = sorted({r.set for r in rows})
    classes = [c for c, _ in Counter(r.cls for r in rows).most_common()]
    out = [
        "| class | n | " + " | ".join(s[4:] for s in sets) + " | real | own |",
        "|---" * (len(sets) + 4) + "|",
    ]
    for c in classes:
        cells = []
        for s in sets + ["real", "own"]:
            rs = [r for r in rows if r.cls == c and s in (r.set, r.origin)]
            if not rs:
                cells.append("–")
                continue
            k = Counter(CODES[r.kind] for r in rs)
            cells.append(
                f"{len(rs)}: "
                + " ".join(f"{g}{round(100 * k[g] / len(rs))}" for g in "PBDWMYN" if k[g])
            )
        out.append(f"| {c} | {sum(r.cls == c for r in rows)} | " + " | ".join(cells) + " |")
    return out


DOCS: dict[str, dict[str, Any]] = {}


def context_summary(rows: list[Row]) -> list[str]:
    """Null share of undated acts per context (see undated_context), per set and origin."""
    out = [
        "",
        "| undated class | context | n | null % | per set/origin (n:null%, n>=4) |",
        "|---|---|---|---|---|",
    ]
    keys = sorted({(r.cls, r.context) for r in rows if r.context})
    for cls, ctx in keys:
        rs = [r for r in rows if r.cls == cls and r.context == ctx]
        cells = []
        for s in sorted({r.set for r in rs}):
            for o in ("real", "own"):
                sub = [r for r in rs if r.set == s and r.origin == o]
                if len(sub) >= 4:
                    pct = round(100 * sum(r.kind == "null" for r in sub) / len(sub))
                    cells.append(f"{s[4:]}/{o[0]} {len(sub)}:{pct}")
        null = round(100 * sum(r.kind == "null" for r in rs) / len(rs))
        out.append(f"| {cls} | {ctx} | {len(rs)} | {null} | " + " ".join(cells) + " |")
    return out


def structure_checks(docs: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Per set: within-article consistency of a cluster's dates, headline vs body, and the
    guide's 7-day background rule (Fields, "time")."""
    keys = [
        "multi",
        "null+dated",
        "two dates",
        "headline+body",
        "headline null, body dated",
        "headline other date",
        "bg false >7d",
        "bg true <=7d",
        "null, bg true",
    ]
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for name, doc in docs:
        c = per[name]
        pub = to_date(doc["published"]) or dt.date(2000, 1, 1)
        head_end = doc["text"].find("\n")
        by_cluster: dict[str, list[tuple[str | None, bool]]] = defaultdict(list)
        for ev in doc["events"]:
            t = ev.get("time") or {}
            v = t.get("value")
            by_cluster[str(ev.get("cluster"))].append((v, ev["trigger"]["start"] < head_end))
            day = to_date(v) if v and len(v) == 10 else None
            if day is not None and (pub - day).days > 7 and t.get("background") is False:
                c["bg false >7d"] += 1
            if day is not None and 0 <= (pub - day).days <= 7 and t.get("background") is True:
                c["bg true <=7d"] += 1
            if not v and t.get("background"):
                c["null, bg true"] += 1
        for ms in by_cluster.values():
            if len(ms) < 2:
                continue
            c["multi"] += 1
            vals = {v for v, _ in ms}
            if len(vals) == 2 and None in vals:
                c["null+dated"] += 1
            elif len(vals - {None}) > 1:
                c["two dates"] += 1
            heads = [v for v, h in ms if h]
            body = {v for v, h in ms if not h and v}
            if heads and any(not h for _, h in ms):
                c["headline+body"] += 1
                if heads[0] is None and body:
                    c["headline null, body dated"] += 1
                elif heads[0] and body and heads[0] not in body:
                    c["headline other date"] += 1
    out = ["", "| set | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for name in sorted(per):
        out.append(f"| {name} | " + " | ".join(str(per[name][k]) for k in keys) + " |")
    out.append("| all | " + " | ".join(str(sum(per[n][k] for n in per)) for k in keys) + " |")
    return out


def main() -> None:
    """Print per-class tables and optionally dump rows as JSON."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    rows: list[Row] = []
    for path in sorted(glob.glob(str(RECORDS / "rec_[a-k].jsonl"))):
        rows.extend(rows_for(path))
    for r in rows:
        if r.cls.startswith("undated past") or r.cls.startswith("undated perfect"):
            aid, i = r.eid.split("#")
            r.context = undated_context(DOCS[aid], DOCS[aid]["events"][int(i)])
    print("\n".join(summary(rows)))
    print("\n".join(context_summary(rows)))
    print("\n".join(structure_checks([(d["id"][:5], d) for d in DOCS.values()])))
    t = table(rows)
    for cls in sorted(t):
        print(f"\n### {cls}\n\n| set | n | " + " | ".join(KINDS) + " |")
        print("|---" * (len(KINDS) + 2) + "|")
        for s in sorted(t[cls]):
            c = t[cls][s]
            print(f"| {s} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in KINDS) + " |")
    if args.json:
        Path(args.json).write_text("\n".join(json.dumps(r.__dict__) for r in rows) + "\n")


if __name__ == "__main__":
    main()
