"""A learned chooser over an event's candidate PLOVER types (binary logistic
regression on the features of ``type_features.py``; the candidate with the
highest score wins, and the rules' type stands unless beaten by a margin),
and the step that applies it (:class:`TypeDecider`).

The rules type first (the lexicon, then the construction classes); the
chooser reads their type and the rule that set it as features, so it
learns where to override them. Trained on the gold types of the record
sets ``rec_a`` … ``rec_t`` by ``tools/kfold_types.py train`` on features
recorded where the type is decided at run time (``record_type_features``).
Shipped as plain JSON weights (``eventwire/data/events/type_ranker.json``):
no scikit-learn at run time, and inference is a few dictionary look-ups
per candidate. With ``type_model = "rules"`` (the default) the rules' types
stand: leave-one-set-out topic-clean the chooser gained 20 matched types of
5480 pooled but 1 of 1564 on real text, and on ``eval plover_gsr`` it
lowered macro-F1 (0.751 -> 0.725 at margin 0, 0.733 at margin 1), so it is
not on (docs/BENCHMARKS.md "types29").
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.datafiles import setting_model
from eventwire.errors import Errors
from eventwire.models import EventMention
from eventwire.paths import DATA_DIR
from eventwire.stages.events.lexicon import Lexicon
from eventwire.stages.events.type_features import Candidates, TypeInfo, candidates, type_info

MODEL_PATH = DATA_DIR / "events" / "type_ranker.json"
FEATURES_KEY = "eventwire_type_features"
TOP_CONFUSIONS = 3  # candidate types per rules' type from the gold (at least MIN_CONFUSED)
MIN_CONFUSED = 3


@dataclass
class TypeRanker:
    weights: dict[str, float]
    bias: float
    margin: float = 0.0  # the rules' type stands unless beaten by this much
    confusions: dict[str, list[str]] = field(default_factory=dict)

    def score(self, feats: Iterable[str]) -> float:
        return self.bias + sum(self.weights.get(f, 0.0) for f in feats)

    def decide(self, cands: Candidates, rule: str) -> str:
        """The best candidate when it beats the rules' type by ``margin``."""
        scores = {kind: self.score(feats) for kind, feats in cands.items()}
        top = max(scores, key=lambda k: (scores[k], k == rule))
        if top == rule or rule not in scores:
            return top
        return top if scores[top] - scores[rule] > self.margin else rule

    def to_json(self) -> dict[str, Any]:
        return {"weights": self.weights, "bias": self.bias, "margin": self.margin,
                "confusions": self.confusions}


def load_ranker(path: Path = MODEL_PATH) -> TypeRanker | None:
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return TypeRanker({str(k): float(v) for k, v in data["weights"].items()},
                      float(data["bias"]), float(data.get("margin", 0.0)),
                      {str(k): [str(x) for x in v] for k, v in data["confusions"].items()})


def type_ranker(setting: str) -> TypeRanker | None:
    """The chooser the ``type_model`` setting asks for (None: ``rules``)."""
    return setting_model(setting, load_ranker, Errors.E210, MODEL_PATH)


class TypeDecider:
    """Called for each event right after the rules typed it (before its
    mode is assigned, so the mode follows the chosen type). With
    ``record``, the event's :func:`type_info` is kept on the doc
    (:func:`recorded_type_info`): what ``tools/kfold_types.py`` trains on,
    so training and serving see the same features."""

    def __init__(self, ranker: TypeRanker | None, lex: Lexicon, record: bool = False) -> None:
        self.ranker = ranker
        self.lex = lex
        self.record = record

    def decide(self, doc: Doc, event: EventMention, tok: Token, rule: str) -> None:
        if self.ranker is None and not self.record:
            return
        info = type_info(tok, event.type, rule, self.lex)
        if self.record:
            doc.user_data.setdefault(FEATURES_KEY, []).append((event.trigger.start, info))
        if self.ranker is not None:
            chosen = self.ranker.decide(candidates(info, self.ranker.confusions), event.type)
            if chosen != event.type:
                event.type = chosen
                event.rules.append("type_model")


def recorded_type_info(doc: Doc) -> dict[int, TypeInfo]:
    """Trigger start -> the event's type info, when the component ran with
    ``record_type_features``."""
    return dict(doc.user_data.get(FEATURES_KEY, []))


def confusion_table(rows: Iterable[dict[str, Any]]) -> dict[str, list[str]]:
    """Per rules' type, the gold types most often given instead of it."""
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        if row["gold"] != row["info"]["type"]:
            counts.setdefault(row["info"]["type"], Counter())[row["gold"]] += 1
    return {kind: [g for g, n in c.most_common(TOP_CONFUSIONS) if n >= MIN_CONFUSED]
            for kind, c in sorted(counts.items())}


def train(rows: list[dict[str, Any]], c: float = 1.0) -> TypeRanker:
    """Fit the chooser on rows ``{"info": TypeInfo, "gold": type}`` (needs
    scikit-learn: tools and tests only); events whose gold type is no
    candidate are left out."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    table = confusion_table(rows)
    x: list[dict[str, float]] = []
    y: list[int] = []
    for row in rows:
        cands = candidates(row["info"], table)
        if row["gold"] not in cands:
            continue
        for kind, feats in cands.items():
            x.append(dict.fromkeys(feats, 1.0))
            y.append(int(kind == row["gold"]))
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=3000, random_state=13)
    model.fit(vec.fit_transform(x), y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)
               if abs(w) >= 1e-4}
    return TypeRanker(weights, round(float(model.intercept_[0]), 4), confusions=table)
