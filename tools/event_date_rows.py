"""The rows of the event-date chooser (``tools/train_event_date.py dump`` and
``regold``): per event matched to gold, the candidates and features the date
ranker computed at run time (``date_ranking.RECORDERS``) and which candidates
give the gold date. Split from ``train_event_date.py`` (refactor30) when it
passed ~400 lines: the pipeline side here, the learners there."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from eventwire.eval.records import record_of
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.time import date_ranking
from eventwire.stages.time.governing import token_at
from tools.date_error_classes import classify, error_kind

Example = dict[str, Any]
REAL = ("ecbplus:", "geovirus:", "meantime:")


def _gold(g: dict[str, Any]) -> tuple[str | None, str]:
    t = g.get("time") or {}
    value = t.get("value")
    return value, (str(t.get("granularity") or "unknown") if value else "unknown")


def dump(paths: list[Path], out: Path) -> None:
    """Rows of the rules' dates: the shipped date ranker is switched off for
    the run (``current`` must be the rules' date, the one the ranker reviews;
    with the ranker on, ``current`` would be its own earlier choice)."""
    date_ranking.load_model = lambda *_: None  # type: ignore[assignment]
    date_ranking.RECORDERS.append(_remember)
    pipe = Pipeline(Settings(progress=False, heideltime=False))
    rows: list[Example] = []
    for path in paths:
        records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        for start in range(0, len(records), 8):
            rows += _batch(pipe, records[start:start + 8], path.stem)
            SEEN.clear()
        print(f"{path.stem}: {sum(r['set'] == path.stem for r in rows)} matched events",
              file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows), encoding="utf-8")


def regold(rows_path: Path, paths: list[Path], out: Path) -> None:
    """Rows of ``dump`` scored against the gold now in ``paths``: the
    pipeline's candidates do not depend on the gold (events are matched by
    trigger overlap only), so a relabel (dates11) needs no second pipeline
    run. Each row's ``right`` is recomputed from its candidates and its gold
    event (``gi``); ``kind`` and ``class`` (diagnostics of the old gold) are
    dropped. Prints how many rows changed."""
    gold: dict[tuple[str, int], tuple[str | None, str]] = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                for gi, ev in enumerate(rec["events"]):
                    gold[(rec["id"], gi)] = _gold(ev)
    rows = json.loads(rows_path.read_text(encoding="utf-8"))
    changed = 0
    for row in rows:
        g = gold[(row["doc"], row["gi"])]
        right = {k: v is not None and tuple(v) == g for k, v in row["cands"].items()}
        changed += right != row["right"]
        row["right"], row["kind"], row["class"] = right, None, None
    print(f"{changed} of {len(rows)} rows score differently", file=sys.stderr)
    out.write_text(json.dumps(rows), encoding="utf-8")


# id(event) -> (event, features, candidates) as the ranker computed them at run time
SEEN: dict[int, tuple[Any, dict[str, float], dict[str, Any]]] = {}


def _remember(event: Any, feats: dict[str, float], cands: dict[str, Any]) -> None:
    """Keep the features and candidates ``rerank_events`` computed (the event
    itself is kept too, so its id is not reused within a batch)."""
    SEEN[id(event)] = (event, dict(feats), dict(cands))


def _at_run_time(mention: Any) -> tuple[dict[str, float], dict[str, Any]] | None:
    seen = SEEN.get(id(mention))
    return (seen[1], seen[2]) if seen is not None and seen[0] is mention else None


def _batch(pipe: Pipeline, batch: list[dict[str, Any]], name: str) -> list[Example]:
    arts = [Article(text=r["text"], id=str(r["id"]), title=r.get("title"),
                    outlet=r.get("outlet"), published=date.fromisoformat(r["published"]))
            for r in batch]
    rows = []
    for record, (article, doc, result) in zip(batch, pipe.extract(arts), strict=True):
        events = result if isinstance(result, list) else []
        if doc is None:
            continue
        preds = [record_of(article.text, e) for e in events]
        for gi, pi in match_events(record["events"], preds):
            mention = events[pi].mention
            trigger = token_at(doc, mention.trigger.start)
            if trigger is None or doc._.published is None:
                continue
            recorded = _at_run_time(mention)
            if recorded is None:  # no PLOVER type at ranking time: the ranker never sees it
                continue
            feats, cands = recorded
            gold = _gold(record["events"][gi])
            g, p = record["events"][gi], preds[pi]
            rows.append({
                "kind": error_kind(g, p),
                "class": classify(g, p, record["text"], record["published"]),
                "set": name, "doc": record["id"], "gi": gi,
                "real": str(record.get("source", "")).startswith(REAL),
                "features": feats,
                "cands": {k: list(v) if v is not None else None for k, v in cands.items()},
                "right": {k: v is not None and tuple(v) == gold for k, v in cands.items()}})
    return rows
