"""The learned factuality model: logistic-regression heads scored in plain
Python from JSON weights (``eventwire/data/factuality/model.json``, built by
``python tools/train_factuality.py``; scikit-learn is needed only there).

Two stages:
1. ``happened`` — P(the event happened), trained on UDS-IH2 "It Happened"
   (web text, 22k predicates) over :func:`features.token_features`;
2. ``certainty`` and ``polarity`` — MEANTIME's scales, trained on MEANTIME
   dev over a compact feature set (:func:`mapping_features`: the clause's
   modal/negation/hedge/mark classes, the governing verb's veridicality
   bucket, the rules' answer and stage 1's probability). Lemma features are
   left out of stage 2 on purpose: 950 events of two topics would make them
   topic memory.

Modality stays the rules' (``factuality_for_token``), made consistent with
the learned polarity: a negative event is ``negated`` (or ``denied``), a
positive one is never ``negated``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from eventwire.models import Factuality, Quote
from eventwire.paths import DATA_DIR
from eventwire.stages.factuality.features import token_features

MODEL_PATH = DATA_DIR / "factuality" / "model.json"
# prefixes of the features stage 2 may read (see the module docstring)
MAPPING_PREFIXES = ("r_", "modal=", "neg", "hedge=", "antecedent=", "mark=", "question",
                    "quoted", "in_quote", "ver1=", "ver2=", "pos=", "tag=", "dep0=")


@dataclass
class Head:
    """One multinomial logistic regression: ``labels``, per-feature weight
    rows, a bias row."""

    labels: list[str]
    weights: dict[str, list[float]]
    bias: list[float]

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        scores = list(self.bias)
        for name, value in feats.items():
            row = self.weights.get(name)
            if row is not None:
                scores = [s + w * value for s, w in zip(scores, row, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def predict(self, feats: dict[str, float]) -> str:
        probs = self.probabilities(feats)
        return max(self.labels, key=probs.__getitem__)

    def to_json(self) -> dict[str, Any]:
        return {"labels": self.labels, "weights": self.weights, "bias": self.bias}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Head:
        return cls(list(raw["labels"]), {k: list(v) for k, v in raw["weights"].items()},
                   list(raw["bias"]))


def mapping_features(feats: dict[str, float], p_happened: float,
                     lexical: bool = False) -> dict[str, float]:
    """Stage 2's input: the compact classes of ``feats`` (with the governor
    lemma too when ``lexical``) and stage 1's probability, as a value and a bin."""
    out = {k: v for k, v in feats.items() if k.startswith(MAPPING_PREFIXES)}
    if lexical:
        out.update({k: v for k, v in feats.items() if k.startswith(("gov1=", "gov1dep="))})
    out["p_happened"] = p_happened
    out[f"ph={min(int(p_happened * 5), 4)}"] = 1.0
    return out


@dataclass
class FactualityModel:
    happened: Head
    certainty: Head
    polarity: Head
    lexical: bool = False

    def p_happened(self, feats: dict[str, float]) -> float:
        return self.happened.probabilities(feats)["yes"]

    def classify(self, feats: dict[str, float]) -> tuple[str, str]:
        """(certainty, polarity) in eventwire's lower-case names."""
        mapped = mapping_features(feats, self.p_happened(feats), self.lexical)
        return self.certainty.predict(mapped), self.polarity.predict(mapped)

    def to_json(self) -> dict[str, Any]:
        return {"happened": self.happened.to_json(), "certainty": self.certainty.to_json(),
                "polarity": self.polarity.to_json(), "lexical": self.lexical}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> FactualityModel:
        return cls(Head.from_json(raw["happened"]), Head.from_json(raw["certainty"]),
                   Head.from_json(raw["polarity"]), bool(raw.get("lexical", False)))


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> FactualityModel | None:
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return FactualityModel.from_json(raw["model"])


def consistent(rules: Factuality, certainty: str, polarity: str, in_quote: bool) -> Factuality:
    """The rules' modality, condition and cues with the learned certainty and
    polarity, made consistent: negative polarity is ``negated`` (unless
    ``denied``), a ``negated`` event with positive polarity falls back to
    ``reported``/``asserted``."""
    modality = rules.modality
    if polarity == "negative" and modality not in ("negated", "denied"):
        modality = "negated"
    elif polarity != "negative" and modality in ("negated", "denied"):
        modality = "reported" if in_quote else "asserted"
    return Factuality(polarity, certainty, modality, rules.condition, rules.cues)


def learned_factuality(model: FactualityModel, tok: Token, quotes: list[Quote],
                       rules: Factuality) -> Factuality:
    """Factuality of the trigger head ``tok`` by the learned model."""
    feats = token_features(tok, quotes, rules)
    certainty, polarity = model.classify(feats)
    return consistent(rules, certainty, polarity, "in_quote" in feats)
