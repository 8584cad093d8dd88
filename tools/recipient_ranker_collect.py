"""Collect the recipient options of every matched trigger, for the ranker
experiments of ``tools/train_recipient_ranker.py``: on the record sets
(label = right by the records scorer) and on the PLOVER GSR main events
(labels = target country / sector right as ``eventwire eval actors``
scores them, through ``targets.plover_target``).

    PYTHONPATH=. python tools/recipient_ranker_collect.py --out /tmp/options.json \
        tests/data/records/rec_{a,b,c,d,e,f,g,h,i,j}.jsonl \
        --gsr ../shared/data/plover_gsr/dev.jsonl

Why one run: both views see the same options and features, so a model can
be judged on the records (leave-one-set-out) and on GSR without another
pipeline run. The option list is the rules' (``roles.roles_for``) plus
``recipient_options.extra_options`` (flagged ``extra``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventwire.eval.actors import _mention_dict, _pred_country, gold_country, gold_sector
from eventwire.eval.record_fields import overlap, participant_right
from eventwire.models import ActorMention, Article
from eventwire.stages.events import recipients
from eventwire.stages.events.recipient_codes import recipient_codes
from eventwire.stages.events.recipient_options import (
    PLOVER_KEY,
    extra_options,
    relation_features,
)
from eventwire.stages.events.targets import plover_target
from tools.topic_folds import is_real

Row = dict[str, Any]


def _as_record(m: ActorMention | None) -> Row | None:
    if m is None:
        return None
    return {"start": m.start, "end": m.end, "text": m.text, "country": m.country,
            "sector": m.sectors[0] if m.sectors else None, "sectors": list(m.sectors)}


def _gold_event(events: list[Row], start: int, end: int) -> Row | None:
    span = {"start": start, "end": end}
    best = max(events, key=lambda e: overlap(e["trigger"], span), default=None)
    return best if best is not None and overlap(best["trigger"], span) > 0 else None


class Collector:
    """The observer: one raw row per (text, trigger), the last analysis kept."""

    def __init__(self) -> None:
        self.raw: dict[tuple[str, int], Row] = {}

    def __call__(self, doc: Any, trigger: Any, kind: Any, nominal: bool, actor: Any,
                 options: list[recipients.Option], rule: Any) -> None:
        doc.user_data.get(PLOVER_KEY, {}).pop(trigger.i, None)  # a shipped ranker's last choice
        extra = extra_options(doc, trigger, actor, options)
        opts: list[Any] = [None, *options, *extra]
        feats = []
        for i, o in enumerate(opts):
            f = recipients.option_features(doc, trigger, kind, nominal, actor, o, rule)
            f += relation_features(doc, trigger, kind, o)
            if i > len(options):
                f.append("extra")
            feats.append(f)
        coded = [recipient_codes(doc, actor, o[2] if o else None, kind) for o in opts]
        plover = [plover_target(doc, trigger, c) for c in coded]
        self.raw[(doc.text, trigger.idx)] = {
            "trigger": trigger.idx, "kind": kind, "trigger_text": trigger.text,
            "features": feats, "texts": [None if o is None else o[2].text for o in opts],
            "coded": [_as_record(c) for c in coded],
            "plover": [None if p is None else _mention_dict(p) for p in plover],
            "rule": _as_record(recipient_codes(doc, actor, rule, kind))}


def records_rows(col: Collector, pipe: Any, paths: list[str]) -> list[Row]:
    from eventwire.eval.records import predict

    rows = []
    for path in paths:
        name = Path(path).stem
        arts = [json.loads(x) for x in open(path, encoding="utf-8") if x.strip()]
        predict([{k: v for k, v in a.items() if k != "events"} for a in arts], pipe)
        for art in arts:
            for (text, idx), raw in col.raw.items():
                if text != art["text"]:
                    continue
                gold = _gold_event(art["events"], idx, idx + len(raw["trigger_text"]))
                if gold is None:
                    continue
                g = gold.get("recipient")
                rows.append({**raw, "set": name, "article": art["id"],
                             "real": is_real(art),
                             "gold": g, "labels": [participant_right(g, c) for c in raw["coded"]],
                             "rule_ok": participant_right(g, raw["rule"])})
        col.raw.clear()
        print(name, sum(r["set"] == name for r in rows), flush=True)
    return rows


def gsr_rows(col: Collector, pipe: Any, path: str) -> list[Row]:
    from eventwire.stages.events.component import main_event

    recs = [json.loads(x) for x in open(path, encoding="utf-8") if x.strip()]
    rows = []
    for rec, (_art, doc, _rej) in zip(recs, pipe.docs(
            [Article(text=r["text"], id=str(r["id"])) for r in recs]), strict=True):
        main = main_event(list(doc._.events or [])) if doc is not None else None
        gold = rec["target"][0] if rec["target"] else None
        raw = col.raw.get((rec["text"], main.trigger.start)) if main else None
        row: Row = {"id": rec["id"], "type": rec["event_type"], "gold": gold,
                    "gold_country": gold_country(gold) if gold else None,
                    "gold_sector": gold_sector(gold) if gold else None,
                    "pred_type": main.type if main else None, "raw": raw is not None}
        if raw is not None:
            row.update(raw)
            row["country_ok"] = [_pred_country(p or {}) == row["gold_country"]
                                 for p in raw["plover"]]
            row["sector_ok"] = [row["gold_sector"] in (p or {}).get("sectors", [])
                                for p in raw["plover"]]
        rows.append(row)
    return rows


def main() -> None:
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--gsr", required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    col = Collector()
    recipients.OBSERVER.append(col)
    pipe = Pipeline(Settings())
    gsr = gsr_rows(col, pipe, args.gsr)
    col.raw.clear()
    rec = records_rows(col, pipe, args.paths)
    args.out.write_text(json.dumps({"records": rec, "gsr": gsr}), encoding="utf-8")
    print(f"wrote {args.out}: {len(rec)} record triggers, {len(gsr)} GSR items")


if __name__ == "__main__":
    main()
