"""Census of weekdays resolved after publication (issue #12, weekday33).

Counts, over the development record sets rec_a..rec_w (never a blind set)
and MEANTIME dev, the weekday TIMEXes ("on Sunday", "last Friday", "this
Thursday", "Saturday night") whose value falls after the publication date,
split by the shape of the verb that governs them (the verb
``clause_tense.tense_of`` reads): a past form (VBD/VBN or a have-perfect), an
invariant past form tagged as a present ("beat", "hit", "cut"), a present
simple, a present progressive, a future auxiliary or modal, other. With
``--pred DIR`` (``rec_X.pred.json`` from ``records_by_origin.py``) it also
counts the predicted event dates after publication whose gold date (the
event matched by trigger offset) is on or before it. Prints counts and set
spread only, never a sentence.

    PYTHONPATH=. python tools/weekday_direction.py [--pred /work/notes/m39] [--no-meantime]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.clause_tense import _verb_of
from eventwire.stages.time.component import token_at_char
from eventwire.stages.time.verb_tense import INVARIANT_PAST

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = tuple(f"rec_{c}" for c in "abcdefghijklmnopqrstuvw")  # never rec_x / rec_y
MEANTIME = ROOT.parent / "shared" / "data" / "meantime" / "dev.jsonl"
WEEKDAY_RULES = ("weekday", "overnight")
Docs = list[tuple[str, str, date]]  # (set, text, published)


def governor_shape(tok: Token) -> str:
    """The shape of the verb governing ``tok`` (see the module docstring)."""
    verb = _verb_of(tok)
    lowers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if any(c.tag_ == "MD" for c in verb.children if c.dep_ == "aux") or "to" in lowers:
        return "future/modal/to"
    if verb.tag_ in ("VBD", "VBN") or lowers & {"had", "has", "have"}:
        return "past form"
    if verb.tag_ == "VBP" and verb.lower_ in INVARIANT_PAST and not lowers:
        return "invariant past tagged present"
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'s", "'re"}:
        return "present progressive"
    if verb.tag_ in ("VBP", "VBZ"):
        return "present simple"
    return "other"


def _records() -> Docs:
    out: Docs = []
    for name in DEV_SETS:
        path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r.get("published"):
                    out.append((name, r["text"], date.fromisoformat(r["published"][:10])))
    return out


def _meantime() -> Docs:
    out: Docs = []
    for line in MEANTIME.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if r.get("dct"):  # no publication date: nothing lies after it
                out.append(("meantime", r["text"], date.fromisoformat(r["dct"][:10])))
    return out


def timex_census(docs: Docs) -> dict[str, Counter[str]]:
    """shape -> set -> count of weekday TIMEXes after publication."""
    pipe = Pipeline(components=("eventwire_timex",))
    arts = [Article(text=t, published=p) for _, t, p in docs]
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for (name, _, pub), (_, doc, _) in zip(docs, pipe.docs(arts), strict=True):
        if doc is None:  # a rejected article (its code is the pipeline's): counted
            out["(article rejected)"][name] += 1
            continue
        at = token_at_char(doc)
        for tx in doc._.timexes:
            if tx.rule not in WEEKDAY_RULES or not tx.value[:10].count("-") == 2:
                continue
            if date.fromisoformat(tx.value[:10]) > pub and (tok := at(tx.start)) is not None:
                out[governor_shape(tok)][name] += 1
    return out


def _starts(events: list[dict[str, Any]]) -> dict[int, str]:
    return {e["trigger"]["start"]: ((e.get("time") or {}).get("value") or "") for e in events}


def event_census(pred_dir: Path) -> Counter[str]:
    """set -> predicted event dates after publication, gold on/before it."""
    out: Counter[str] = Counter()
    for name in DEV_SETS:
        gold = {r["id"]: r for r in map(json.loads, (ROOT / "tests" / "data" / "records" /
                f"{name}.jsonl").read_text(encoding="utf-8").splitlines()) if r}
        for rec in json.loads((pred_dir / f"{name}.pred.json").read_text(encoding="utf-8")):
            pub, g = rec["published"][:10], _starts(gold[rec["id"]]["events"])
            for start, value in _starts(rec["events"]).items():
                gv = g.get(start, "")
                if value[:10] > pub and len(value) >= 10 and gv and gv[:10] <= pub:
                    out[name] += 1
    return out


def _show(title: str, counts: Counter[str]) -> None:
    print(f"{title:34} {sum(counts.values()):4}  sets {len(counts):2}  "
          + " ".join(f"{k.removeprefix('rec_')}:{v}" for k, v in sorted(counts.items())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pred", type=Path, default=None)
    ap.add_argument("--no-meantime", action="store_true")
    args = ap.parse_args()
    docs = _records() + ([] if args.no_meantime else _meantime())
    print("weekday TIMEXes after publication, by governing verb shape")
    for shape, counts in sorted(timex_census(docs).items()):
        _show(shape, counts)
    if args.pred:
        print("event dates after publication, gold on/before it")
        _show("events", event_census(args.pred))


if __name__ == "__main__":
    main()
