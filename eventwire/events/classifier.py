"""A learned re-typer for event triggers (multinomial logistic regression).

Features of a candidate trigger: its lemma, the lexicon's type and rule, its
object and prepositions, the content lemmas of its clause. Trained on the
PLOVER gold-standard records (``python -m eventwire.events.train``), shipped
as plain JSON weights (``eventwire/data/events/retyper.json``): no
scikit-learn at run time. It replaces a candidate's type only when its
probability beats the lexicon's confidence.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span

from ..models import EventMention
from .triggers import Candidate

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "retyper.json"
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
