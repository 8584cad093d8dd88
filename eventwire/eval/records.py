"""``eventwire eval records``: whole event records, every field at once.

Data: the gold-record format of ``docs/annotation.md`` — one article per line,
``{"id","outlet","published","title","text","split","source","events":[...]}``,
each event with ``trigger``, ``type``, ``mode``, ``actor``, ``recipient``,
``time``, ``place``, ``speaker``, ``relays``, ``modality``, ``condition``,
``cluster``. Default data: every ``tests/data/records/*.jsonl``;
``--split dev|blind|all`` (default ``dev``) keeps the articles of one half.

Predictions: the full pipeline runs on each article's ``text`` with its
``published`` date and ``outlet`` (the ``events`` are removed first) and
writes the predicted events **in the same format** (:func:`record_of`), so a
predictions file can be scored by anyone; ``cluster`` is null.

Scoring (the semantics are also in ``docs/formats.md``, "Gold records"):

* **detection**: a predicted event matches a gold one when their trigger
  spans overlap; matching is one-to-one, greedy by the number of shared
  characters. Precision = matched / predicted, recall = matched / gold.
* **fields**, on matched events (accuracy = right / matched):
  ``type`` and ``mode`` equal (null = null); ``actor`` and ``recipient``
  right when both are none, or the gold country is given and the predicted
  country equals it and (the gold sector is null or among the predicted
  sectors), or the gold country is null and the spans overlap; ``date``:
  same value and granularity (null value = granularity unknown);
  ``background`` equal; ``place``: both none, or within 161 km (span
  overlap when the gold place has no coordinates); a predicted place with
  ``basis: "focus"`` (the article's main country, not stated for the event)
  counts as no place, as the gold labels only stated places; ``speaker_chain``: the
  speaker spans overlap or both are none, **and** the relays are the same
  set (as many, each matched by span overlap or normalised text);
  ``modality`` equal; ``condition``: when the gold event has a condition,
  the predicted condition overlaps it, otherwise none is predicted.
* **full record**: every field above right; reported over matched events
  and end to end (divided by the number of gold events).
* **strict participants**: a predicted actor or recipient may carry several
  sectors, and the reading above counts a gold sector found anywhere among
  them. ``actor (first sector)``, ``recipient (first sector)`` and
  ``full record, first sectors`` read the first predicted sector only
  (:func:`eventwire.eval.record_fields.participant_right_strict`), so that
  a figure cannot rise by appending codes.

A **baseline** is scored in the same run on the same detections: the
system's type and mode, no actor or recipient, the publication day as date
(not background), no place, no speaker or relays, modality ``asserted``,
no condition (:func:`baseline_record`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.eval.common import prf
from eventwire.eval.record_fields import (
    FIELDS,
    STRICT_FIELDS,
    Record,
    field_results,
    match_events,
    strict_results,
)
from eventwire.models import Article, Event

NAME = "records"
DEFAULT_PATH = None
LOCAL_GLOB = "tests/data/records/*.jsonl"
DEFAULT_SPLIT = "dev"
STRIP_FIELDS = ("events",)
COMPONENTS = None  # the whole pipeline


def _published(record: Record) -> date | None:
    raw = record.get("published")
    return date.fromisoformat(str(raw)[:10]) if raw else None


def article_of(record: Record) -> Article:
    """The article a record set's record describes (its gold events aside):
    what ``eval records`` and the training tools feed the pipeline."""
    return Article(text=record["text"], id=str(record["id"]), title=record.get("title"),
                   outlet=record.get("outlet"), published=_published(record))


def _span(text: str, start: int | None, end: int | None) -> Record | None:
    if start is None or end is None:
        return None
    return {"start": start, "end": end, "text": text[start:end]}


def _participant(text: str, m: Any) -> Record | None:
    if m is None:
        return None
    sectors = list(m.sectors)
    return {**(_span(text, m.start, m.end) or {}), "country": m.country,
            "sector": sectors[0] if sectors else None, "sectors": sectors}


def record_of(text: str, event: Event) -> Record:
    """One predicted event in the gold format (plus ``sectors``, the full
    list of predicted sectors, ``anchor``, how the date was found, and the
    place's ``basis``: trigger, clause, sentence or focus)."""
    m = event.mention
    f, t, p = m.factuality, m.time, m.place
    speaker = next((a for a in m.attribution if a.role == "speaker"), None)
    condition = f.condition if f.modality == "conditional" else None
    return {
        "trigger": _span(text, m.trigger.start, m.trigger.end),
        "type": m.type, "mode": m.mode,
        "actor": _participant(text, m.actor), "recipient": _participant(text, m.recipient),
        "time": {"value": t.value, "granularity": t.granularity, "background": t.background,
                 "anchor": t.anchor},
        "place": None if p is None else {**(_span(text, p.start, p.end) or {}),
                                         "lat": p.lat, "lon": p.lon, "basis": p.basis},
        "speaker": None if speaker is None else _span(text, speaker.start, speaker.end),
        "relays": [_span(text, a.start, a.end) or {"start": None, "end": None, "text": a.text}
                   for a in m.attribution if a.role == "relay"],
        "modality": f.modality,
        "condition": None if condition is None else _span(text, condition.start,
                                                           condition.end),
        "cluster": None,
    }


def predict(records: Sequence[Record], pipeline: Any) -> list[Record]:
    arts = [article_of(r) for r in records]
    out, rejected = [], []
    for record, (article, _doc, result) in zip(records, pipeline.extract(arts), strict=True):
        if not isinstance(result, list):
            rejected.append(f"{article.id}: {result.code} {result.message}")
            continue
        out.append({**record, "events": [record_of(article.text, e) for e in result]})
    if rejected:  # an eval must not score a crashed article as one with no events
        raise EventwireError(Errors.E506, count=len(rejected), total=len(records),
                             first=rejected[0])
    return out


def has_labels(records: Sequence[Record]) -> bool:
    return any("events" in r for r in records)


def baseline_record(pred: Record, published: date | None) -> Record:
    """The baseline's version of a predicted event: type and mode kept, the
    rest as if nothing but the event and the publication date were known."""
    return {**pred, "actor": None, "recipient": None,
            "time": {"value": published.isoformat() if published else None,
                     "granularity": "day" if published else "unknown", "background": False},
            "place": None, "speaker": None, "relays": [], "modality": "asserted",
            "condition": None}


def _evaluate(pairs: list[tuple[Record, list[Record], list[Record]]]) -> Record:
    n_gold = sum(len(g) for _, g, _ in pairs)
    n_pred = sum(len(p) for _, _, p in pairs)
    right = {name: 0 for name in FIELDS}
    only_wrong = {name: 0 for name in FIELDS}
    strict = {name: 0 for name in STRICT_FIELDS}
    matched = full = full_strict = 0
    for _record, gold, pred in pairs:
        for gi, pi in match_events(gold, pred):
            matched += 1
            results = field_results(gold[gi], pred[pi])
            for name, ok in results.items():
                right[name] += ok
            full += all(results.values())
            strict_ok = strict_results(gold[gi], pred[pi])
            for name in STRICT_FIELDS:
                strict[name] += strict_ok[name]
            full_strict += all(strict_ok.values())
            wrong = [name for name, ok in results.items() if not ok]
            if len(wrong) == 1:
                only_wrong[wrong[0]] += 1
    return {"gold": n_gold, "predicted": n_pred, "matched": matched,
            "detection": prf(matched, n_pred - matched, n_gold - matched),
            "fields": {k: round(v / matched, 4) if matched else 0.0 for k, v in right.items()},
            "full_record": {"matched": round(full / matched, 4) if matched else 0.0,
                            "end_to_end": round(full / n_gold, 4) if n_gold else 0.0,
                            "count": full},
            "strict": {**{k: round(v / matched, 4) if matched else 0.0
                          for k, v in strict.items()},
                       "full_record": round(full_strict / n_gold, 4) if n_gold else 0.0},
            "only_wrong": only_wrong}


def score(gold: Sequence[Record], predictions: Sequence[Record]) -> Record:
    by_id = {str(p["id"]): p.get("events", []) for p in predictions}
    system, base = [], []
    for record in gold:
        pred = by_id.get(str(record["id"]), [])
        system.append((record, record.get("events", []), pred))
        pub = _published(record)
        base.append((record, record.get("events", []), [baseline_record(p, pub) for p in pred]))
    return {"eventwire": _evaluate(system), "baseline": _evaluate(base),
            "articles": len(gold)}


def render(metrics: Record) -> str:
    systems = [k for k in ("eventwire", "baseline") if k in metrics]
    first = metrics[systems[0]]
    rows = [f"articles {metrics.get('articles', 0)}, gold events {first['gold']}, "
            f"predicted {first['predicted']}, matched {first['matched']}",
            f"{'':24}" + "".join(f"{s:>12}" for s in systems)]

    def row(label: str, values: list[float]) -> None:
        rows.append(f"{label:24}" + "".join(f"{v:12.3f}" for v in values))
    for k in ("precision", "recall", "f1"):
        row(f"event {k}", [metrics[s]["detection"][k] for s in systems])
    for name in FIELDS:
        row(f"  {name}", [metrics[s]["fields"][name] for s in systems])
    row("full record (matched)", [metrics[s]["full_record"]["matched"] for s in systems])
    row("full record (all gold)", [metrics[s]["full_record"]["end_to_end"] for s in systems])
    if all("strict" in metrics[s] for s in systems):
        for name in STRICT_FIELDS:
            row(f"  {name} (first sector)", [metrics[s]["strict"][name] for s in systems])
        row("full, first sectors", [metrics[s]["strict"]["full_record"] for s in systems])
    rows.append(_one_short(metrics[systems[0]]))
    return "\n".join(rows)


def _one_short(system: Record) -> str:
    """Which field alone keeps a matched event from a full record, most often
    first: the lever for the full-record figure (fields wrong together are not
    counted here)."""
    only = system.get("only_wrong", {})
    ranked = sorted(((n, k) for k, n in only.items() if n), reverse=True)
    listed = ", ".join(f"{k} {n}" for n, k in ranked) or "none"
    return f"one field short of a full record ({sum(only.values())} events): {listed}"
