"""``eventwire eval event_dates``: is each event dated right?

Data: ``{"doc_id","dct","text","events":[{"start","end","text","value",
"background"}]}`` — eventwire's own hand-made set by default
(``tests/data/event_dates_dev.jsonl``). The system's event whose trigger
overlaps each gold trigger is compared on its ``time.value``.

Metrics: share of gold events found; among them, share dated correctly;
share wrongly given the publication date (the failure mode of most event
datasets); background flag accuracy.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..models import Article

NAME = "event_dates"
DEFAULT_PATH = None
LOCAL_DEFAULT = "tests/data/event_dates_dev.jsonl"
STRIP_FIELDS = ("events",)


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    arts = [Article(text=r["text"], id=str(r["doc_id"]),
                    published=date.fromisoformat(r["dct"]) if r.get("dct") else None)
            for r in records]
    out = []
    for record, (_a, doc, _r) in zip(records, pipeline.docs(arts), strict=True):
        events = [{"start": e.trigger.start, "end": e.trigger.end, "text": e.trigger.text,
                   "type": e.type, "value": e.time.value, "anchor": e.time.anchor,
                   "background": e.time.background} for e in (doc._.events or [])]
        out.append({"doc_id": record["doc_id"], "events": events})
    return out


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    preds = {p["doc_id"]: p["events"] for p in predictions}
    n = found = right = wrong_pub = bg_right = 0
    for record in gold:
        for g in record["events"]:
            n += 1
            p = next((e for e in preds.get(record["doc_id"], [])
                      if e["start"] < g["end"] and g["start"] < e["end"]), None)
            if p is None:
                continue
            found += 1
            right += p["value"] == g["value"]
            wrong_pub += p["anchor"] == "publication" and g["value"] != record.get("dct")
            bg_right += bool(p["background"]) == bool(g["background"])
    return {"events": n, "found": found,
            "dated_correctly": round(right / found, 4) if found else 0.0,
            "wrongly_publication_date": round(wrong_pub / found, 4) if found else 0.0,
            "background_accuracy": round(bg_right / found, 4) if found else 0.0}


def render(metrics: dict[str, Any]) -> str:
    return (f"gold events {metrics['events']}, found {metrics['found']}\n"
            f"  dated correctly:            {metrics['dated_correctly']:.3f}\n"
            f"  wrongly given the publication date: {metrics['wrongly_publication_date']:.3f}\n"
            f"  background flag right:      {metrics['background_accuracy']:.3f}")
