"""``eventwire eval event_dates``: is each event dated right?

Data: ``{"doc_id","dct","text","events":[{"start","end","text","value",
"background"}]}`` — eventwire's own hand-made set by default
(``tests/data/event_dates_dev.jsonl``). The system's event whose trigger
overlaps each gold trigger is compared on its ``time.value``.

MEANTIME (``--data ../shared/data/meantime/dev.jsonl``): the gold date of an
event is the value of a TIMEX it is linked to by a TLINK (IS_INCLUDED,
SIMULTANEOUS, DURING, BEGINS, ENDS); the anchoring stage is run on the gold
event spans (the spans only: relations and TIMEX are removed before
prediction), since most MEANTIME events are not PLOVER events.

Metrics: share of gold events found; among them, share dated correctly;
share wrongly given the publication date (the failure mode of most event
datasets); background flag accuracy.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from eventwire.models import Article

NAME = "event_dates"
DEFAULT_PATH = None
LOCAL_DEFAULT = "tests/data/event_dates_dev.jsonl"
STRIP_FIELDS = ("relations", "timex", "timex_without_span", "values", "signals", "instances")
COMPONENTS = None  # the full pipeline; MEANTIME records reuse it on gold spans
LINKS = {"IS_INCLUDED", "SIMULTANEOUS", "DURING", "BEGINS", "ENDS", "INCLUDES"}


def _gold_span_events(doc: Any, record: dict[str, Any]) -> list[Any]:
    from eventwire.models import EventMention, Span

    out = []
    for e in record.get("events", []):
        span = doc.char_span(e["start"], e["end"], alignment_mode="expand")
        if span is None:
            continue
        sent = span.root.sent
        out.append(EventMention(trigger=Span(e["text"], e["start"], e["end"]), type="EVENT",
                                sentence=Span(sent.text, sent.start_char, sent.end_char)))
    return out


def strip_record(record: dict[str, Any]) -> dict[str, Any]:
    """Keep only the event spans (MEANTIME needs them); drop dates and flags."""
    return {**record, "events": [{k: e[k] for k in ("id", "start", "end", "text") if k in e}
                                 for e in record.get("events", [])]}


def has_labels(records: Sequence[dict[str, Any]]) -> bool:
    first = records[0] if records else {}
    return "relations" in first or any("value" in e for e in first.get("events", []))


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    from eventwire.stages.time.anchoring import anchor_events

    arts = [Article(text=r["text"], id=str(r["doc_id"]),
                    published=date.fromisoformat(str(r["dct"])[:10]) if r.get("dct") else None)
            for r in records]
    out = []
    for record, (_a, doc, _r) in zip(records, pipeline.docs(arts), strict=True):
        mentions = list(doc._.events or [])
        if "corpus" in record:  # MEANTIME: date the gold event spans
            mentions = _gold_span_events(doc, record)
            doc._.events = mentions
            settings = getattr(pipeline, "settings", None)
            anchor_events(doc, settings.undated_events if settings is not None else "unknown")
        events = [{"start": e.trigger.start, "end": e.trigger.end, "text": e.trigger.text,
                   "type": e.type, "value": e.time.value, "anchor": e.time.anchor,
                   "background": e.time.background} for e in mentions]
        out.append({"doc_id": record["doc_id"], "events": events})
    return out


def meantime_gold(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Gold event dates from TLINKs between an event and a TIMEX."""
    timex = {t["id"]: t for t in record.get("timex", []) if t.get("value")}
    events = {e["id"]: e for e in record.get("events", [])}
    gold: dict[str, dict[str, Any]] = {}
    for rel in record.get("relations", []):
        if rel.get("type") != "TLINK" or rel.get("reltype") not in LINKS:
            continue
        for src in rel["sources"]:
            for tgt in rel["targets"]:
                ev, tx = (events.get(src), timex.get(tgt)) if src in events else (
                    events.get(tgt), timex.get(src))
                if ev is not None and tx is not None and ev["id"] not in gold:
                    gold[ev["id"]] = {"start": ev["start"], "end": ev["end"], "text": ev["text"],
                                      "value": tx["value"], "background": None}
    return list(gold.values())


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    preds = {p["doc_id"]: p["events"] for p in predictions}
    n = found = right = wrong_pub = bg_right = 0
    for record in gold:
        items = meantime_gold(record) if "corpus" in record else record["events"]
        for g in items:
            n += 1
            p = next((e for e in preds.get(record["doc_id"], [])
                      if e["start"] < g["end"] and g["start"] < e["end"]), None)
            if p is None:
                continue
            found += 1
            right += p["value"] == g["value"]
            wrong_pub += p["anchor"] == "publication" and g["value"] != record.get("dct")
            if g["background"] is not None:
                bg_right += bool(p["background"]) == bool(g["background"])
            else:
                bg_right += 1  # MEANTIME has no background flag: not scored
    return {"events": n, "found": found,
            "dated_correctly": round(right / found, 4) if found else 0.0,
            "wrongly_publication_date": round(wrong_pub / found, 4) if found else 0.0,
            "background_accuracy": round(bg_right / found, 4) if found else 0.0}


def render(metrics: dict[str, Any]) -> str:
    return (f"gold events {metrics['events']}, found {metrics['found']}\n"
            f"  dated correctly:            {metrics['dated_correctly']:.3f}\n"
            f"  wrongly given the publication date: {metrics['wrongly_publication_date']:.3f}\n"
            f"  background flag right:      {metrics['background_accuracy']:.3f}")
