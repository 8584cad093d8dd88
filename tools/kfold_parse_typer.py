"""k-fold comparison of PLOVER event typing: the lexicon, a logistic
regression over parse features + the lexicon's reading
(``trigger_features`` below: lemma and CAMEO root code of the
trigger -- a synset-like class: "shell", "bomb" and "strike" share 19 --, the
lexicon's type and evidence, the object's lemma and noun class, prepositions,
negation, modals, the governing verb and the subject's class), and a hybrid (lexicon
first; the classifier only where the lexicon has no event or is unsure).

    python tools/kfold_parse_typer.py ../shared/data/plover_gsr/dev.jsonl \
        --records tests/data/records/rec_a.jsonl tests/data/records/rec_b.jsonl \
        tests/data/records/rec_c.jsonl

Two evaluations, both k-fold (5 folds, seed 13):

* **GSR**: the main event type of each PLOVER gold sentence, folds
  stratified by type; the classifier is trained on the other folds plus every
  records dev event (never scored here);
* **records**: the type of each gold event of the records dev articles at
  its gold trigger, folds by article; the classifier is trained on the other
  articles plus all GSR sentences.

Blind articles (``split`` != dev) are never read. "Unsure" is decided before
looking at results: no lexicon event, or an event whose only evidence is a
CAMEO verb (rule ``cameo-verb``, the lowest-precision class of the
calibration table). Needs scikit-learn (the ``eval`` extra).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from eventwire.stages.events.participants import is_person_noun
from eventwire.stages.events.triggers import Lexicon

SEED = 13
FOLDS = 5
C_VALUES = (0.3, 1.0, 3.0)


# ---- features: what the lexicon knows and the dependency context of the trigger,
# never the sentence's topic words (those made the earlier re-typer worse)
ROLE_DEPS = {"dobj", "attr", "nsubjpass", "dative", "oprd"}


def _cameo(lemma: str, lex: Lexicon) -> str | None:
    entry = lex.verbs.get(lemma)
    code = entry.get("cameo") if entry else None
    return str(code) if code else None


def noun_class(tok: Token, lex: Lexicon) -> str:
    """A coarse class of a noun: the PLOVER type of an event noun, a person
    noun, the entity type of a name, or a thing."""
    entry = lex.nominals.get(tok.lower_) or lex.nominals.get(tok.lemma_.lower())
    if entry is not None:
        return f"event:{entry['type']}"
    if tok.ent_type_:
        return f"ent:{tok.ent_type_}"
    if tok.pos_ == "PRON":
        return "pron"
    if is_person_noun(tok):
        return "person"
    return "thing"


def _word_feats(prefix: str, tok: Token, lex: Lexicon) -> list[str]:
    lemma = tok.lemma_.lower()
    out = [f"{prefix}={lemma}", f"{prefix}_class={noun_class(tok, lex)}"]
    code = _cameo(lemma, lex)
    if code:
        out.append(f"{prefix}_cameo2={code[:2]}")
    return out


def trigger_features(tok: Token, lex: Lexicon, lex_type: str | None = None,
                     lex_rule: str | None = None) -> list[str]:
    """Features of the trigger token ``tok``; ``lex_type`` / ``lex_rule`` are
    the lexicon's reading (None when the lexicon has no event there)."""
    lemma = tok.lemma_.lower()
    feats = [f"lemma={lemma}", f"pos={tok.pos_}", f"dep={tok.dep_}", f"tag={tok.tag_}",
             f"lex={lex_type or 'NONE'}", f"rule={(lex_rule or 'none').split('+')[0]}"]
    feats += [f"rule+={part}" for part in (lex_rule or "").split("+")[1:]]
    code = _cameo(lemma, lex)
    if code:
        feats += [f"cameo2={code[:2]}", f"cameo3={code[:3]}"]
    nominal = lex.nominals.get(tok.lower_) or lex.nominals.get(lemma)
    if nominal is not None:
        feats.append(f"nominal={nominal['type']}")
    for c in tok.children:
        if c.dep_ in ROLE_DEPS:
            feats += _word_feats(f"obj:{c.dep_}", c, lex)
            feats.append(f"lemma+obj={lemma}:{c.lemma_.lower()}")
        elif c.dep_ in ("prep", "agent"):
            feats.append(f"prep={c.lower_}")
            for g in (g for g in c.children if g.dep_ == "pobj"):
                feats.append(f"prep_class={c.lower_}:{noun_class(g, lex)}")
                feats.append(f"prep_obj={c.lower_}:{g.lemma_.lower()}")
        elif c.dep_ == "neg":
            feats.append("neg")
        elif c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
            feats.append(f"modal={c.lower_}")
        elif c.dep_ in ("nsubj", "poss"):
            feats.append(f"subj_class={noun_class(c, lex)}")
        elif c.dep_ in ("xcomp", "ccomp"):
            feats += _word_feats("comp", c, lex)
        elif c.dep_ == "prt":
            feats.append(f"lemma+prt={lemma}:{c.lower_}")
    if tok.head is not tok:
        feats += _word_feats(f"head:{tok.dep_}", tok.head, lex)
    return feats


