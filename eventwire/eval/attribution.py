"""``eventwire eval attribution``: who said what, with which cue, via whom.

Data: the ``attribution`` format of ``../shared/DESIGN.md`` —
``{"doc_id","publication_date","text","attributions":[{"source":[spans],
"cue":[spans],"content":[spans],"relay":[spans]}]}``. No freely licensed set
exists, so the default is eventwire's own hand-written set
(``tests/data/attribution_dev.jsonl``, built by
``tests/data/make_attribution_dev.py``).

Scores per field (source = speaker, cue, content): exact F1 (same offsets)
and overlap F1 (spans overlap; each gold span matched at most once).
Relay accuracy: among gold attributions whose content the system found
(overlap), the share whose relay set is predicted exactly (empty = empty).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from eventwire.eval.common import prf, spans_equal, spans_overlap
from eventwire.models import Article

NAME = "attribution"
DEFAULT_PATH = None
LOCAL_DEFAULT = "tests/data/attribution_dev.jsonl"
STRIP_FIELDS = ("attributions",)
COMPONENTS = ("eventwire_actors", "eventwire_quotes")
FIELDS = ("source", "cue", "content")


def _span(s: Any) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    arts = [Article(text=r["text"], id=str(r["doc_id"]), outlet=r.get("outlet"),
                    published=date.fromisoformat(r["publication_date"][:10])
                    if r.get("publication_date") else None) for r in records]
    out = []
    for record, (_a, doc, _r) in zip(records, pipeline.docs(arts), strict=True):
        attrs = [{"source": [_span(q.speaker)] if q.speaker else [],
                  "cue": [_span(q.cue)] if q.cue else [],
                  "content": [_span(c) for c in q.content_parts or [q.content]],
                  "relay": [_span(r) for r in q.relays]}
                 for q in (doc._.quotes or [])]
        out.append({"doc_id": record["doc_id"], "attributions": attrs})
    return out


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], exact: bool) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            same = spans_equal(p, g) if exact else spans_overlap(p, g)
            if i not in used and same:
                used.add(i)
                hits += 1
                break
    return hits


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    preds = {p["doc_id"]: p["attributions"] for p in predictions}
    out: dict[str, Any] = {}
    for field in FIELDS:
        counts = {"exact": 0, "overlap": 0}
        n_gold = n_pred = 0
        for record in gold:
            g = [s for a in record["attributions"] for s in a[field]]
            p = [s for a in preds.get(record["doc_id"], []) for s in a[field]]
            n_gold, n_pred = n_gold + len(g), n_pred + len(p)
            for mode in counts:
                counts[mode] += _match(g, p, mode == "exact")
        out[field] = {mode: prf(hit, n_pred - hit, n_gold - hit) for mode, hit in counts.items()}
        out[field]["gold"], out[field]["predicted"] = n_gold, n_pred
    found = right = 0
    for record in gold:
        for a in record["attributions"]:
            match = next((p for p in preds.get(record["doc_id"], [])
                          if spans_overlap(p["content"][0], a["content"][0])), None)
            if match is not None:
                found += 1
                right += {s["text"] for s in match["relay"]} == {s["text"] for s in a["relay"]}
    out["relay_accuracy"] = round(right / found, 4) if found else 0.0
    return out


def render(metrics: dict[str, Any]) -> str:
    lines = [f"{'field':10}{'exact P':>9}{'exact R':>9}{'exact F1':>10}{'overlap F1':>12}"
             f"{'gold':>6}{'pred':>6}"]
    for field in FIELDS:
        m = metrics[field]
        lines.append(f"{field:10}{m['exact']['precision']:9.3f}{m['exact']['recall']:9.3f}"
                     f"{m['exact']['f1']:10.3f}{m['overlap']['f1']:12.3f}{m['gold']:6d}"
                     f"{m['predicted']:6d}")
    lines.append(f"relay chains right (of attributions found): {metrics['relay_accuracy']:.3f}")
    return "\n".join(lines)
