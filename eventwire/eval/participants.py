"""``eventwire eval participants``: actor and recipient of gold events, by
linguistic class.

Data: one text per line, ``{"id","published","text","events":[...]}``, each
event with a ``trigger`` span, an ``actor`` and a ``recipient`` (span +
``country`` + ``sector``, or null) and a ``class`` naming the participant
class it tests (``content``, ``passive``, ``anaphor``, ``codes``, ``coord``).
Default data: ``tests/data/participants_blind_e.jsonl`` (a blind set: run it
once per change, never debug on it).

The whole pipeline runs on each text (gold events removed); predicted events
are matched to gold ones by trigger overlap (:func:`match_events`), and each
role is scored with :func:`participant_right`, the rule of ``eval records``.
A gold event with no matching prediction counts as wrong in the ``all``
figures and is left out of the ``matched`` ones.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from eventwire.eval import records
from eventwire.eval.record_fields import Record, match_events, participant_right

NAME = "participants"
LOCAL_DEFAULT = "tests/data/participants_blind_e.jsonl"
STRIP_FIELDS = ("events",)
ROLES = ("actor", "recipient")


def predict(items: Sequence[Record], pipeline: Any) -> list[Record]:
    return records.predict(items, pipeline)


def _tally(gold: Sequence[Record], predictions: Sequence[Record]) -> dict[str, dict[str, int]]:
    """Per class (and ``all``): gold events, matched, and right per role."""
    by_id = {str(p["id"]): p.get("events", []) for p in predictions}
    t: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item in gold:
        events, pred = item.get("events", []), by_id.get(str(item["id"]), [])
        pairs = dict(match_events(events, pred))
        for gi, g in enumerate(events):
            for key in ("all", str(g.get("class") or "none")):
                t[key]["gold"] += 1
                if gi not in pairs:
                    continue
                p = pred[pairs[gi]]
                t[key]["matched"] += 1
                ok = [participant_right(g.get(r), p.get(r)) for r in ROLES]
                for role, right in zip(ROLES, ok, strict=True):
                    t[key][role] += right
                t[key]["both"] += all(ok)
    return t


def score(gold: Sequence[Record], predictions: Sequence[Record]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, c in sorted(_tally(gold, predictions).items()):
        n, m = c["gold"], c["matched"]
        out[key] = {"gold": n, "matched": m, **{
            f"{r}_{base}": round(c[r] / d, 4) if d else 0.0
            for r in (*ROLES, "both") for base, d in (("matched", m), ("all", n))}}
    return out


def render(metrics: dict[str, Any]) -> str:
    head = f"{'class':10}{'gold':>6}{'match':>6}" + "".join(
        f"{r + ' (m/all)':>22}" for r in (*ROLES, "both"))
    rows = [head]
    for key, v in metrics.items():
        cells = "".join(f"{v[r + '_matched']:>11.3f}{v[r + '_all']:>11.3f}"
                        for r in (*ROLES, "both"))
        rows.append(f"{key:10}{v['gold']:>6}{v['matched']:>6}{cells}")
    return "\n".join(rows)
