"""Score event detection and PLOVER typing on a class set of single sentences
(``tests/data/events_blind_e.jsonl``, built by ``make_events_blind_e.py``)
or on a set of short articles (``events_blind_f.jsonl``, whose gold triggers
carry character ``spans``: a prediction must overlap the labelled occurrence).

Why a tool and not ``eventwire eval``: the set is small, labelled by class
(words that are not events, natural causes, figures of speech, headlines,
de-escalation, denials, clause content, weak PLOVER types), and its gold lists
*every* event of a sentence, including none — which the GSR scorer (one main
event per sentence) cannot score. A gold event matches a predicted one when
one of its trigger words is a word of the predicted trigger (one-to-one);
typed matches need the type among the gold's allowed types.

Usage: ``PYTHONPATH=. python tools/eval_event_classes.py FILE [--show]``
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from typing import Any

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings

COMPONENTS = ("eventwire_actors", "eventwire_events")


def _alts(value: Any) -> list[str]:
    return [str(v).lower() for v in ([value] if isinstance(value, str) else value)]


def _matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if "spans" in gold:  # article sets: the labelled occurrence only (character overlap)
        return any(s < pred["end"] and pred["start"] < e for s, e in gold["spans"])
    words = set(pred["trigger"].lower().split())
    return any(a in words or a == pred["trigger"].lower() for a in _alts(gold["trigger"]))


def predict(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    pipe = Pipeline(settings=Settings(), components=COMPONENTS)
    arts = [Article(text=r["text"], id=r["id"]) for r in rows]
    out = []
    for _art, doc, _rej in pipe.docs(arts):
        events = list(doc._.events or []) if doc is not None else []
        out.append([{"trigger": e.trigger.text, "start": e.trigger.start,
                     "end": e.trigger.end, "type": e.type, "mode": e.mode,
                     "actor": e.actor.text if e.actor else None} for e in events])
    return out


def _actor_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool | None:
    if "actor" not in gold:
        return None
    if gold["actor"] is None:
        return pred["actor"] is None
    return pred["actor"] is not None and gold["actor"].lower() in pred["actor"].lower()


def score(rows: list[dict[str, Any]], preds: list[list[dict[str, Any]]]) -> dict[str, Any]:
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row, pred in zip(rows, preds, strict=True):
        for key in (row["class"], "ALL"):
            t = tally[key]
            left = list(pred)
            t["gold"] += len(row["events"])
            t["pred"] += len(pred)
            if not row["events"]:
                t["empty"] += 1
                t["empty_ok"] += int(not pred)
            for g in row["events"]:
                hit = next((p for p in left if _matches(g, p)), None)
                if hit is None:
                    continue
                left.remove(hit)
                t["match"] += 1
                t["typed"] += int(hit["type"] in _alts(g["type"]) or
                                  str(hit["type"]).lower() in _alts(g["type"]))
                ok = _actor_ok(g, hit)
                if ok is not None:
                    t["actor_n"] += 1
                    t["actor_ok"] += int(ok)
    return {k: _rates(v) for k, v in tally.items()}


def _rates(t: dict[str, int]) -> dict[str, Any]:
    def f1(hit: int) -> tuple[float, float, float]:
        p = hit / t["pred"] if t["pred"] else 1.0
        r = hit / t["gold"] if t["gold"] else 1.0
        return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0
    return {"gold": t["gold"], "pred": t["pred"], "detect_prf": f1(t["match"]),
            "typed_prf": f1(t["typed"]),
            "no_event_ok": f"{t['empty_ok']}/{t['empty']}",
            "actor_ok": f"{t['actor_ok']}/{t['actor_n']}"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--show", action="store_true", help="print every sentence's predictions")
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    preds = predict(rows)
    if args.show:
        for row, pred in zip(rows, preds, strict=True):
            print(row["id"], row["class"], row["text"], "\n   gold:", row["events"],
                  "\n   pred:", pred)
    result = score(rows, preds)
    for key in sorted(result, key=lambda k: (k == "ALL", k)):
        print(key, json.dumps(result[key]))


if __name__ == "__main__":
    main()
