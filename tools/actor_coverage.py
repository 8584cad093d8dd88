"""Actor and recipient coverage by construction and country (actors46).

    PYTHONPATH=. python tools/actor_coverage.py [tests/data/actor_probe.jsonl] \
        [--out /tmp/probe.json] [--show CONSTRUCTION|fail] [--by-country]

Runs the pipeline over the probe's constructed sentences
(``tests/data/make_actor_probe.py``: one per country or territory and
actor construction, written before the system ran on them) and scores the
role each row names -- the actor or the recipient of the event on the row's
trigger word -- for its country and, where the row gives one, its sector
(the expected sector among the predicted ones). A row whose trigger carries
no event counts as *no event* (a detection question, not an actor one) and
is left out of the role accuracy. Prints accuracy per construction and per
place kind, the countries failing most, and with ``--show`` the failing
rows of one construction (``fail``: of all). The figures are "probe (own,
constructed)": they say which constructions fail for which countries, not
how well news is read. ``--out`` keeps every row's prediction for a diff
between two checkouts.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings

PROBE = Path(__file__).resolve().parents[1] / "tests" / "data" / "actor_probe.jsonl"


def predict(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row's predicted role on its trigger: text, country, sectors,
    or ``event: False`` when no event sits on the trigger word."""
    pipe = Pipeline(Settings(progress=False))
    arts = [Article(text=r["text"], published=date(2024, 5, 6)) for r in rows]
    out: list[dict[str, Any]] = []
    for row, (_a, _doc, events) in zip(rows, pipe.extract(arts), strict=True):
        if not isinstance(events, list):
            raise SystemExit(f"{row['id']} rejected: {events}")
        records: list[Any] = [e.to_dict() for e in events]
        hit = next((r for r in records if r["trigger"]["text"].lower() == row["trigger"]), None)
        if hit is None:
            out.append({"event": False})
            continue
        role: dict[str, Any] = hit.get(row["role"]) or {}
        out.append({"event": True, "text": role.get("text"), "country": role.get("country"),
                    "sectors": role.get("sectors") or []})
    return out


def verdict(row: dict[str, Any], pred: dict[str, Any]) -> str:
    """``no-event``, ``ok``, ``no-role``, ``country`` (wrong or no country)
    or ``sector`` (right country, expected sector missing)."""
    if not pred["event"]:
        return "no-event"
    if not pred["text"]:
        return "no-role"
    if pred["country"] != row["country"]:
        return "country"
    if row["sector"] and row["sector"] not in pred["sectors"]:
        return "sector"
    return "ok"


def _table(title: str, groups: dict[str, Counter[str]]) -> None:
    print(f"\n{title:28} {'rows':>5} {'event':>6} {'country':>8} {'full':>6}  failures")
    for key in sorted(groups):
        c = groups[key]
        scored = sum(c.values()) - c["no-event"]
        country_ok = c["ok"] + c["sector"]
        fails = ", ".join(f"{k} {v}" for k, v in c.most_common() if k != "ok")
        print(f"{key:28} {sum(c.values()):5d} {scored:6d} "
              f"{country_ok / max(scored, 1):8.3f} {c['ok'] / max(scored, 1):6.3f}  {fails}")


def report(rows: list[dict[str, Any]], preds: list[dict[str, Any]], show: str | None,
           by_country: bool) -> None:
    by_cons: dict[str, Counter[str]] = defaultdict(Counter)
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    by_iso: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for row, pred in zip(rows, preds, strict=True):
        v = verdict(row, pred)
        for bucket in (by_cons[row["construction"]], by_kind[row["place_kind"]],
                       by_iso[row["country"]], total):
            bucket[v] += 1
        if show and v not in ("ok", "no-event") and show in ("fail", row["construction"]):
            print(f"{v:8} {row['country']} {row['sector']} -> {pred.get('country')} "
                  f"{pred.get('sectors')} [{pred.get('text')}] {row['text']}")
    _table("construction", by_cons)
    _table("place kind", by_kind)
    _table("all", {"all": total})
    worst = sorted(by_iso, key=lambda k: by_iso[k]["ok"] / max(sum(by_iso[k].values())
                                                                  - by_iso[k]["no-event"], 1))
    shown = worst if by_country else worst[:25]
    _table("country (worst first)", {f"{i:02d} {k}": by_iso[k] for i, k in enumerate(shown)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("probe", nargs="?", default=str(PROBE))
    ap.add_argument("--out", help="write every row's prediction (JSON) here")
    ap.add_argument("--preds", help="score predictions written by --out instead of running")
    ap.add_argument("--show", help="print the failing rows of a construction ('fail': all)")
    ap.add_argument("--by-country", action="store_true", help="every country, not the worst 25")
    args = ap.parse_args()
    rows = [json.loads(line) for line in Path(args.probe).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    preds = json.loads(Path(args.preds).read_text()) if args.preds else predict(rows)
    if args.out:
        Path(args.out).write_text(json.dumps(preds))
    report(rows, preds, args.show, args.by_country)


if __name__ == "__main__":
    main()