def _read(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _stratified(labels: Sequence[str]) -> list[int]:
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    fold, n, rng = [0] * len(labels), 0, random.Random(SEED)
    for label in sorted(by_label):
        idx = by_label[label]
        rng.shuffle(idx)
        for i in idx:
            fold[i], n = n % FOLDS, n + 1
    return fold


class Example:
    """One trigger: its features, gold type, the lexicon's type and rule."""

    def __init__(self, feats: list[str], gold: str, lex_type: str | None,
                 lex_rule: str | None, group: int) -> None:
        self.feats, self.gold, self.lex_type, self.lex_rule = feats, gold, lex_type, lex_rule
        self.group = group


def _lex_event(events: list[Any], start: int, end: int) -> Any:
    return next((e for e in events if e.trigger.start < end and start < e.trigger.end), None)


def gsr_examples(gold: list[dict[str, Any]], pipe: Any) -> list[Example]:
    from eventwire.models import LEGACY_PLOVER_TYPES, Article
    from eventwire.stages.events.component import main_event
    from eventwire.stages.events.triggers import load_lexicon

    lex, out = load_lexicon(), []
    arts = [Article(text=g["text"], id=str(i)) for i, g in enumerate(gold)]
    for (art, doc, _), g in zip(pipe.docs(arts), gold, strict=True):
        main = main_event(list(doc._.events or []))
        if main is not None:
            tok = doc.char_span(main.trigger.start, main.trigger.end,
                                alignment_mode="expand").root
        else:
            tok = next(iter(doc.sents)).root
        rule = main.rules[0] if main else None
        feats = trigger_features(tok, lex, main.type if main else None, rule)
        label = LEGACY_PLOVER_TYPES.get(g["event_type"], g["event_type"])
        out.append(Example(feats, label, main.type if main else None, rule, int(art.id)))
    return out


def record_examples(paths: Sequence[str], pipe: Any) -> list[Example]:
    from eventwire.models import Article
    from eventwire.stages.events.triggers import load_lexicon

    lex = load_lexicon()
    arts = [a for p in paths for a in _read(p) if a.get("split") == "dev"]
    out = []
    docs = pipe.docs(Article(text=a["text"], id=str(i)) for i, a in enumerate(arts))
    for (art, doc, _), gold in zip(docs, arts, strict=True):
        events = list(doc._.events or [])
        for ev in gold["events"]:
            s, e = ev["trigger"]["start"], ev["trigger"]["end"]
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not ev.get("type"):
                continue
            found = _lex_event(events, s, e)
            rule = found.rules[0] if found else None
            out.append(Example(trigger_features(span.root, lex, found.type if found else None,
                                                rule), ev["type"], found.type if found else None,
                               rule, int(art.id)))
    return out


def _fit(train: Sequence[Example], c: float) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(DictVectorizer(), LogisticRegression(
        C=c, max_iter=3000, random_state=SEED, class_weight="balanced"))
    model.fit([{f: 1.0 for f in x.feats} for x in train], [x.gold for x in train])
    return model


def unsure(x: Example) -> bool:
    return x.lex_type is None or (x.lex_rule or "").split("+")[0] == "cameo-verb"


SYSTEMS = ("lexicon", "classifier", "hybrid (unsure)", "hybrid (absent)")


def _predict(model: Any, test: Sequence[Example]) -> dict[str, list[str | None]]:
    learned = [str(p) for p in model.predict([{f: 1.0 for f in x.feats} for x in test])]
    pairs = list(zip(test, learned, strict=True))
    return {"lexicon": [x.lex_type for x in test], "classifier": list(learned),
            "hybrid (unsure)": [p if unsure(x) else x.lex_type for x, p in pairs],
            "hybrid (absent)": [p if x.lex_type is None else x.lex_type for x, p in pairs]}


def _scores(gold: Sequence[str], pred: Sequence[str | None]) -> tuple[float, float]:
    from sklearn.metrics import f1_score

    labels = sorted(set(gold))
    p = [x or "NONE" for x in pred]
    return (round(float(f1_score(gold, p, labels=labels, average="macro", zero_division=0)), 3),
            round(sum(g == x for g, x in zip(gold, p, strict=True)) / len(gold), 3))


def kfold(test_set: list[Example], fold: list[int], extra: list[Example], c: float
          ) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {s: [None] * len(test_set) for s in SYSTEMS}
    for k in range(FOLDS):
        train = [x for x, f in zip(test_set, fold, strict=True) if f != k] + extra
        idx = [i for i, f in enumerate(fold) if f == k]
        for system, pred in _predict(_fit(train, c), [test_set[i] for i in idx]).items():
            for i, p in zip(idx, pred, strict=True):
                out[system][i] = p
    return out


def _report(name: str, test_set: list[Example], fold: list[int], extra: list[Example]) -> None:
    gold = [x.gold for x in test_set]
    n_unsure = sum(unsure(x) for x in test_set)
    print(f"{name}: {len(test_set)} examples, {n_unsure} unsure for the lexicon, "
          f"{len(extra)} extra training examples, {FOLDS}-fold (seed {SEED})")
    for c in C_VALUES:
        for system, pred in kfold(test_set, fold, extra, c).items():
            if system == "lexicon" and c != C_VALUES[0]:
                continue
            f1, acc = _scores(gold, pred)
            label = system if system == "lexicon" else f"{system} C={c}"
            print(f"  {label:18} macro-F1 {f1:.3f}  accuracy {acc:.3f}")


def main() -> None:
    from eventwire.nlp.pipeline import Pipeline

    ap = argparse.ArgumentParser()
    ap.add_argument("plover")
    ap.add_argument("--records", nargs="*", default=[])
    args = ap.parse_args()
    pipe = Pipeline(components=("eventwire_actors", "eventwire_events"))
    gsr = gsr_examples(_read(args.plover), pipe)
    recs = record_examples(args.records, pipe)
    _report("GSR main event", gsr, _stratified([x.gold for x in gsr]), recs)
    if recs:
        _report("records dev events (gold triggers)", recs,
                [x.group % FOLDS for x in recs], gsr)


if __name__ == "__main__":
    main()
