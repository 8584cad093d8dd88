"""Missed and false events of **real outlets' texts** one level finer, beside
the own texts' shares (issue #12, branch events49).

    PYTHONPATH=. python tools/real_event_census.py /work/notes/m54 RULES \
        [--write-rules] [--json ROWS] [--lemmas N]

RULES is the dump of the events the rules find with the learned filter off
(``missed_cause_census.py --write-rules`` writes its first five columns;
this tool's ``--write-rules`` adds a sixth and seventh: the filter's
probability and its most negative present features, as
``[[feature, weight], ...]``, which name the feature of a filtered miss).
The development sets are parsed once with the shipped spaCy model. Every
unmatched gold event (a **miss**) and every unmatched prediction (a
**false** event) of ``topic_folds.SETS`` gets

* ``type`` (gold's or the prediction's) and ``pos`` (participle, event noun,
  adjective, verb, other: ``missed_cause_census.pos_class``);
* ``cause`` — for a miss ``missed_cause_census.cause`` with the filter's
  strongest negative feature named (``filter:FEATURE``) and the non-event
  rule named (``rule:NAME``); for a false event ``beside gold`` (a gold
  trigger within 40 characters: a split, not eventness), else the rule
  family that found it (``curated-verb``, ``nominal``, ``pattern`` … the
  part of the rule name before ``+``);
* ``construction``, the first that fits: headline (the first line),
  lede (the first sentence after it), light-verb noun, nominal in a PP,
  event noun as subject, participle modifier, coordinated second verb,
  reported speech (under a verb of saying, or inside quotation marks),
  other nominal, other verb;
* ``family``: a **court or police procedure** word (``PROCEDURE``: charged,
  arraigned, sentenced, booked, extradited …), else a **look-alike** story
  (the article is a sport, business or accident story by
  ``tools/real_story_kinds.real_kind``), else ``other``.

Prints, for real texts, counts with the sets holding them and the own texts'
share beside the real share (a class whose real share is well above its own
share is a *real-text class*), and the per-set counts of the causes. Never
prints a sentence.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.eval.record_fields import match_events
from tools.missed_cause_census import cause, pos_class
from tools.missed_fine_census import LIGHT, QUOTES, head_token
from tools.real_story_kinds import real_kind
from tools.topic_folds import SETS, is_real, set_predictions, set_records

Row = dict[str, Any]
PROCEDURE = frozenset(
    "charge arraign sentence book extradite indict convict remand prosecute acquit try trial "
    "appear plead bail jail imprison custody hearing arrest detain extradition arraignment "
    "conviction indictment prosecution".split())
SENTENCE_END = re.compile(r"[.!?][\"'\u201d]?\s")
SPEECH = frozenset("say tell claim report allege add state announce insist accord".split())
LOOKALIKE = {"match report": "sport", "tournament or transfer": "sport",
             "award, film or casting": "business", "product launch": "business",
             "company results": "business", "accident/disaster": "accident"}


def _under_speech(tok: Token) -> bool:
    t, hops = tok, 0
    while t.dep_ != "ROOT" and hops < 4:
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in SPEECH:
            return True
        t, hops = t.head, hops + 1
    return sum(1 for x in tok.sent if x.i < tok.i and x.text in QUOTES + ("``",)) % 2 == 1


def construction(tok: Token, doc: Doc) -> str:
    """The first construction of the module docstring that fits."""
    first_nl = doc.text.find("\n")
    noun = tok.pos_ in ("NOUN", "PROPN")
    verb = tok.pos_ in ("VERB", "AUX")
    # the first sentence after the headline, read from the characters (the bare
    # parse may join the headline to it): no sentence end and no line break between
    before = doc.text[first_nl + 1:tok.idx]
    lede = first_nl >= 0 and tok.idx > first_nl and "\n" not in before and \
        not SENTENCE_END.search(before)
    checks = [
        (first_nl >= 0 and tok.idx < first_nl, "headline"),
        (lede, "lede"),
        (noun and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT, "light-verb noun"),
        (noun and tok.dep_ == "pobj", "nominal in a PP"),
        (noun and tok.dep_ in ("nsubj", "nsubjpass"), "event noun as subject"),
        (tok.tag_ in ("VBN", "VBG") and tok.dep_ in ("amod", "acl"), "participle modifier"),
        (verb and tok.dep_ == "conj", "coordinated second verb"),
        (_under_speech(tok), "reported speech"),
        (noun, "other nominal"),
    ]
    return next((name for hit, name in checks if hit), "other verb")


def family(lemma: str, kind: str) -> str:
    if lemma in PROCEDURE:
        return "court/police procedure"
    return f"look-alike: {LOOKALIKE[kind]}" if kind in LOOKALIKE else "other"


def _filter_feature(gold: tuple[int, int], rules: list[list[Any]]) -> str:
    for r in rules:
        if r[0] < gold[1] and gold[0] < r[1] and not r[3] and len(r) > 6 and r[6]:
            return str(r[6][0][0])
    return "?"


def miss_cause(tok: Token, gold: tuple[int, int], preds: list[tuple[int, int]],
               rules: list[list[Any]]) -> str:
    c = cause(tok, gold, preds, rules)
    return f"filter:{_filter_feature(gold, rules)}" if c == "filter" else c


def false_cause(start: int, golds: list[int], rules: list[list[Any]], end: int) -> str:
    if any(abs(g - start) <= 40 for g in golds):
        return "beside gold"
    names = [n for r in rules if r[0] < end and start < r[1] for n in r[4]]
    return names[0].split("+")[0] if names else "?"


def article_rows(g: Row, doc: Doc, pred: list[Row], rules: list[list[Any]]) -> list[Row]:
    pairs = match_events(g["events"], pred)
    gm, pm = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    base = {"set": g["_set"], "real": is_real(g), "id": str(g["id"])}
    kind = real_kind(g["text"])
    ptrig = [(int(p["trigger"]["start"]), int(p["trigger"]["end"])) for p in pred]
    out: list[Row] = []
    for side, events, done in (("missed", g["events"], gm), ("false", pred, pm)):
        for i, e in enumerate(events):
            s, t = int(e["trigger"]["start"]), int(e["trigger"]["end"])
            tok = head_token(doc, s, t)
            if i in done or tok is None:
                continue
            lemma = tok.lemma_.lower()
            why = (miss_cause(tok, (s, t), ptrig, rules) if side == "missed" else
                   false_cause(s, [x["trigger"]["start"] for x in g["events"]], rules, t))
            out.append({**base, "side": side, "type": e["type"], "lemma": lemma,
                        "pos": pos_class(tok), "cause": why, "start": s,
                        "construction": construction(tok, doc), "family": family(lemma, kind)})
    return out


def census(pred_dir: Path, rules: dict[str, list[list[Any]]]) -> list[Row]:
    import spacy

    from eventwire.settings import Settings

    nlp = spacy.load(Settings().model)
    records = set_records(SETS)
    preds = {(s, i): ev for s in SETS for i, ev in set_predictions(pred_dir, s).items()}
    rows: list[Row] = []
    for g, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        key = (g["_set"], str(g["id"]))
        rows.extend(article_rows(g, doc, preds[key], rules.get("|".join(key), [])))
    return rows


def write_rules(out: Path) -> None:
    """``missed_cause_census.write_rules`` with the filter's probability and
    its four most negative present features per event."""
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.stages.events.eventness import MODEL_PATH, EventFilter, recorded_features

    config = {"eventwire_events": {"use_filter": False, "record_features": True}}
    pipe = Pipeline(settings=Settings(), components=("eventwire_actors", "eventwire_events"),
                    component_config=config)
    model = EventFilter.from_file(MODEL_PATH)
    records = set_records(SETS)
    found: dict[str, list[list[Any]]] = {}
    arts = [Article(text=r["text"], id=str(r["id"])) for r in records]
    for rec, (_a, doc, _r) in zip(records, pipe.docs(arts), strict=True):
        if doc is None:
            raise SystemExit(f"article {rec['id']} was rejected")
        served = {id(e): f for e, f in recorded_features(doc)}
        rows = []
        for e in doc._.events or []:
            feats = served.get(id(e))
            neg = sorted(((f, model.weights.get(f, 0.0)) for f in set(feats or [])),
                         key=lambda fw: (fw[1], fw[0]))[:4]
            rows.append([e.trigger.start, e.trigger.end, e.type,
                         feats is None or model.keep(feats), list(e.rules),
                         None if feats is None else round(model.probability(feats), 3), neg])
        found[f"{rec['_set']}|{rec['id']}"] = rows
    out.write_text(json.dumps(found), encoding="utf-8")


def coarse(value: str) -> str:
    return value.split(":")[0] if value.startswith("filter:") else value


def share_table(rows: list[Row], side: str, key: str, lemmas: int = 0,
                fn: Any = str) -> list[str]:
    """Real counts and sets per value of ``key``, beside the real and own shares."""
    mine = [r for r in rows if r["side"] == side]
    real = [r for r in mine if r["real"]]
    own = [r for r in mine if not r["real"]]
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in mine:
        groups[fn(r[key])].append(r)
    out = [f"\n### {side} by {key}\n",
           f"| {key} | real | real sets | real share | own | own share |",
           "|---|---:|---:|---:|---:|---:|"]
    for name, rs in sorted(groups.items(), key=lambda x: -sum(r["real"] for r in x[1])):
        rr = [r for r in rs if r["real"]]
        out.append(f"| {name} | {len(rr)} | {len({r['set'] for r in rr})} | "
                   f"{len(rr) / max(1, len(real)):.1%} | {len(rs) - len(rr)} | "
                   f"{(len(rs) - len(rr)) / max(1, len(own)):.1%} |")
        if lemmas and rr:
            out.append(f"|  | {Counter(r['lemma'] for r in rr).most_common(lemmas)} | | | | |")
    return out


def per_set(rows: list[Row], side: str, key: str, fn: Any = str) -> list[str]:
    real = [r for r in rows if r["side"] == side and r["real"]]
    cols = [c for c, _ in Counter(fn(r[key]) for r in real).most_common()]
    out = [f"\n### real {side} per set by {key}\n", "| set | all | " + " | ".join(cols) + " |",
           "|---|" + "---:|" * (len(cols) + 1)]
    for name in SETS:
        rs = [r for r in real if r["set"] == name]
        if rs:
            c = Counter(fn(r[key]) for r in rs)
            out.append(f"| {name} | {len(rs)} | " + " | ".join(str(c[x]) for x in cols) + " |")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("rules", type=Path)
    ap.add_argument("--json", type=Path, help="write the rows (no text) here")
    ap.add_argument("--load", action="store_true", help="read the rows from --json")
    ap.add_argument("--lemmas", type=int, default=0)
    ap.add_argument("--write-rules", action="store_true", help="run the rules first (slow)")
    args = ap.parse_args()
    if args.write_rules:
        write_rules(args.rules)
    if args.load and args.json:
        rows = json.loads(args.json.read_text(encoding="utf-8"))
    else:
        rows = census(args.pred_dir, json.loads(args.rules.read_text(encoding="utf-8")))
        if args.json:
            args.json.write_text(json.dumps(rows), encoding="utf-8")
    lines: list[str] = []
    for side in ("missed", "false"):
        for key, fn in (("type", str), ("pos", str), ("cause", coarse), ("cause", str),
                        ("construction", str), ("family", str)):
            lines += share_table(rows, side, key, args.lemmas, fn)
        lines += per_set(rows, side, "cause", coarse) + per_set(rows, side, "construction")
        lines += per_set(rows, side, "family")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
