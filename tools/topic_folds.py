"""Topic-clean leave-one-set-out folds for the learned parts' tools
(recips13).

    from tools.topic_folds import article_topics, training_rows

Why: the record sets rec_a..rec_l reuse ECB+ topics -- topic 12 (a warship
and Somali pirates) has texts in six sets, 14 topics recur in two to six --
so a model trained on "the other sets" has read other reports of the same
story as the held-out article (the same mobster, the same flagged ship).
Plain leave-one-set-out then rewards remembering a story's codes, which a
blind set with new stories does not pay back. A topic-clean fold also
drops from training every article of an ECB+ topic the held-out set
contains. Own texts and other outlets have no topic and are never dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ECB_SOURCE = re.compile(r"ecbplus:(\d+)_")
# the development record sets, one list for every kfold, dump and scoring
# tool: named, never globbed (a blind set being labelled must not be read)
SETS = ("rec_a", "rec_b", "rec_c", "rec_d", "rec_e", "rec_f", "rec_g", "rec_h", "rec_i", "rec_j",
        "rec_k", "rec_l", "rec_m", "rec_n", "rec_o", "rec_p", "rec_q", "rec_r", "rec_s", "rec_t",
        "rec_u", "rec_v", "rec_w", "rec_x", "rec_y", "rec_z", "rec_aa", "rec_ab", "rec_ac",
        "rec_ad", "rec_ae", "rec_af", "rec_ag", "rec_ah", "rec_ai", "rec_aj", "rec_ak",
        "rec_al", "rec_am", "rec_an", "rec_ao", "rec_ap")
# --sets flags: the sets' keys joined by commas ("a,b,...,y"); see sets_from_flag
SET_LETTERS = ",".join(name.removeprefix("rec_") for name in SETS)
REAL_SOURCES = ("ecbplus:", "geovirus:", "meantime:")
Record = dict[str, Any]


def sets_from_flag(flag: str) -> tuple[str, ...]:
    """Record set names from a ``--sets`` flag: keys joined by commas
    ("a,b,aa" -> rec_a, rec_b, rec_aa), or, with no comma, one letter per set
    ("abx" -> rec_a, rec_b, rec_x). Why both: the sets were one letter each
    until rec_z; the set after it is rec_aa, so a plain letter string can no
    longer name every set, but the old short form stays valid."""
    keys = flag.split(",") if "," in flag else list(flag)
    return tuple(f"rec_{key.strip()}" for key in keys if key.strip())


def is_real(record: Record) -> bool:
    """A real outlet's article (ECB+, GeoVirus, MEANTIME), not an own text."""
    return str(record.get("source", "")).startswith(REAL_SOURCES)


def ecb_topic(source: str | None) -> str | None:
    """"ecbplus:16_5ecbplus" -> "ecb16"; None for any other source."""
    m = ECB_SOURCE.match(source or "")
    return f"ecb{m.group(1)}" if m else None


def set_records(sets: Iterable[str]) -> list[dict[str, Any]]:
    """Every gold article record of the named record sets, each tagged with
    its set name under ``_set`` (the one reader the kfold tools share)."""
    out: list[dict[str, Any]] = []
    for name in sets:
        path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append({**json.loads(line), "_set": name})
    return out


def set_predictions(pred_dir: Path, name: str) -> dict[str, list[Record]]:
    """Article id -> predicted events, from one set's prediction file
    (``records_by_origin.py --out DIR`` writes ``DIR/<set>.pred.json``)."""
    rows = json.loads((pred_dir / f"{name}.pred.json").read_text(encoding="utf-8"))
    return {str(r["id"]): r.get("events", []) for r in rows}


def article_topics(sets: Iterable[str]) -> dict[str, str | None]:
    """Article id -> ECB+ topic (or None) over the named record sets
    (``tests/data/records/<name>.jsonl``; named, never globbed)."""
    return {str(art["id"]): ecb_topic(art.get("source")) for art in set_records(sets)}


def matched_events(pipe: Any, records: list[Record]
                   ) -> Iterator[tuple[Record, Any, Record, Record]]:
    """One pipeline run over ``records`` (from :func:`set_records`): per gold
    event the records scorer matches, (its article record, the parsed doc,
    the gold event, the predicted event record). The build loop the kfold
    tools of types and modes shared; a rejected article stops the run (it
    would shift the gold counts)."""
    from eventwire.eval.record_fields import match_events
    from eventwire.eval.records import article_of, record_of

    for record, (article, doc, result) in zip(
            records, pipe.extract([article_of(r) for r in records]), strict=True):
        if not isinstance(result, list) or doc is None:
            raise SystemExit(f"article {article.id} was rejected: {result}")
        got = [record_of(article.text, e) for e in result]
        for gi, pi in match_events(record["events"], got):
            yield record, doc, record["events"][gi], got[pi]


def write_shipped(model: Any, out: Path, c: float, margin: float, sets: Iterable[str]) -> None:
    """Write a learned chooser fit on every set (the type and mode tools'
    ``train`` step): its margin, the weights of at least 0.01 (the file's
    size), the sets it was trained on and its C."""
    model.margin = margin
    model.weights = {f: w for f, w in model.weights.items() if abs(w) >= 0.01}
    out.write_text(json.dumps({"trained_on": list(sets), "c": c, **model.to_json()},
                              sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{len(model.weights)} weights -> {out}")


def base_row(record: Record) -> dict[str, Any]:
    """The fields every kfold row carries: article id, set name, origin."""
    return {"article": str(record["id"]), "set": record["_set"], "real": is_real(record)}


def training_rows(rows: list[dict[str, Any]], held: str, clean: bool) -> list[dict[str, Any]]:
    """The rows a fold that holds out set ``held`` trains on: every other
    set's, and with ``clean`` none of a topic ``held`` contains (rows carry
    ``set`` and ``topic``)."""
    topics = {r["topic"] for r in rows if r["set"] == held and r["topic"]} if clean else set()
    return [r for r in rows if r["set"] != held and r["topic"] not in topics]
