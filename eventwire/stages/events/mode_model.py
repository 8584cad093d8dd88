"""A learned ranker over an event's candidate modes (binary logistic
regression on the features of ``mode_features.py``; the candidate with the
highest score wins, ``null`` included), and the document-level step that
applies it (:class:`ModeDecider`).

The rules decide first (the cascade of ``modes.py``, then the re-mention
and headline rules); the ranker reads their final mode and the step that
set it as features, so it learns where to override them. Trained on the
gold modes of the record sets ``rec_a`` … ``rec_t`` by ``tools/kfold_modes.py
train --c 1`` on features recorded where they are served
(``record_mode_features``); leave-one-set-out over the twenty sets it beat
the rules pooled and on real text, plain and topic-clean (docs/BENCHMARKS.md
"modes29"), so ``mode_model = "learned"`` is the default. Shipped as plain
JSON weights (``eventwire/data/events/mode_ranker.json``): no scikit-learn
at run time, and inference is a few dictionary look-ups per candidate. With
``mode_model = "rules"`` the rules' modes stand.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from eventwire.datafiles import setting_model
from eventwire.errors import Errors
from eventwire.models import EventMention
from eventwire.paths import DATA_DIR
from eventwire.stages.events.headline_modes import headline_strike_modes
from eventwire.stages.events.mode_context import inherit_modes
from eventwire.stages.events.mode_cues import load_cues
from eventwire.stages.events.mode_features import (
    NULL,
    Candidates,
    add_article_features,
    candidate_features,
    is_re_mention,
)
from eventwire.stages.events.retold_killings import carry_killing_modes

MODEL_PATH = DATA_DIR / "events" / "mode_ranker.json"


@dataclass
class ModeRanker:
    weights: dict[str, float]
    bias: float
    margin: float = 0.0  # the rules' mode stands unless beaten by this much

    def score(self, feats: Iterable[str]) -> float:
        # ``map`` over the weights' ``get``: the same additions in the same
        # order as a generator's, without a Python frame per feature (speed44)
        return self.bias + sum(map(self.weights.get, feats, repeat(0.0)))

    def scores(self, cands: Candidates) -> dict[str, float]:
        """Each candidate's score, in the candidates' order."""
        return {mode: self.score(feats) for mode, feats in cands.items()}

    def best(self, cands: Candidates) -> str | None:
        """The highest-scoring candidate (``None`` for ``null``)."""
        return _top(self.scores(cands))

    def decide(self, cands: Candidates, rule: str | None) -> str | None:
        """The best candidate when it beats the rules' mode by ``margin``,
        else the rules' mode. Each candidate is scored once (speed44: the
        winner's and the rules' mode's sums were added up again; the same
        sums in the same order, so the same floats)."""
        scores = self.scores(cands)
        top = _top(scores)
        rule_score = scores.get(rule or NULL)
        if top == rule or rule_score is None:
            return top
        gap = scores[top or NULL] - rule_score
        return top if gap > self.margin else rule

    def to_json(self) -> dict[str, Any]:
        return {"weights": self.weights, "bias": self.bias, "margin": self.margin}


def _top(scores: dict[str, float]) -> str | None:
    """The highest score's candidate, ``null`` on a tie with it, else the
    first in order (``None`` for ``null`` or no candidate)."""
    if not scores:
        return None
    top = max(scores, key=lambda m: (scores[m], m == NULL))
    return None if top == NULL else top


def load_ranker(path: Path = MODEL_PATH) -> ModeRanker | None:
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return ModeRanker({str(k): float(v) for k, v in data["weights"].items()},
                      float(data["bias"]), float(data.get("margin", 0.0)))


def mode_ranker(setting: str) -> ModeRanker | None:
    """The ranker the ``mode_model`` setting asks for (None: ``rules``)."""
    return setting_model(setting, load_ranker, Errors.E208, MODEL_PATH)


FEATURES_KEY = "eventwire_mode_features"
RETYPE_RULES = ("+riot", "+demo", "+test", "+purpose")  # component.py's retypes set a mode
Noted = tuple[EventMention, str, Span, str | None]
Recorded = tuple[EventMention, str, Candidates]


class ModeDecider:
    """One document's events: each is noted with its trigger and lexicon
    mode while the sentences are read (the lexicon's mode is known only
    then). Once the whole article is read, the rules complete the cascade's
    modes (re-mentions: ``mode_context.inherit_modes``; headline strikes:
    ``headline_modes``); then, with a ranker, every noted event's candidates
    are described (the rules' final mode and the step that set it among
    the features) and the ranker decides. With ``record``, the candidates'
    features are kept on the doc (:func:`recorded_mode_features`): what
    ``tools/kfold_modes.py`` trains on, so training and serving see the same
    features. Last, a killing left with no mode takes the weapon of the act
    it re-tells (``retold_killings``, modes38), after the ranker: its tie
    to the act is read across the article, which the ranker's features do
    not see."""

    def __init__(self, ranker: ModeRanker | None, record: bool = False) -> None:
        self.ranker = ranker
        self.record = record
        self.noted: list[Noted] = []

    def note(self, event: EventMention, trigger: Span, lexicon_mode: str | None) -> None:
        """Called right after the rule cascade set ``event.mode``."""
        if (self.ranker is None and not self.record) or event.type not in load_cues():
            return
        self.noted.append((event, event.type, trigger, lexicon_mode))

    def keep(self, events: list[EventMention]) -> None:
        """Forget the events a later step dropped (the learned event filter):
        the ranker's article features count only the events kept."""
        kept = {id(e) for e in events}
        self.noted = [n for n in self.noted if id(n[0]) in kept]

    def decide(self, doc: Doc, events: list[EventMention]) -> None:
        before = {id(e): e.mode for e in events}
        inherit_modes(doc, events)
        inherited = {id(e) for e in events if e.mode != before[id(e)]}
        headline_strike_modes(doc, events)  # after it: headline_modes.py
        if self.noted:
            self._rank(doc, events, before, inherited)
        carry_killing_modes(doc, events)  # last: retold_killings.py

    def _rank(self, doc: Doc, events: list[EventMention], before: dict[int, str | None],
              inherited: set[int]) -> None:
        why = {id(e): "inherit" if id(e) in inherited else
               "headline" if e.mode != before[id(e)] else
               "retype" if e.rules and e.rules[0].endswith(RETYPE_RULES) else "cascade"
               for e in events}
        noted = sorted((n for n in self.noted if n[0].type == n[1]),
                       key=lambda n: n[0].trigger.start)
        recorded: list[Recorded] = [
            (ev, kind, candidate_features(kind, trig, lex, ev.mode, why.get(id(ev), "cascade")))
            for ev, kind, trig, lex in noted]
        add_article_features([(kind, ev.mode, is_re_mention(trig.root), cands)
                              for (ev, kind, cands), (_e, _k, trig, _l) in
                              zip(recorded, noted, strict=True)])
        if self.record:
            doc.user_data[FEATURES_KEY] = [(ev, ev.mode, cands) for ev, _k, cands in recorded]
        if self.ranker is not None:
            for event, _kind, cands in recorded:
                event.mode = self.ranker.decide(cands, event.mode)
        self.noted = []


