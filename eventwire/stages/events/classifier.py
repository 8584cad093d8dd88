"""A learned re-typer for event triggers (multinomial logistic regression).

Features of a candidate trigger: its lemma, the lexicon's type and rule, its
object and prepositions, the content lemmas of its clause. Trained on the
PLOVER gold-standard records (``python tools/train_retyper.py``), shipped
as plain JSON weights (``eventwire/data/events/retyper.json``): no
scikit-learn at run time. It replaces a candidate's type only when its
probability beats the lexicon's confidence.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span

from eventwire.eval.plover import gold_label
from eventwire.models import Article, EventMention
from eventwire.nlp.spans import SpanIndex
from eventwire.paths import DATA_DIR
from eventwire.stages.events.lexicon_candidates import Candidate
from eventwire.stages.events.triggers import find_candidates, load_lexicon

MODEL_PATH = DATA_DIR / "events" / "retyper.json"
CONTENT_POS = {"NOUN", "VERB", "PROPN", "ADJ"}


def features(cand: Candidate, sent: Span) -> list[str]:
    tok = cand.token
    feats = [f"lemma={tok.lemma_.lower()}", f"lex={cand.type}", f"rule={cand.rule}",
             f"lex+lemma={cand.type}:{tok.lemma_.lower()}", f"nominal={cand.nominal}"]
    for child in tok.children:
        if child.dep_ in ("dobj", "pobj", "attr", "xcomp", "ccomp"):
            feats.append(f"{child.dep_}={child.lemma_.lower()}")
        if child.dep_ == "prep":
            feats.append(f"prep={child.lower_}")
            feats += [f"prep_obj={g.lemma_.lower()}" for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "neg":
            feats.append("neg")
    feats += [f"w={t.lemma_.lower()}" for t in sent if t.pos_ in CONTENT_POS and not t.is_stop]
    return feats


@dataclass
class Retyper:
    labels: list[str]
    weights: dict[str, list[float]]
    bias: list[float]

    def probabilities(self, feats: list[str]) -> list[float]:
        scores = list(self.bias)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                scores = [s + x for s, x in zip(scores, w, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def apply(self, event: EventMention, cand: Candidate, sent: Span) -> None:
        probs = self.probabilities(features(cand, sent))
        best = max(range(len(probs)), key=probs.__getitem__)
        label, p = self.labels[best], probs[best]
        if label != event.type and p > event.confidence:
            event.type = label
            event.mode = None if label != cand.type else event.mode
            event.rules.append("retyper")
        event.confidence = round(max(event.confidence, p) if label == event.type else
                                 event.confidence, 3)

    def to_json(self) -> dict[str, Any]:
        return {"labels": self.labels, "weights": self.weights, "bias": self.bias}


def load_retyper(path: Path = MODEL_PATH) -> Retyper | None:
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Retyper(raw["labels"], raw["weights"], raw["bias"])


# Fitting (used by tools/train_retyper.py and by `eval plover_gsr`'s k-fold check).
SEED = 13


def parsed_candidates(records: Sequence[dict[str, Any]], pipeline: Any
                      ) -> list[list[tuple[Candidate, Any]]]:
    """Per record: (candidate, sentence) pairs from one parse."""
    lex = load_lexicon()
    arts = [Article(text=r["text"], id=str(r["id"])) for r in records]
    out = []
    for _art, doc, _reject in pipeline.docs(arts):
        names = SpanIndex([(m.start, m.end) for m in (doc._.actor_mentions or [])
                           if m.rule.startswith("kb") and " " in m.text])
        pairs = []
        for sent in doc.sents:
            pairs += [(c, sent) for c in find_candidates(sent, lex, names)]
        out.append(pairs)
    return out


def labelled(records: Sequence[dict[str, Any]], cands: Sequence[list[tuple[Candidate, Any]]]
             ) -> Iterable[tuple[list[str], str]]:
    for record, pairs in zip(records, cands, strict=True):
        words = {w.lower() for w in str(record.get("event_text") or "").split()}
        for cand, sent in pairs:
            if cand.token.lower_ in words or cand.token.lemma_.lower() in words:
                yield features(cand, sent), gold_label(record)
                break


def fit(examples: Sequence[tuple[list[str], str]], c: float = 2.0) -> Retyper:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1.0 for f in feats} for feats, _ in examples])
    y = [label for _, label in examples]
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
    model.fit(x, y)
    labels = [str(label) for label in model.classes_]
    coef = model.coef_ if len(labels) > 2 else [-model.coef_[0], model.coef_[0]]
    bias = list(model.intercept_) if len(labels) > 2 else [-model.intercept_[0],
                                                           model.intercept_[0]]
    weights = {name: [round(float(row[j]), 5) for row in coef]
               for name, j in vec.vocabulary_.items()}
    return Retyper(labels, weights, [round(float(b), 5) for b in bias])
