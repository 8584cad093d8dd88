"""``eventwire eval dedup_records``: dedup measured on eventwire's *own*
stored events, against the gold canonical ids (``cluster``) of the records
format (docs/annotation.md; files in ``tests/data/records/``).

The articles are extracted by the whole pipeline, stored in a temporary
SQLite store and attached one by one in publication order (exactly what
``eventwire run`` does). Each gold event is then mapped to the stored event
of the same article whose trigger span overlaps its trigger (the first, in
text order); its predicted cluster is that event's canonical id. A gold event
that eventwire did not find is left unresolved (the reference scorer's
treatment of a missing mention). MUC, B³, CEAF-e and CoNLL F1 are given per
``split`` (``dev`` may be looked at; ``blind`` is reported, never tuned on),
beside every-event-alone.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.eval.coref import score_all
from eventwire.models import Article

NAME = "dedup_records"
DEFAULT_PATH = None
LOCAL_DEFAULT = "tests/data/records/rec_c.jsonl"
STRIP_FIELDS = ("events",)
COMPONENTS = None  # the whole pipeline: dedup reads every field of a record


def has_labels(records: Sequence[dict[str, Any]]) -> bool:
    return any(e.get("cluster") for r in records for e in r.get("events", []))


def _article(r: dict[str, Any]) -> Article:
    published = date.fromisoformat(r["published"][:10]) if r.get("published") else None
    return Article(text=r["text"], id=str(r["id"]), outlet=r.get("outlet"), published=published)


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    from eventwire.corpus.attach import attach_pending
    from eventwire.store import open_store

    ordered = sorted(records, key=lambda r: (str(r.get("published") or ""), str(r["id"])))
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(f"sqlite:///{Path(tmp) / 'dedup.db'}") as store:
            run_id = store.begin_run({"eval": NAME}, [])
            for article, _doc, events in pipeline.extract(_article(r) for r in ordered):
                if isinstance(events, list):
                    store.save_article(article, events, run_id)
            attach_pending(store)
            out = []
            for r in records:
                evs = store.events(article_id=str(r["id"]))
                out.append({"id": r["id"], "events": [
                    {"event_id": e["event_id"], "trigger": e["trigger"], "type": e["type"],
                     "canonical_id": store.canonical_of(e["event_id"])} for e in evs]})
    return out


def _overlaps(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(gold_event: dict[str, Any], predicted: Sequence[dict[str, Any]]) -> str | None:
    g = gold_event["trigger"]
    span = (g["start"], g["end"])
    found = sorted((p for p in predicted if _overlaps(span, p["trigger"]["span"])),
                   key=lambda p: p["trigger"]["span"][0])
    return str(found[0]["canonical_id"]) if found else None


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    pred_by_id = {p["id"]: p["events"] for p in predictions}
    out: dict[str, Any] = {}
    for split in sorted({str(r.get("split", "all")) for r in gold}):
        truth: dict[str, str] = {}
        system: dict[str, str] = {}
        for r in gold:
            if str(r.get("split", "all")) != split:
                continue
            for i, e in enumerate(r.get("events", [])):
                key = f"{r['id']}:{i}"
                truth[key] = str(e["cluster"])
                found = _match(e, pred_by_id.get(r["id"], []))
                if found is not None:
                    system[key] = found
        out[split] = {"n_gold": len(truth), "n_found": len(system),
                      "articles": sum(1 for r in gold if str(r.get("split", "all")) == split),
                      "eventwire": score_all(truth, system),
                      "singletons": score_all(truth, {k: k for k in truth})}
    return out


def render(metrics: dict[str, Any]) -> str:
    lines = [f"{'split':7}{'system':12}{'MUC':>7}{'B3':>7}{'CEAF-e':>8}{'CoNLL':>7}"]
    for split, m in metrics.items():
        for system in ("eventwire", "singletons"):
            s = m[system]
            lines.append(f"{split:7}{system:12}{s['muc']['f1']:7.3f}{s['b3']['f1']:7.3f}"
                         f"{s['ceaf_e']['f1']:8.3f}{s['conll']['f1']:7.3f}")
        lines.append(f"{'':7}({m['articles']} articles; {m['n_found']} of {m['n_gold']} gold "
                     "events found by eventwire)")
    return "\n".join(lines)