def recorded_mode_features(doc: Doc) -> list[tuple[EventMention, str | None, Candidates]]:
    """(event, the rules' final mode, candidates' features) for every event
    the ranker would decide, when the component ran with
    ``record_mode_features``; the events are those on ``doc._.events``."""
    found: list[tuple[EventMention, str | None, Candidates]] = \
        doc.user_data.get(FEATURES_KEY, [])
    return found


def _examples(rows: Iterable[dict[str, Any]]) -> tuple[list[list[str]], list[int]]:
    """One example per candidate of each event whose gold mode is among its
    candidates (an event typed wrong has no right candidate: left out)."""
    x: list[list[str]] = []
    y: list[int] = []
    for row in rows:
        cands: Candidates = row.get("cands") or {}
        gold = row["gold"] or NULL
        if row.get("kind") != row.get("gold_type") or gold not in cands:
            continue
        for mode, feats in cands.items():
            x.append(feats)
            y.append(int(mode == gold))
    return x, y


def train(rows: Iterable[dict[str, Any]], c: float = 1.0) -> ModeRanker:
    """Fit the ranker (needs scikit-learn: tools and tests only)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x, y = _examples(rows)
    vec = DictVectorizer()
    mat = vec.fit_transform([dict.fromkeys(f, 1.0) for f in x])
    model = LogisticRegression(C=c, max_iter=3000, random_state=13)
    model.fit(mat, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)
               if abs(w) >= 1e-4}
    return ModeRanker(weights, round(float(model.intercept_[0]), 4))
