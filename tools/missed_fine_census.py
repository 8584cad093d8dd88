"""The missed gold events of a run one level finer, over all development
sets (issue #12, branch events44).

Reads a ``tools/records_by_origin.py --out DIR`` folder, matches its
predictions with the gold records of ``topic_folds.SETS`` (the scorer's
rule, ``match_events``) and gives every unmatched gold event four keys:

* ``form``: the first construction of the gold trigger's head that fits —
  headline, re-mention (an earlier gold trigger of the article has the same
  lemma), light-verb noun ("carried out raids"), nominal in a PP, event noun
  as subject, other nominal, phrasal verb (a particle child), coordinated
  second verb, participle modifier (amod/acl VBN/VBG), adjective,
  infinitival complement (xcomp), clausal complement (ccomp), inside a
  quotation, subordinate/relative clause (advcl/relcl), other verb;
* ``type``: the gold PLOVER type;
* ``lexicon``: the lemma is a verb of the lexicon, a nominal of it, both, or
  neither (``load_lexicon``);
* ``near``: a prediction overlaps the trigger's sentence within 40
  characters of it (a likely split or a wrong head), else none.

Prints counts, real/own and the number of sets per key and per
form x lexicon; ``--lemmas N`` adds the top lemmas of each form. Never
prints a sentence.

    PYTHONPATH=. python tools/missed_fine_census.py /work/notes/m45 [--lemmas 12]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.eval.record_fields import match_events
from eventwire.stages.events.lexicon import load_lexicon
from tools.topic_folds import SETS, is_real, set_predictions, set_records

Row = dict[str, Any]
LIGHT = {"carry", "hold", "launch", "conduct", "stage", "make", "give", "take", "mount", "wage",
         "issue", "impose", "deliver", "hand", "lodge", "file", "have", "begin", "start"}
QUOTES = ('"', "\u201c", "\u201d")


def form(tok: Token, doc: Doc, earlier: set[str]) -> str:
    """The first construction of the missed trigger's head ``tok`` that fits."""
    noun = tok.pos_ in ("NOUN", "PROPN")
    verb = tok.pos_ in ("VERB", "AUX")
    quotes = sum(1 for t in tok.sent if t.i < tok.i and t.text in QUOTES)
    checks = [
        ("\n" in doc.text and "\n" not in doc.text[:tok.idx], "headline"),
        (tok.lemma_.lower() in earlier, "re-mention"),
        (noun and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT, "light-verb noun"),
        (noun and tok.dep_ == "pobj", "nominal in a PP"),
        (noun and tok.dep_ in ("nsubj", "nsubjpass"), "event noun as subject"),
        (noun, "other nominal"),
        (verb and any(c.dep_ == "prt" for c in tok.children), "phrasal verb"),
        (verb and tok.dep_ == "conj", "coordinated second verb"),
        (tok.tag_ in ("VBN", "VBG") and tok.dep_ in ("amod", "acl"), "participle modifier"),
        (tok.pos_ == "ADJ", "adjective"),
        (tok.dep_ == "xcomp", "infinitival complement"),
        (tok.dep_ == "ccomp", "clausal complement"),
        (quotes % 2 == 1, "inside a quotation"),
        (tok.dep_ in ("advcl", "relcl", "pcomp"), "subordinate clause"),
    ]
    return next((name for hit, name in checks if hit), "other verb")


def lexicon_key(lemma: str) -> str:
    """verb / nominal / both of the lexicon, else "pattern" when the lemma
    heads a verb-object pattern ("send troops"), else "neither"."""
    lex = load_lexicon()
    verb, noun = lemma in lex.verbs, lemma in lex.nominals
    if verb or noun:
        return "both" if verb and noun else "verb" if verb else "nominal"
    return "pattern" if any(p.split()[0] == lemma for p in lex.patterns) else "neither"


def head_token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def article_rows(g: Row, doc: Doc, pevents: list[Row]) -> list[Row]:
    found = {gi for gi, _ in match_events(g["events"], pevents)}
    out: list[Row] = []
    earlier: set[str] = set()
    for gi, e in sorted(enumerate(g["events"]), key=lambda x: x[1]["trigger"]["start"]):
        tok = head_token(doc, e["trigger"]["start"], e["trigger"]["end"])
        lemma = tok.lemma_.lower() if tok is not None else e["trigger"]["text"].lower()
        if gi not in found and tok is not None:
            near = any(abs(p["trigger"]["start"] - e["trigger"]["start"]) <= 40
                       for p in pevents)
            out.append({"set": g["_set"], "real": is_real(g), "form": form(tok, doc, earlier),
                        "type": e["type"], "lexicon": lexicon_key(lemma), "lemma": lemma,
                        "pos": tok.pos_, "near": "near" if near else "none",
                        "gov": tok.head.lemma_.lower(), "dep": tok.dep_,
                        "id": str(g["id"]), "start": e["trigger"]["start"]})
        earlier.add(lemma)
    return out


def census(pred_dir: Path) -> list[Row]:
    import spacy

    from eventwire.settings import Settings

    nlp = spacy.load(Settings().model)
    records = set_records(SETS)
    preds = {(s, i): ev for s in SETS for i, ev in set_predictions(pred_dir, s).items()}
    rows: list[Row] = []
    for g, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        rows.extend(article_rows(g, doc, preds[(g["_set"], str(g["id"]))]))
    return rows


def table(rows: list[Row], key: str, lemmas: int = 0) -> None:
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        groups[str(r[key])].append(r)
    print(f"\n### missed by {key}\n\n| {key} | missed | real | own | sets |")
    print("|---|---:|---:|---:|---:|")
    for name, rs in sorted(groups.items(), key=lambda x: -len(x[1])):
        real = sum(r["real"] for r in rs)
        print(f"| {name} | {len(rs)} | {real} | {len(rs) - real} | {len({r['set'] for r in rs})} |")
        if lemmas:
            print("  ", Counter(r["lemma"] for r in rs).most_common(lemmas))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--lemmas", type=int, default=0)
    ap.add_argument("--json", type=Path, help="write the rows (no text) here")
    args = ap.parse_args()
    rows = census(args.pred_dir)
    if args.json:
        args.json.write_text(json.dumps(rows), encoding="utf-8")
    table(rows, "form", args.lemmas)
    for key in ("type", "lexicon", "near", "pos"):
        table(rows, key)
    for r in rows:
        r["form x lexicon"] = f"{r['form']} / {r['lexicon']}"
    table(rows, "form x lexicon", args.lemmas)


if __name__ == "__main__":
    main()
