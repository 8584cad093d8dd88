"""Split the missed ``nominal`` and ``complement`` events one level finer
(issue #12, branch events34).

Reads the predictions of a ``records_by_origin.py --out`` folder, matches
them with the gold records of the development sets (the scorer's rule,
``match_events``), puts every missed gold event into its class with
``event_error_classes.fn_class`` and splits the ``nominal`` and
``complement`` ones by

* nominal: lexicon coverage (in the nominal lexicon / a verb of the lexicon
  / neither), deverbal or simple noun (a verb of the same stem in the
  lexicon), an argument (of-phrase, possessive, none), and its position
  (subject, object, object of a light verb, in a PP);
* complement: the governor's class (a promise/plan/agreement word, a
  speech word, an attempt/aspect word, other), whether the governor is
  itself an event the predictions took ("folded": the guide makes the
  content part of the governing act), and the dependency.

``--constructions`` adds the missed events of the constructions branch
events34 reads (holding responsible, a case taken to a body, an arrest
warrant, a protest a group calls), whatever their class.

Prints only counts, real/own and set spread per sub-class, never a
sentence: ``--lemmas`` adds the most frequent head lemmas of a sub-class.

    PYTHONPATH=. python tools/missed_split.py /work/notes/m39 [--json OUT]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from eventwire.eval.record_fields import match_events
from eventwire.stages.events.triggers import load_lexicon
from tools.census_io import gold_with_predictions, is_real_source

SETS = "abcdefghijklmnopqrstuvw"  # the development sets only: never a blind set
LIGHT = {"give", "make", "take", "hold", "carry", "conduct", "launch", "stage", "have",
         "mount", "issue", "impose", "hand", "lodge", "file", "wage", "begin", "start"}
COMMIT = {"vow", "pledge", "promise", "agree", "plan", "decide", "offer", "threaten",
          "refuse", "intend", "aim", "seek", "want", "prepare", "expect", "hope", "propose",
          "resolve", "undertake", "commit", "vote", "move", "choose", "demand", "ask"}
SPEECH = {"say", "tell", "announce", "state", "claim", "report", "add", "declare", "confirm",
          "warn", "urge", "call", "deny", "insist", "accuse", "allege"}
ASPECT = {"try", "attempt", "continue", "begin", "start", "fail", "manage", "stop", "keep",
          "resume", "go", "come", "help", "need", "use", "work", "order", "force", "allow"}


def _argument(tok: Token) -> str:
    deps = {c.dep_ for c in tok.children}
    if "poss" in deps:
        return "possessive"
    if any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against", "with", "between", "by")
           for c in tok.children):
        return "of/on-phrase"
    if "compound" in deps or "amod" in deps:
        return "modifier only"
    return "bare"


def _position(tok: Token) -> str:
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return "subject"
    if tok.dep_ == "dobj":
        return "light-verb object" if tok.head.lemma_.lower() in LIGHT else "object"
    if tok.dep_ == "pobj":
        return "in a PP"
    return "other"


def nominal_split(tok: Token) -> dict[str, str]:
    lex = load_lexicon()
    lemma = tok.lemma_.lower()
    cover = "nominal lexicon" if lemma in lex.nominals or tok.lower_ in lex.nominals else \
        "verb lexicon" if lemma in lex.verbs else "not in lexicon"
    return {"cover": cover, "argument": _argument(tok), "position": _position(tok)}


def _governor_class(lemma: str) -> str:
    if lemma in COMMIT:
        return "commit/plan"
    if lemma in SPEECH:
        return "speech"
    if lemma in ASPECT:
        return "aspect/attempt/order"
    return "other"


def complement_split(tok: Token, pred_toks: set[int]) -> dict[str, str]:
    gov = tok.head
    lex = load_lexicon()
    lemma = tok.lemma_.lower()
    return {"governor": _governor_class(gov.lemma_.lower()),
            "folded": "governor taken" if gov.i in pred_toks else "governor not taken",
            "dep": tok.dep_,
            "cover": "verb lexicon" if lemma in lex.verbs else "not in lexicon"}


def construction(tok: Token) -> str:
    """The events34 construction the missed trigger's head (or its
    governor) belongs to, or ``other``."""
    from eventwire.stages.events.accountability import holds_responsible, takes_case_to_body

    near = [tok, tok.head]
    if any(holds_responsible(t) for t in near):
        return "holding responsible"
    if any(takes_case_to_body(t) for t in near):
        return "case taken to a body"
    if tok.lemma_.lower() == "warrant" or (tok.lower_ in ("arrest", "detention") and
                                             tok.head.lemma_.lower() == "warrant"):
        return "warrant"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "call" and tok.lemma_.lower() in (
            "strike", "protest", "march", "rally", "demonstration", "boycott"):
        return "called protest"
    return "other"


def rows(pred_dir: Path) -> list[dict[str, Any]]:
    import spacy

    from eventwire.settings import Settings
    from tools.event_error_classes import fn_class, token_at

    nlp = spacy.load(Settings().model)
    out: list[dict[str, Any]] = []
    for s, g, pevents in gold_with_predictions(pred_dir, SETS):
        found = {gi for gi, _ in match_events(g["events"], pevents)}
        if len(found) == len(g["events"]):
            continue
        doc = nlp(g["text"])
        ptoks = {t.i for p in pevents if (t := token_at(doc, p["trigger"]["start"],
                                                         p["trigger"]["end"])) is not None}
        earlier: set[str] = set()
        for gi, e in sorted(enumerate(g["events"]), key=lambda x: x[1]["trigger"]["start"]):
            tok = token_at(doc, e["trigger"]["start"], e["trigger"]["end"])
            if gi not in found:
                cls = fn_class(tok, e, doc, earlier, False)
                row = {"set": s, "real": is_real_source(g),
                       "id": g["id"], "class": cls, "gi": gi}
                if tok is not None and cls == "nominal":
                    row.update(nominal_split(tok), lemma=tok.lemma_.lower())
                elif tok is not None and cls == "complement":
                    row.update(complement_split(tok, ptoks), lemma=tok.lemma_.lower(),
                               gov=tok.head.lemma_.lower())
                if tok is not None:
                    row["construction"] = construction(tok)
                out.append(row)
            earlier.add(e["trigger"]["text"].lower())
            if tok is not None:
                earlier.add(tok.lemma_.lower())
    return out


def table(data: list[dict[str, Any]], cls: str, key: str, lemmas: int) -> None:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in data:
        if r["class"] == cls or r.get("any") == cls:
            groups[str(r.get(key))].append(r)
    print(f"\n### {cls} by {key}\n\n| sub-class | missed | real | own | sets | top set share |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, rs in sorted(groups.items(), key=lambda x: -len(x[1])):
        sets = Counter(r["set"] for r in rs)
        real = sum(r["real"] for r in rs)
        share = max(sets.values()) / len(rs)
        print(f"| {name} | {len(rs)} | {real} | {len(rs) - real} | {len(sets)} | {share:.0%} |")
        if lemmas:
            print("  ", Counter(r.get("lemma") for r in rs).most_common(lemmas))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--load", type=Path, help="rows a previous --json wrote")
    ap.add_argument("--lemmas", type=int, default=0)
    ap.add_argument("--constructions", action="store_true")
    args = ap.parse_args()
    data = json.loads(args.load.read_text()) if args.load else rows(args.pred_dir)
    if args.json:
        args.json.write_text(json.dumps(data), encoding="utf-8")
    for key in ("cover", "argument", "position"):
        table(data, "nominal", key, args.lemmas)
    for key in ("governor", "folded", "dep", "cover"):
        table(data, "complement", key, args.lemmas)
    if args.constructions:
        for r in data:
            r["any"] = "missed"
        table([r for r in data if r.get("construction", "other") != "other"], "missed",
              "construction", 0)


if __name__ == "__main__":
    main()
