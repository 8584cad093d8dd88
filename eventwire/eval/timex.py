"""``eventwire eval timex``: TIMEX3 detection and normalisation.

Data: MEANTIME (``timex`` of each document, normalised against ``dct``) or
any file in the ``timex`` format ``{"doc_id","dct","text","timex":[{"start",
"end","text","type","value"}]}`` (e.g. ``tests/data/timex_dev.jsonl``).

MEANTIME is scored on its annotated region only (:func:`scored_region`).
Metrics (TempEval-3 definitions): strict span P/R/F1 (exact offsets),
relaxed span P/R/F1 (any overlap), type accuracy and value P/R/F1 over
relaxed matches (a value counts when the span overlaps and the value is
identical). The baseline is dateparser's ``search_dates`` with the DCT as
relative base (type DATE, day values), on the same texts; and HeidelTime
(:mod:`eventwire.eval.heideltime`, the TempEval-3 reference tagger) runs in
``predict`` on the same texts and DCTs when the ``heideltime`` setting is on
(the default; ``EVENTWIRE_HEIDELTIME=false`` turns it off). Its TIMEX are
written into each prediction record as ``heideltime`` (so a predictions file
carries both systems) and scored the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from eventwire.eval.common import prf, spans_overlap
from eventwire.models import Article

NAME = "timex"
DEFAULT_PATH = "meantime/dev.jsonl"
STRIP_FIELDS = ("timex", "timex_without_span", "events", "entities", "values", "signals",
                "instances", "relations")
COMPONENTS = ("eventwire_timex",)


def _dct(record: dict[str, Any]) -> date | None:
    raw = record.get("dct")
    return date.fromisoformat(str(raw)[:10]) if raw else None


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    arts = [Article(text=r["text"], id=str(r["doc_id"]), published=_dct(r)) for r in records]
    out = []
    for record, (_a, doc, _r) in zip(records, pipeline.docs(arts), strict=True):
        out.append({"doc_id": record["doc_id"], "dct": record.get("dct"),
                    "timex": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                               "value": t.value} for t in (doc._.timexes or [])]})
    settings = getattr(pipeline, "settings", None)
    if settings is None or settings.heideltime:
        from eventwire.eval import heideltime

        for rec, tagged in zip(out, heideltime.tag(records), strict=True):
            rec["heideltime"] = tagged["timex"]
    return out


def baseline_predictions(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """dateparser.search_dates with the DCT as relative base."""
    from dateparser.search import search_dates

    out = []
    for r in records:
        base = _dct(r)
        settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False}
        if base:
            settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
        found = search_dates(r["text"], languages=["en"], settings=settings) or []
        timex, cursor = [], 0
        for text, when in found:
            at = r["text"].find(text, cursor)
            if at < 0:
                continue
            cursor = at + len(text)
            timex.append({"start": at, "end": at + len(text), "text": text, "type": "DATE",
                          "value": when.date().isoformat()})
        out.append({"doc_id": r["doc_id"], "timex": timex})
    return out


MEANTIME_LINES = 6  # title + first five sentences


def scored_region(record: dict[str, Any]) -> int:
    """End offset of the annotated part. MEANTIME annotates TIMEX only in the
    title and the first five sentences (its document-level scope: in the dev
    file no gold TIMEX lies beyond the sixth line), so predictions after that
    are not counted; other files are scored whole."""
    text = str(record["text"])
    if "corpus" not in record:
        return len(text)
    lines = text.split("\n")
    return sum(len(line) + 1 for line in lines[:MEANTIME_LINES])


def evaluate(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
             ) -> dict[str, Any]:
    by_doc = {p["doc_id"]: p.get("timex", []) for p in predictions}
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = 0
    for record in gold:
        gold_t = record.get("timex", [])
        limit = scored_region(record)
        pred_t = [p for p in by_doc.get(record["doc_id"], []) if p["start"] < limit]
        n_gold += len(gold_t)
        n_pred += len(pred_t)
        for g in gold_t:
            exact = next((p for p in pred_t if p["start"] == g["start"] and p["end"] == g["end"]),
                         None)
            match = exact or next((p for p in pred_t if spans_overlap(p, g)), None)
            strict += exact is not None
            if match is None:
                continue
            relaxed += 1
            type_ok += match.get("type") == g.get("type")
            value_ok += str(match.get("value")) == str(g.get("value"))
    return {"gold": n_gold, "predicted": n_pred,
            "strict": prf(strict, n_pred - strict, n_gold - strict),
            "relaxed": prf(relaxed, n_pred - relaxed, n_gold - relaxed),
            "type_accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0,
            "value": prf(value_ok, n_pred - value_ok, n_gold - value_ok)}


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    metrics = {"eventwire": evaluate(gold, predictions),
               "dateparser": evaluate(gold, baseline_predictions(gold))}
    if predictions and all("heideltime" in p for p in predictions):
        metrics["heideltime"] = evaluate(gold, [{"doc_id": p["doc_id"], "timex": p["heideltime"]}
                                                for p in predictions])
    return metrics


def render(metrics: dict[str, Any]) -> str:
    lines = [f"{'system':12}{'strict F1':>10}{'relaxed F1':>11}{'type acc':>10}{'value P':>9}"
             f"{'value R':>9}{'value F1':>10}"]
    for name, m in metrics.items():
        v = m["value"]
        lines.append(f"{name:12}{m['strict']['f1']:10.3f}{m['relaxed']['f1']:11.3f}"
                     f"{m['type_accuracy']:10.3f}{v['precision']:9.3f}{v['recall']:9.3f}"
                     f"{v['f1']:10.3f}")
    first = next(iter(metrics.values()))
    lines.append(f"gold TIMEX: {first['gold']}")
    return "\n".join(lines)
