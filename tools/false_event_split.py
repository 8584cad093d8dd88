"""Split the false-event classes ``verb`` and ``complement`` one level finer
(issue #12, branch events33).

    PYTHONPATH=. python tools/false_event_split.py --pred /work/notes/m39 \\
        [--rows OUT.jsonl]

Why: census22 found ``verb`` (425) and ``complement`` (233) the two largest
false-event classes with real weight, each spread over all 23 sets. A rule
fitted to one of them as a whole drops too many true events; a sub-class by
construction (the verb's lexical class, the governing predicate's class, a
modal or habitual use, a subject that is no political actor) can be checked
for breadth before a rule is written.

``--harm`` (events35) splits the predicted verbs of harm ("killed",
"wounded", "injured") by how they hang on the sentence: joined by "and" to
an act of force of the same doer ("shot and killed"), joined to an act of
another class, with a subject of their own, a bare participle, or other;
over every false-event class, beside the matched events of the same slice.

``--rows`` also records (events43) the trigger's entity label, its
morphology, its children (``dep:word``) and its line in the text, which
``tools/false_construction_split.py`` reads to split every false event by
its construction and story kind without a second parse.

Every predicted event is classified, matched ones too (class ``tp``), so a
candidate rule's losses can be counted on the same rows: ``--rows`` writes
one JSON row per predicted event (set, origin, class, sub-classes, parse
features and the sentence) for that check. Only counts and set spread are
printed.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from tools import event_error_classes
from tools.census_io import add_row_args, parsed_records, predictions, rows_of
from tools.error_breadth import _mention, matched_split
from tools.topic_folds import SETS, is_real, set_records

Record = dict[str, Any]

# the verb's lexical class (a list per class: the rationale is the class name)
VERB_CLASSES: dict[str, frozenset[str]] = {
    "perception/cognition": frozenset(
        "see watch hear feel know think believe expect consider view fear worry hope "
        "understand realize recognize notice find learn remember forget wonder doubt "
        "suspect assume seem appear look sound".split()),
    "state/possession": frozenset(
        "have own hold keep remain stay lie contain include represent belong lack need "
        "face carry bear house host control dominate account".split()),
    "aspectual": frozenset(
        "begin start continue end finish stop resume keep complete cease".split()),
    "motion": frozenset(
        "go come move travel arrive leave return head fly walk run drive sail enter cross "
        "flee reach".split()),
    "change/measure": frozenset(
        "rise fall drop increase decrease grow decline surge jump climb plunge soar slide "
        "gain lose hit reach double top".split()),
}
COMPLEMENT_HEADS: dict[str, frozenset[str]] = {
    "plan": frozenset("plan intend aim schedule prepare set propose mean expect".split()),
    "want": frozenset("want wish hope seek desire like prefer".split()),
    "try": frozenset("try attempt struggle strive work fight".split()),
    "need": frozenset("need have require must".split()),
    "able": frozenset("able unable can fail manage refuse decline".split()),
    "attitude": frozenset("fear worry threaten vow promise pledge agree urge call ask "
                          "demand warn".split()),
    "report": frozenset("say tell report announce state claim add believe think know "
                        "see show find accuse allege confirm deny".split()),
}
MODALS = {"will", "would", "could", "should", "may", "might", "can", "must", "shall", "'ll"}


def construction(tok: Token) -> str:
    """The sub-classes events33 fixed, by the shipped tests themselves (on
    the baseline's predictions they show what each rule would reach)."""
    from eventwire.stages.events.elaborations import elaborates
    from eventwire.stages.events.hazard_struggles import is_hazard_struggle
    from eventwire.stages.events.sports import SCORE, game_only, sports_story

    if elaborates(tok):
        return "participle elaborating its governor"
    if is_hazard_struggle(tok):
        return "struggle against a hazard"
    if not sports_story(tok.doc) and SCORE.search(tok.sent.text) and game_only(tok):
        return "sentence giving a game's score"
    return "-"


def harm_class(tok: Token) -> str:
    """How a verb of harm hangs on its sentence (events35); "-" for any
    other word."""
    from eventwire.stages.events import harm_outcomes as rule

    if tok.pos_ != "VERB" or tok.lemma_.lower() not in rule.harm_verbs():
        return "-"
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        if rule.tells_outcome(tok):
            return "joined to an act of force"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return "conjunct with its own subject"
        return "joined to another act"
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        return "bare participle"
    return "other"


def verb_class(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    for name, words in VERB_CLASSES.items():
        if lemma in words:
            return name
    return "other"


def use_class(tok: Token) -> str:
    """Modal/future, habitual (present simple), negated, or a plain past/other."""
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return "negated"
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids) or any(
            c.lower_ == "to" for c in kids):
        return "modal/future"
    if tok.tag_ in ("VBZ", "VBP") and not any(c.dep_.startswith("aux") for c in kids):
        return "habitual/present"
    if tok.tag_ == "VBG" and not any(c.dep_.startswith("aux") for c in kids):
        return "gerund"
    return "plain"


def complement_class(tok: Token) -> str:
    head = tok.head
    lemma = head.lemma_.lower()
    for name, words in COMPLEMENT_HEADS.items():
        if lemma in words:
            return name
    if head.pos_ in ("NOUN", "PROPN"):
        return "noun-head"
    if tok.dep_ == "advcl":
        return "purpose"
    return "other"


def subject_class(tok: Token) -> str:
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return "no-subject"
    s = subj[0]
    if s.pos_ == "PRON":
        return "pronoun"
    if s.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return f"ent:{s.ent_type_}"
    return "common-noun"


def subject_lemma(tok: Token) -> str:
    """The lemma of the doer: the subject, or the agent of a passive."""
    for c in tok.children:
        if c.dep_ == "nsubj":
            return c.lemma_.lower()
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0].lemma_.lower()
    return ""


