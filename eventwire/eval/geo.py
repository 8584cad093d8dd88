"""``eventwire eval geo``: toponym detection and resolution (geoparsing).

Data: any file in the ``geo`` format ``{"doc_id","text","toponyms":[{"start",
"end","text","geonameid","lat","lon"}]}``. There is no freely licensed
shared geoparsing set, so the default is eventwire's own hand-labelled set
``tests/data/geo_dev.jsonl`` (built by ``tests/data/make_geo_dev.py``, which
says how it was made). Countries and US states are at the gazetteer's point for
the feature itself, in the gold as in eventwire (``make_geo_dev.py``, FIXES).

Predictions come from the texts alone (``place_mentions`` and the
``toponym_mentions`` that place no event: a benchmark counts both): the
``eventwire_actors`` stage runs before ``eventwire_places`` because the
resolver prefers candidates in the countries of the article's state actors.
Every place mention is predicted, resolved or not; an unresolved one has
``geonameid``/``lat``/``lon`` null: it counts for detection but never as a
correct resolution.

Metrics:

* detection: P/R/F1 with exact spans, and with overlapping spans (precision
  over predicted mentions that overlap a gold toponym, recall over gold
  toponyms that a prediction overlaps);
* resolution, three ways, each with accuracy@161 km (great-circle distance,
  haversine), exact GeoNames id accuracy, mean and median error in km and the
  AUC of the error curve:

  - ``detected``: the gold toponyms the system detected (an overlapping
    prediction; the exact-span one if there is one). A detected but
    unresolved toponym is wrong, with the maximum error;
  - ``resolved``: the detected ones the system also gave a point to (pure
    resolution quality; the subset differs between systems);
  - ``all``: every gold toponym; missed ones are wrong, with the maximum
    error (the end-to-end figure).

AUC (Gritta, Pilehvar & Collier 2018, "What's missing in geographical
parsing?", Language Resources and Evaluation 52(2)): the area under the
curve of the sorted errors on a log scale, ``log(1 + km)``, by the
trapezoidal rule, normalised by ``log(1 + 20039)`` (the largest error on
Earth, km) times the number of intervals: 0 is perfect, 1 is every toponym
at the antipode. A missing answer counts as that largest error.

Baseline (``most_populous``): for each gold span's text, among the gazetteer
candidates, the country of that name, else the most populous city, else the
most populous candidate (``eventwire.stages.geo.resolve.most_populous``):
gold spans, so its detection is perfect, and it is scored on ``all`` and on
the toponyms eventwire detected (``detected``, like for like).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from datetime import date
from typing import Any

from eventwire.eval.common import prf
from eventwire.models import Article
from eventwire.stages.geo.distance import haversine_km

NAME = "geo"
LOCAL_DEFAULT = "tests/data/geo_dev.jsonl"
STRIP_FIELDS = ("toponyms",)
COMPONENTS = ("eventwire_actors", "eventwire_places")
MAX_ERROR_KM = 20039.0  # the largest error (Gritta et al. 2018)
ACCURACY_KM = 161.0  # 100 miles


def _published(record: dict[str, Any]) -> date | None:
    raw = record.get("publication_date") or record.get("dct")
    return date.fromisoformat(str(raw)[:10]) if raw else None


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    arts = [Article(text=r["text"], id=str(r["doc_id"]), published=_published(r))
            for r in records]
    out = []
    for record, (_a, doc, _r) in zip(records, pipeline.docs(arts), strict=True):
        out.append({"doc_id": record["doc_id"],
                    "toponyms": [{"start": m.start, "end": m.end, "text": m.text,
                                  "geonameid": m.geonameid, "lat": m.lat, "lon": m.lon}
                                 for m in toponyms(doc)]})
    return out


def toponyms(doc: Any) -> list[Any]:
    """Every toponym the places stage found, by start: the place mentions
    and the toponyms that place no event (``doc._.toponym_mentions``:
    demonyms, metonymic capitals, streets, facilities; geo29)."""
    if doc is None:
        return []
    found = list(doc._.place_mentions or []) + list(doc._.toponym_mentions or [])
    return sorted(found, key=lambda m: m.start)


def error_km(gold: dict[str, Any], pred: dict[str, Any] | None) -> float:
    """Distance from the gold point to the predicted one; ``MAX_ERROR_KM``
    when there is no prediction or it has no point."""
    if pred is None or pred.get("lat") is None or pred.get("lon") is None:
        return MAX_ERROR_KM
    return min(MAX_ERROR_KM, haversine_km(gold["lat"], gold["lon"], pred["lat"], pred["lon"]))


def auc(errors: Sequence[float]) -> float:
    """Gritta et al. (2018): area under the sorted ``log(1 + km)`` curve
    (trapezoidal rule), normalised by ``log(1 + 20039)`` per interval."""
    if not errors:
        return 0.0
    ys = sorted(math.log1p(min(e, MAX_ERROR_KM)) for e in errors)
    top = math.log1p(MAX_ERROR_KM)
    if len(ys) == 1:
        return ys[0] / top
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:], strict=False))
    return area / (top * (len(ys) - 1))


def resolution(pairs: Sequence[tuple[dict[str, Any], dict[str, Any] | None]]
               ) -> dict[str, Any]:
    """Resolution figures over ``(gold, prediction or None)`` pairs."""
    errors = [error_km(g, p) for g, p in pairs]
    n = len(pairs)
    with_id = [(g, p) for g, p in pairs if g.get("geonameid") is not None]
    ids = sum(1 for g, p in with_id if p is not None and p.get("geonameid") is not None
              and int(p["geonameid"]) == int(g["geonameid"]))
    return {"n": n,
            "accuracy_161": round(sum(e <= ACCURACY_KM for e in errors) / n, 4) if n else 0.0,
            "id_accuracy": round(ids / len(with_id), 4) if with_id else None,
            "mean_km": round(statistics.fmean(errors), 1) if n else 0.0,
            "median_km": round(statistics.median(errors), 1) if n else 0.0,
            "auc": round(auc(errors), 4)}


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"])))


def match(gold_t: dict[str, Any], preds: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The prediction for a gold toponym: the exact span, else the one that
    overlaps it most, else None."""
    exact = next((p for p in preds if p["start"] == gold_t["start"]
                  and p["end"] == gold_t["end"]), None)
    if exact is not None:
        return exact
    best = max(preds, key=lambda p: _overlap(p, gold_t), default=None)
    return best if best is not None and _overlap(best, gold_t) > 0 else None


