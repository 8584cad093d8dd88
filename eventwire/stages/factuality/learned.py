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
    # a fixed score added to the label the rules chose (stage 2 learns the
    # corrections to the rules; 0 = none)
    prior: float = 0.0

    def probabilities(self, feats: dict[str, float],
                      rule_label: str | None = None) -> dict[str, float]:
        scores = [b + (self.prior if label == rule_label else 0.0)
                  for b, label in zip(self.bias, self.labels, strict=True)]
        for name, value in feats.items():
            row = self.weights.get(name)
            if row is not None:
                scores = [s + w * value for s, w in zip(scores, row, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def predict(self, feats: dict[str, float], rule_label: str | None = None) -> str:
        probs = self.probabilities(feats, rule_label)
        return max(self.labels, key=probs.__getitem__)

    def to_json(self) -> dict[str, Any]:
        return {"labels": self.labels, "weights": self.weights, "bias": self.bias,
                "prior": self.prior}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Head:
        return cls(list(raw["labels"]), {k: list(v) for k, v in raw["weights"].items()},
                   list(raw["bias"]), float(raw.get("prior", 0.0)))


def mapping_features(feats: dict[str, float], stage1: dict[str, float],
                     lexical: bool = False, stacked: bool = True) -> dict[str, float]:
    """Stage 2's input: the compact classes of ``feats`` (with the governor
    lemma too when ``lexical``; without the rules' answer unless
    ``stacked``) and stage 1's probabilities, each as a value and a bin."""
    out = {k: v for k, v in feats.items() if k.startswith(MAPPING_PREFIXES)
           and (stacked or not k.startswith("r_"))}
    if lexical:
        out.update({k: v for k, v in feats.items() if k.startswith(("gov1=", "gov1dep="))})
    for name, p in stage1.items():
        out[name] = p
        out[f"{name}={min(int(p * 5), 4)}"] = 1.0
    return out


def rule_labels(feats: dict[str, float]) -> tuple[str | None, str | None]:
    """The rules' (certainty, polarity), stacked into the features."""
    cert = next((k[7:] for k in feats if k.startswith("r_cert=")), None)
    pol = next((k[6:] for k in feats if k.startswith("r_pol=")), None)
    return cert, pol


@dataclass
class FactualityModel:
    happened: Head
    certainty: Head
    polarity: Head
    lexical: bool = False
    stacked: bool = True
    unsure: Head | None = None

    def p_happened(self, feats: dict[str, float]) -> float:
        return self.happened.probabilities(feats)["yes"]

    def stage1(self, feats: dict[str, float]) -> dict[str, float]:
        """Stage 1's probabilities: happened, and (if trained) unsure."""
        out = {"p_happened": self.p_happened(feats)}
        if self.unsure is not None:
            out["p_unsure"] = self.unsure.probabilities(feats)["yes"]
        return out

    def classify(self, feats: dict[str, float]) -> tuple[str, str]:
        """(certainty, polarity) in eventwire's lower-case names."""
        mapped = mapping_features(feats, self.stage1(feats), self.lexical, self.stacked)
        rule_cert, rule_pol = rule_labels(feats)
        return (self.certainty.predict(mapped, rule_cert),
                self.polarity.predict(mapped, rule_pol))

    def to_json(self) -> dict[str, Any]:
        out = {"happened": self.happened.to_json(), "certainty": self.certainty.to_json(),
               "polarity": self.polarity.to_json(), "lexical": self.lexical,
               "stacked": self.stacked}
        if self.unsure is not None:
            out["unsure"] = self.unsure.to_json()
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> FactualityModel:
        unsure = Head.from_json(raw["unsure"]) if "unsure" in raw else None
        return cls(Head.from_json(raw["happened"]), Head.from_json(raw["certainty"]),
                   Head.from_json(raw["polarity"]), bool(raw.get("lexical", False)),
                   bool(raw.get("stacked", True)), unsure)


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
