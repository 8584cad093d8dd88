"""Why a missed gold event came out with nothing, beside its part of speech
and construction (issue #12, branch events47).

Reads the rows of ``tools/missed_fine_census.py DIR --json ROWS`` (every gold
event of the development sets no prediction of ``DIR`` matches, with its
construction ``form``), the predictions of ``DIR`` and a dump of the events
the rules find with the learned filter **off** (``--rules FILE``: JSON
``{"rec_x|id": [[start, end, type, kept_by_filter, rules], ...]}``, written by
running the actors + events components with ``use_filter=False,
record_features=True`` and asking the shipped filter of each event, as
``tools/event_error_classes.py`` does; ``--write-rules FILE`` writes it
first). Each miss gets

* ``pos``: participle (an amod/acl VBN/VBG), event noun, adjective, verb,
  other;
* ``cause``, the first that fits —
  ``merged`` a final prediction overlaps the trigger but the scorer paired
  it with another gold event; ``neighbour`` a final prediction sits on the
  trigger's syntactic head or a child (a light verb, a folded content: the
  same act under another word); ``filter`` the rules found it and the
  learned filter dropped it; ``later`` the rules found it, the filter kept
  it, a later stage of the pipeline dropped it; ``rule:NAME`` the lemma is in
  the lexicon (verb, nominal or a pattern's head) and a non-event class of
  ``nonevents.not_an_event`` fires on it (named); ``not-event-word`` the
  lemma is on the lexicon's ``not_events`` list; ``lexicon, no rule`` in the
  lexicon, no named class fires (a class rule's context test, a gate);
  ``not in lexicon``.

Prints counts with real/own and the number of sets per cause, per pos, per
form x cause and per (type, pos); ``--lemmas N`` adds the top lemmas. Never
prints a sentence.

    PYTHONPATH=. python tools/missed_cause_census.py /work/notes/m50 ROWS --rules FILE \
        [--write-rules]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.stages.events import figurative_senses as fig
from eventwire.stages.events import nonevents as ne
from eventwire.stages.events.backdrops import is_backdrop
from eventwire.stages.events.lexicon import load_lexicon
from tools.missed_fine_census import head_token, lexicon_key
from tools.topic_folds import SETS, set_predictions, set_records

Row = dict[str, Any]
NAMED: list[tuple[str, Callable[[Token], bool]]] = [
    ("modifier", ne.is_modifier), ("perception/state", ne.is_perception_or_state),
    ("result", ne.is_result), ("left state", ne.is_left_state),
    ("natural cause", ne.has_natural_cause), ("business figure", ne.is_figurative_business),
    ("charge name", ne.is_charge_name), ("force on oneself", ne.is_force_on_oneself),
    ("coming back", ne.is_coming_back), ("question", ne.is_question),
    ("insisted claim", ne.is_insisted_claim), ("sought arrest", ne.is_sought_arrest),
    ("medical attack", ne.is_medical_attack), ("work suspension", ne.is_work_suspension),
    ("figurative sense", fig.is_figurative_sense), ("backdrop", is_backdrop),
]


def pos_class(tok: Token) -> str:
    """participle / event noun / adjective / verb / other."""
    if tok.tag_ in ("VBN", "VBG") and tok.dep_ in ("amod", "acl"):
        return "participle"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "event noun"
    if tok.pos_ == "ADJ":
        return "adjective"
    return "verb" if tok.pos_ in ("VERB", "AUX") else "other"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _token_span(tok: Token) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok)


def nonevent_rule(tok: Token) -> str | None:
    """The first named non-event class that fires on ``tok``."""
    return next((name for name, test in NAMED if test(tok)), None)


def cause(tok: Token, gold: tuple[int, int], preds: list[tuple[int, int]],
          rules: list[list[Any]]) -> str:
    """The first cause of the module docstring that fits."""
    if any(_overlaps(gold, p) for p in preds):
        return "merged"
    near = [t for t in (tok.head, *tok.children) if t.i != tok.i]
    if any(_overlaps(_token_span(t), p) for t in near for p in preds):
        return "neighbour"
    found = [r for r in rules if _overlaps(gold, (r[0], r[1]))]
    if found:
        return "later" if any(r[3] for r in found) else "filter"
    lemma = tok.lemma_.lower()
    if lexicon_key(lemma) == "neither":
        return "not in lexicon"
    if lemma in load_lexicon().not_events:
        return "not-event-word"
    name = nonevent_rule(tok)
    return f"rule:{name}" if name else "lexicon, no rule"


def add_causes(rows: list[Row], docs: dict[tuple[str, str], Doc],
               preds: dict[tuple[str, str], list[Row]],
               rules: dict[str, list[list[Any]]]) -> list[Row]:
    """Each row with its ``pos`` and ``cause``."""
    out = []
    for r in rows:
        key = (r["set"], r["id"])
        doc = docs[key]
        start, end = int(r["start"]), int(r["end"])
        tok = head_token(doc, start, end)
        if tok is None:
            continue
        ptrig = [(int(p["trigger"]["start"]), int(p["trigger"]["end"])) for p in preds[key]]
        out.append({**r, "pos": pos_class(tok),
                    "cause": cause(tok, (start, end), ptrig,
                                   rules.get(f"{r['set']}|{r['id']}", []))})
    return out


def _gold_ends(rows: list[Row], records: list[Row]) -> None:
    """Fill the gold trigger's end into each row (the fine census keeps its start)."""
    ends = {(g["_set"], str(g["id"]), e["trigger"]["start"]): e["trigger"]["end"]
            for g in records for e in g["events"]}
    for r in rows:
        r["end"] = ends[(r["set"], r["id"], r["start"])]