def detection(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
              ) -> dict[str, Any]:
    by_doc = {p["doc_id"]: p.get("toponyms", []) for p in predictions}
    n_gold = n_pred = exact = gold_hit = pred_hit = 0
    for record in gold:
        g_t = record.get("toponyms", [])
        p_t = by_doc.get(record["doc_id"], [])
        n_gold += len(g_t)
        n_pred += len(p_t)
        exact += sum(1 for g in g_t if any(p["start"] == g["start"] and p["end"] == g["end"]
                                             for p in p_t))
        gold_hit += sum(1 for g in g_t if any(_overlap(p, g) for p in p_t))
        pred_hit += sum(1 for p in p_t if any(_overlap(p, g) for g in g_t))
    precision = pred_hit / n_pred if n_pred else 0.0
    recall = gold_hit / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold": n_gold, "predicted": n_pred,
            "exact": prf(exact, n_pred - exact, n_gold - exact),
            "overlap": {"precision": round(precision, 4), "recall": round(recall, 4),
                        "f1": round(f1, 4)}}


def most_populous(text: str) -> dict[str, Any] | None:
    """The baseline's answer for a span (``resolve.most_populous`` over the
    gazetteer's candidates)."""
    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.resolve import most_populous as pick

    best = pick(gazetteer().candidates(text))
    if best is None:
        return None
    return {"geonameid": best.geonameid, "lat": best.lat, "lon": best.lon}


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    by_doc = {p["doc_id"]: p.get("toponyms", []) for p in predictions}
    detected: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    everything: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    base_all: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    base_detected: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for record in gold:
        preds = by_doc.get(record["doc_id"], [])
        for g in record.get("toponyms", []):
            found = match(g, preds)
            baseline = most_populous(g["text"])
            everything.append((g, found))
            base_all.append((g, baseline))
            if found is not None:
                detected.append((g, found))
                base_detected.append((g, baseline))
    resolved = [(g, p) for g, p in detected if p is not None and p.get("lat") is not None]
    return {"detection": detection(gold, predictions),
            "eventwire": {"detected": resolution(detected), "resolved": resolution(resolved),
                          "all": resolution(everything)},
            "most_populous": {"detected": resolution(base_detected),
                              "all": resolution(base_all)}}


def _id(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render(metrics: dict[str, Any]) -> str:
    d = metrics["detection"]
    lines = [f"toponym detection: gold {d['gold']}, predicted {d['predicted']}",
             f"  {'':9}{'P':>7}{'R':>7}{'F1':>7}"]
    for kind in ("exact", "overlap"):
        m = d[kind]
        lines.append(f"  {kind:9}{m['precision']:7.3f}{m['recall']:7.3f}{m['f1']:7.3f}")
    lines += ["resolution (missing answers count as wrong, at 20039 km):",
              f"  {'system':15}{'on':10}{'n':>5}{'acc@161':>9}{'id acc':>8}{'mean km':>9}"
              f"{'median':>8}{'AUC':>7}"]
    rows = [("eventwire", "detected"), ("most_populous", "detected"), ("eventwire", "resolved"),
            ("eventwire", "all"), ("most_populous", "all")]
    for system, subset in rows:
        m = metrics[system][subset]
        lines.append(f"  {system:15}{subset:10}{m['n']:5d}{m['accuracy_161']:9.3f}"
                     f"{_id(m['id_accuracy']):>8}{m['mean_km']:9.0f}{m['median_km']:8.0f}"
                     f"{m['auc']:7.3f}")
    lines.append("  detected = gold toponyms eventwire found; resolved = those it also placed; "
                 "all = every gold toponym (most_populous is given the gold spans)")
    return "\n".join(lines)
