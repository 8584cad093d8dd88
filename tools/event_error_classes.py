"""Error table of event detection over the gold record sets, by linguistic
class (issue #12, branch events6).

Runs the actors + events components with the learned filter **off**, applies
the shipped filter (``eventwire/data/events/eventness.json``) itself to the
features recorded where the filter computes them at run time (events13;
before, the features after the component ran, which differ a little), matches
the kept events to the gold triggers one-to-one (the scorer's rule,
``match_events``) and sorts every error into the first class that fits:

false positives (a predicted event no gold event takes)
  split        overlaps a gold trigger another prediction took
  near-miss    an untaken gold trigger starts within 40 characters
  re-mention   an earlier event of the article has the same lemma (gold merges)
  headline     in the article's first line
  speech       a reported-speech or statement word ("said", "announced")
  light-verb   a light verb ("held", "gave", "launched") whose noun is the act
  circumstance an event noun in a phrase of time or cause ("after the bombing")
  complement   the content of another event, or a to-/purpose clause
  nominal      a noun (an event noun that is only a topic or a kind)
  no-political no political actor named in the sentence
  verb         any other verb

false negatives (a gold event no kept prediction matches)
  filtered     the rules found it, the filter dropped it
  headline     in the first line
  re-mention   an earlier gold trigger of the article has the same word
  speech       a reported-speech or statement word
  circumstance an event noun in a phrase of time or cause
  complement   inside a to-/purpose clause or a clausal complement
  nominal      a noun (nominal event the lexicon lacks or rejects)
  adjective    an adjective or participle ("ready", "injured")
  verb-known   a verb the lexicon has, dropped by a class rule
  verb-unknown a verb the lexicon lacks

Usage: ``PYTHONPATH=. python tools/event_error_classes.py [--sets abcdefgh]
[--examples CLASS] [--weights FILE]``; prints one table per set, the real
outlets' articles (source ecbplus:/geovirus:/meantime:) and the own texts.
Development figures: every set has been used.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.eval.record_fields import match_events
from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.events.eventness import (
    MODEL_PATH,
    EventFilter,
    doc_context,
    recorded_features,
    trigger_token,
)
from eventwire.stages.events.speech_content import CIRCUMSTANCE_PREPS
from eventwire.stages.events.triggers import load_lexicon

SPEECH = {"say", "tell", "announce", "state", "statement", "claim", "report", "add", "note",
          "explain", "insist", "comment", "describe", "declare", "confirm", "remark", "speak",
          "talk", "told", "said", "reiterate", "stress", "write", "announcement", "assert"}
LIGHT = {"give", "make", "take", "hold", "carry", "conduct", "launch", "stage", "have", "do",
         "put", "get", "mount", "issue", "hand", "deliver", "pay", "offer", "provide"}
COMPLEMENT_DEPS = {"xcomp", "ccomp", "advcl", "pcomp", "csubj"}
FP_CLASSES = ("split", "near-miss", "re-mention", "headline", "speech", "light-verb",
              "circumstance", "complement", "nominal", "no-political", "verb")
FN_CLASSES = ("filtered", "headline", "re-mention", "speech", "circumstance", "complement",
              "nominal", "adjective", "verb-known", "verb-unknown")


def _real(rec: dict[str, Any]) -> bool:
    return str(rec.get("source", "own")).split(":")[0] in ("ecbplus", "geovirus", "meantime")


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _first_line(doc: Doc, tok: Token) -> bool:
    """A title line: the text has line breaks and ``tok`` is before the first."""
    return "\n" in doc.text and "\n" not in doc.text[:tok.idx]


def _circumstance(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in CIRCUMSTANCE_PREPS


def _complement(tok: Token) -> bool:
    return tok.dep_ in COMPLEMENT_DEPS and tok.head.i != tok.i and (
        tok.dep_ != "advcl" or any(c.lower_ in ("to", "for", "so") for c in tok.children))


def fp_class(tok: Token, event: EventMention, doc: Doc, ctx: dict[str, Any]) -> str:
    """The first false-positive class above that fits."""
    start, end = event.trigger.start, event.trigger.end
    if any(g["trigger"]["start"] < end and start < g["trigger"]["end"] for g in ctx["taken"]):
        return "split"
    if any(abs(g["trigger"]["start"] - start) <= 40 for g in ctx["untaken"]):
        return "near-miss"
    lemma = tok.lemma_.lower()
    if lemma in ctx["earlier_lemmas"]:
        return "re-mention"
    if _first_line(doc, tok):
        return "headline"
    if lemma in SPEECH:
        return "speech"
    if tok.pos_ == "VERB" and lemma in LIGHT:
        return "light-verb"
    if _circumstance(tok):
        return "circumstance"
    if event.content_of is not None or _complement(tok):
        return "complement"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "nominal"
    if not ctx["sent_political"]:
        return "no-political"
    return "verb"


def fn_class(tok: Token | None, gold: dict[str, Any], doc: Doc, earlier: set[str],
             found_by_rules: bool) -> str:
    """The first false-negative class above that fits."""
    if found_by_rules:
        return "filtered"
    if tok is None:
        return "verb-unknown"
    lemma = tok.lemma_.lower()
    if _first_line(doc, tok):
        return "headline"
    if lemma in earlier or gold["trigger"]["text"].lower() in earlier:
        return "re-mention"
    if lemma in SPEECH:
        return "speech"
    if _circumstance(tok):
        return "circumstance"
    if _complement(tok):
        return "complement"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "nominal"
    if tok.pos_ == "ADJ" or tok.tag_ in ("JJ",):
        return "adjective"
    return "verb-known" if lemma in load_lexicon().verbs else "verb-unknown"


def political_sents(doc: Doc, actors: list[Any]) -> set[int]:
    ctx = doc_context(doc, actors)
    return {start for start, i in ctx.sent_index.items() if i in ctx.political_sents}


def article_errors(rec: dict[str, Any], doc: Doc, model: EventFilter | None
                   ) -> list[tuple[str, str, str]]:
    """(fp|fn|tp, class, example) rows of one article."""
    events = list(doc._.events or [])
    actors = list(doc._.actor_mentions or [])
    political = political_sents(doc, actors)
    served = {id(e): feats for e, feats in recorded_features(doc)}
    kept = [e for e in events if model is None or id(e) not in served
            or model.keep(served[id(e)])]
    gold = rec["events"]
    trig = [{"trigger": {"start": e.trigger.start, "end": e.trigger.end}} for e in kept]
    pairs = match_events(gold, trig)
    got_g, got_p = {g for g, _ in pairs}, {p for _, p in pairs}
    rules_pairs = match_events(gold, [{"trigger": {"start": e.trigger.start,
                                                   "end": e.trigger.end}} for e in events])
    by_rules = {g for g, _ in rules_pairs}
    rows = [("tp", "", "") for _ in pairs]
    taken = [gold[g] for g in got_g]
    untaken = [gold[g] for g in range(len(gold)) if g not in got_g]
    seen: set[str] = set()
    for i, e in enumerate(kept):
        tok = trigger_token(doc, e)
        if tok is None:
            continue
        if i not in got_p:
            ctx = {"taken": taken, "untaken": untaken, "earlier_lemmas": seen,
                   "sent_political": tok.sent.start in political}
            rows.append(("fp", fp_class(tok, e, doc, ctx), _example(doc, tok, e.type)))
        seen.add(tok.lemma_.lower())
    earlier: set[str] = set()
    for gi, g in sorted(enumerate(gold), key=lambda x: x[1]["trigger"]["start"]):
        tok = token_at(doc, g["trigger"]["start"], g["trigger"]["end"])
        if gi not in got_g:
            cls = fn_class(tok, g, doc, earlier, gi in by_rules)
            rows.append(("fn", cls, _example(doc, tok, g["type"]) if tok is not None
                         else g["trigger"]["text"]))
        earlier.add(g["trigger"]["text"].lower())
        if tok is not None:
            earlier.add(tok.lemma_.lower())
    return rows


def _example(doc: Doc, tok: Token, kind: str) -> str:
    sent = tok.sent
    left = doc[max(sent.start, tok.i - 8):tok.i].text
    right = doc[tok.i + 1:min(sent.end, tok.i + 8)].text
    return f"{kind:9} {left} [[{tok.text}]] {right}".replace("\n", " ")


def run(sets: str, weights: Path | None) -> dict[str, list[tuple[str, str, str]]]:
    pipe = Pipeline(settings=Settings(), components=("eventwire_actors", "eventwire_events"),
                    component_config={"eventwire_events": {"use_filter": False,
                                                           "record_features": True}})
    model = EventFilter.from_file(weights or MODEL_PATH)
    records = []
    for s in sets:
        with open(f"tests/data/records/rec_{s}.jsonl", encoding="utf-8") as fh:
            records += [(f"rec_{s}", json.loads(line)) for line in fh if line.strip()]
    arts = [Article(text=r["text"], id=str(r["id"])) for _b, r in records]
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for (batch, rec), (_a, doc, _r) in zip(records, pipe.docs(arts), strict=True):
        rows = article_errors(rec, doc, model)
        for key in (batch, "real" if _real(rec) else "own", "all"):
            out[key].extend(rows)
    return out


def _prf(rows: list[tuple[str, str, str]]) -> str:
    c = Counter(r[0] for r in rows)
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} {r:.3f} {f:.3f}"


def table(out: dict[str, list[tuple[str, str, str]]]) -> None:
    keys = sorted(k for k in out if k.startswith("rec_")) + ["real", "own", "all"]
    print("| set | P R F1 | " + " | ".join(f"FP {c}" for c in FP_CLASSES) + " | "
          + " | ".join(f"FN {c}" for c in FN_CLASSES) + " |")
    for k in keys:
        c = Counter((r[0], r[1]) for r in out[k])
        cells = [str(c[("fp", x)]) for x in FP_CLASSES] + [str(c[("fn", x)]) for x in FN_CLASSES]
        print(f"| {k} | {_prf(out[k])} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="abcdefgh")
    ap.add_argument("--weights", type=Path, default=None)
    ap.add_argument("--examples", default="", help="fp:CLASS or fn:CLASS to list")
    ap.add_argument("--save", default="", help="write all rows as JSON here")
    args = ap.parse_args()
    out = run(args.sets, args.weights)
    table(out)
    if args.save:
        Path(args.save).write_text(json.dumps({k: v for k, v in out.items()}), encoding="utf-8")
    if args.examples:
        kind, cls = args.examples.split(":")
        for k in sorted(x for x in out if x.startswith("rec_")):
            for r in out[k]:
                if r[0] == kind and r[1] == cls:
                    print(k, r[2])


if __name__ == "__main__":
    main()