def write_rules(out: Path) -> None:
    """The events the rules find with the learned filter off over the
    development sets, with the shipped filter's answer for each."""
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.stages.events.eventness import MODEL_PATH, EventFilter, recorded_features

    config = {"eventwire_events": {"use_filter": False, "record_features": True}}
    pipe = Pipeline(settings=Settings(), components=("eventwire_actors", "eventwire_events"),
                    component_config=config)
    model = EventFilter.from_file(MODEL_PATH)
    records = set_records(SETS)
    arts = [Article(text=r["text"], id=str(r["id"])) for r in records]
    found: dict[str, list[list[Any]]] = {}
    for rec, (_a, doc, _r) in zip(records, pipe.docs(arts), strict=True):
        if doc is None:
            raise SystemExit(f"article {rec['id']} was rejected")
        served = {id(e): f for e, f in recorded_features(doc)}
        found[f"{rec['_set']}|{rec['id']}"] = [
            [e.trigger.start, e.trigger.end, e.type,
             id(e) not in served or model.keep(served[id(e)]), list(e.rules)]
            for e in doc._.events or []]
    out.write_text(json.dumps(found), encoding="utf-8")


def table(rows: list[Row], key: str, lemmas: int = 0) -> None:
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        groups[str(r[key])].append(r)
    print(f"\n### missed by {key}\n\n| {key} | missed | real | own | sets |")
    print("|---|---:|---:|---:|---:|")
    for name, rs in sorted(groups.items(), key=lambda x: -len(x[1])):
        real = sum(bool(r["real"]) for r in rs)
        print(f"| {name} | {len(rs)} | {real} | {len(rs) - real} | {len({r['set'] for r in rs})} |")
        if lemmas:
            print("  ", Counter(r["lemma"] for r in rs).most_common(lemmas))


def main() -> None:
    import spacy

    from eventwire.settings import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("rows", type=Path)
    ap.add_argument("--rules", type=Path, required=True)
    ap.add_argument("--lemmas", type=int, default=0)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--write-rules", action="store_true", help="run the rules first (slow)")
    args = ap.parse_args()
    if args.write_rules:
        write_rules(args.rules)
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    rules = json.loads(args.rules.read_text(encoding="utf-8"))
    records = set_records(SETS)
    _gold_ends(rows, records)
    wanted = {(r["set"], r["id"]) for r in rows}
    recs = [g for g in records if (g["_set"], str(g["id"])) in wanted]
    nlp = spacy.load(Settings().model)
    docs = {(g["_set"], str(g["id"])): d for g, d in zip(recs, nlp.pipe(g["text"] for g in recs),
                                                         strict=True)}
    preds = {(s, i): ev for s in SETS for i, ev in set_predictions(args.pred_dir, s).items()}
    out = add_causes(rows, docs, preds, rules)
    if args.json:
        args.json.write_text(json.dumps(out), encoding="utf-8")
    for key in ("cause", "pos"):
        table(out, key, args.lemmas)
    for r in out:
        r["pos x cause"] = f"{r['pos']} / {r['cause']}"
        r["form x cause"] = f"{r['form']} / {r['cause']}"
        r["type x pos"] = f"{r['type']} / {r['pos']}"
    for key in ("pos x cause", "type x pos", "form x cause"):
        table(out, key, args.lemmas)


if __name__ == "__main__":
    main()
