"""``eventwire eval factuality``: event polarity, certainty and time
(FUTURE/NON_FUTURE) on MEANTIME (CC BY Wikinews), and eventwire's modality
classes on files that carry them (``tests/data/factuality_dev.jsonl``).

The task is attribute classification for the *gold* event mentions: predict
reads each mention's character span (never its attributes: ``STRIP_FIELDS``
removes every label field of the events) and classifies the token there
with the same function the pipeline uses (``factuality_for_token``).
Mentions without gold attributes (added at cross-document level) are skipped.
A majority-class baseline is printed beside each attribute. The main table
is the shipped system (the ``factuality_model`` setting, default
``learned``); on data with two or more topics the rules, the learned model,
its leave-one-topic-out figure, the majority baseline and the UDS-IH2 test
figures of stage 1 follow (``eventwire/eval/factuality_models.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from eventwire.eval.common import classification, majority_baseline
from eventwire.models import MODALITIES, Article

NAME = "factuality"
DEFAULT_PATH = "meantime/dev.jsonl"
STRIP_FIELDS = ("timex", "timex_without_span", "entities", "values", "signals", "instances",
                "relations")
EVENT_LABELS = ("polarity", "certainty", "time", "factuality", "tense", "aspect", "modality",
                "special_cases", "pred", "event_class")
COMPONENTS = ("eventwire_actors", "eventwire_quotes")
CERTAINTY = {"certain": "CERTAIN", "probable": "PROBABLE", "possible": "POSSIBLE",
             "underspecified": "UNDERSPECIFIED"}
POLARITY = {"positive": "POS", "negative": "NEG", "underspecified": "UNDERSPECIFIED"}
ATTRIBUTES = ("polarity", "certainty", "time", "modality")


def _gold_value(event: dict[str, Any], attr: str) -> str | None:
    """The gold label, or None when the record has none for ``attr``.
    MEANTIME's own ``modality`` field holds the modal word ("can"), not one of
    eventwire's classes, so only values in ``MODALITIES`` are scored."""
    value = event.get(attr)
    if attr == "modality" and value not in MODALITIES:
        return None
    return value or None


def has_labels(records: Sequence[dict[str, Any]]) -> bool:
    """Labels live inside the events, not in a field of their own."""
    return any(_gold_value(e, attr) for r in records for e in r.get("events", [])
               for attr in ATTRIBUTES)


def _strip_events(record: dict[str, Any]) -> dict[str, Any]:
    events = [{"id": e["id"], "start": e["start"], "end": e["end"], "text": e["text"]}
              for e in record.get("events", [])]
    return {**record, "events": events}


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    from eventwire.stages.factuality.component import FactualityTagger, is_future

    records = [_strip_events(r) for r in records]
    arts = [Article(text=r["text"], id=str(r["doc_id"]),
                    published=date.fromisoformat(r["dct"][:10]) if r.get("dct") else None)
            for r in records]
    tagger = FactualityTagger(pipeline.settings.factuality_model)
    out = []
    for record, (_art, doc, _reject) in zip(records, pipeline.docs(arts), strict=True):
        quotes = list(doc._.quotes or [])
        events = []
        for e in record["events"]:
            span = doc.char_span(e["start"], e["end"], alignment_mode="expand")
            if span is None:
                continue
            f = tagger.factuality(doc, span.root.i, quotes)
            events.append({"id": e["id"], "start": e["start"], "end": e["end"],
                           "polarity": POLARITY[f.polarity],
                           "certainty": CERTAINTY[f.certainty],
                           "time": "FUTURE" if is_future(doc, span.root.i) else "NON_FUTURE",
                           "modality": f.modality})
        out.append({"doc_id": record["doc_id"], "events": events})
    return out


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    pred = {(p["doc_id"], e["start"], e["end"]): e for p in predictions for e in p["events"]}
    out: dict[str, Any] = {}
    for attr in ATTRIBUTES:
        g_vals: list[str | None] = []
        p_vals: list[str | None] = []
        for record in gold:
            for e in record.get("events", []):
                value = _gold_value(e, attr)
                if value is None:
                    continue
                g_vals.append(value)
                p_vals.append(pred.get((record["doc_id"], e["start"], e["end"]), {}).get(attr))
        if not g_vals:
            continue
        result = classification(g_vals, p_vals)
        result["majority"] = {k: majority_baseline(g_vals)[k] for k in ("accuracy", "macro_f1")}
        out[attr] = result
    from eventwire.eval.factuality_models import compare

    systems = compare(gold)
    if systems is not None:
        out["systems"] = systems
    return out


def render(metrics: dict[str, Any]) -> str:
    lines = [f"{'attribute':12}{'n':>6}{'accuracy':>10}{'macro-F1':>10}   majority acc / F1"]
    for attr, m in metrics.items():
        if attr == "systems":
            continue
        lines.append(f"{attr:12}{m['n']:6d}{m['accuracy']:10.3f}{m['macro_f1']:10.3f}   "
                     f"{m['majority']['accuracy']:.3f} / {m['majority']['macro_f1']:.3f}")
        for label, v in m["per_label"].items():
            lines.append(f"    {label:16} F1 {v['f1']:.3f} (n={v['support']})")
    if "systems" in metrics:
        from eventwire.eval.factuality_models import render_compare

        lines.append(render_compare(metrics["systems"]))
    return "\n".join(lines)