def _row(tok: Token, p: Record, cls: str, event_tokens: set[int]) -> Record:
    sent = tok.sent
    return {"construction": construction(tok), "subj_lemma": subject_lemma(tok),
            "head_event": tok.head.i in event_tokens and tok.head.i != tok.i,
            "grand": tok.head.head.lemma_.lower(),
            "to": any(c.lower_ == "to" for c in tok.children), "head_dep": tok.head.dep_,
            "cls": cls, "lemma": tok.lemma_.lower(), "pos": tok.pos_, "tag": tok.tag_,
            "dep": tok.dep_, "head": tok.head.lemma_.lower(), "head_pos": tok.head.pos_,
            "verb_class": verb_class(tok), "use": use_class(tok), "harm": harm_class(tok),
            "comp_class": complement_class(tok), "subject": subject_class(tok),
            "type": p["type"], "mode": p.get("mode"),
            "actor": (p.get("actor") or {}).get("text"),
            "start": p["trigger"]["start"],
            "sent": sent.text[:400], "trigger": tok.text,
            "ent": tok.ent_type_, "morph": str(tok.morph),
            "kids": [f"{c.dep_}:{c.lower_}" for c in tok.children],
            "sent_start": tok.i == sent.start, "line": doc_line(tok)}


def doc_line(tok: Token) -> int:
    """The trigger's line number in its text (0 = the headline line)."""
    return tok.doc.text.count("\n", 0, tok.idx)


def article_rows(record: Record, pred: list[Record], doc: Doc,
                 political: set[int]) -> Iterator[Record]:
    gold = record["events"]
    got_g, got_p, taken, untaken = matched_split(gold, pred)
    seen: set[str] = set()
    toks = [event_error_classes.token_at(doc, p["trigger"]["start"], p["trigger"]["end"])
            for p in pred]
    event_tokens = {t.i for t in toks if t is not None}
    for i, p in sorted(enumerate(pred), key=lambda x: x[1]["trigger"]["start"]):
        tok = toks[i]
        if tok is None:
            continue
        if i in got_p:
            cls = "tp"
        else:
            ctx = {"taken": taken, "untaken": untaken, "earlier_lemmas": seen,
                   "sent_political": tok.sent.start in political}
            cls = event_error_classes.fp_class(tok, _mention(p), doc, ctx)
        seen.add(tok.lemma_.lower())
        yield _row(tok, p, cls, event_tokens)


def collect(pred_dir: Path) -> list[Record]:
    records = set_records(SETS)
    preds = predictions(pred_dir, SETS)
    rows: list[Record] = []
    for record, doc, name in parsed_records(records):
        political = event_error_classes.political_sents(doc, list(doc._.actor_mentions or []))
        for row in article_rows(record, preds[name], doc, political):
            rows.append(dict(row, set=record["_set"], real=is_real(record), article=name))
    return rows


def spread(rows: list[Record], cls: str, key: str) -> None:
    """Per sub-class: false events, real, sets, top set share; and the
    matched events of the same sub-class (what a rule on it would risk)."""
    fp: dict[str, Counter[str]] = defaultdict(Counter)
    real: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    for r in rows:
        if r["cls"] == cls:
            fp[r[key]][r["set"]] += 1
            real[r[key]] += r["real"]
        elif r["cls"] == "tp":
            tp[r[key]] += 1
    print(f"\n### {cls} by {key}\n\n| sub-class | false | real | sets | top share | matched |")
    print("|---|---|---|---|---|---|")
    for sub, sets in sorted(fp.items(), key=lambda x: -sum(x[1].values())):
        total = sum(sets.values())
        print(f"| {sub} | {total} | {real[sub]} | {len(sets)} | "
              f"{sets.most_common(1)[0][1] / total:.2f} | {tp[sub]} |")


def spread_all(rows: list[Record], key: str) -> None:
    """Per value of ``key`` over every false-event class: false events,
    real, sets, top set share, and the matched events of the same value."""
    fp: dict[str, Counter[str]] = defaultdict(Counter)
    real: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    for r in rows:
        if r.get(key, "-") == "-":
            continue
        if r["cls"] == "tp":
            tp[r[key]] += 1
        else:
            fp[r[key]][r["set"]] += 1
            real[r[key]] += r["real"]
    print(f"\n### every false class by {key}\n\n| sub-class | false | real | sets | "
          "top share | matched |\n|---|---|---|---|---|---|")
    for sub in sorted(set(fp) | set(tp), key=lambda x: -sum(fp[x].values())):
        total = sum(fp[sub].values())
        share = fp[sub].most_common(1)[0][1] / total if total else 0.0
        print(f"| {sub} | {total} | {real[sub]} | {len(fp[sub])} | {share:.2f} | {tp[sub]} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    add_row_args(ap, Path("/work/notes/m39"))
    ap.add_argument("--harm", action="store_true", help="only the verbs-of-harm split")
    args = ap.parse_args()
    rows = rows_of(args, collect)
    if args.harm:
        spread_all(rows, "harm")
        return
    for key in ("verb_class", "use", "subject"):
        spread(rows, "verb", key)
    for key in ("comp_class", "use"):
        spread(rows, "complement", key)
    for cls in ("verb", "complement", "nominal", "headline", "re-mention", "near-miss"):
        spread(rows, cls, "construction")


if __name__ == "__main__":
    main()
