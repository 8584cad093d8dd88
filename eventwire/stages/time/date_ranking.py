"""The event date as a ranking of the distinct dates the text offers (branch dates10).

The anchoring rules give each event one date (the ``current`` candidate);
:func:`eventwire.stages.time.date_evidence.candidates` lists the others the same
text allows (the trigger's clause and sentence, the text's last date, the
lead's date, a title-line date, a wire dateline, the publication day, the
day before it, the month of the rules' day, unknown). Several candidates
often name the same date; the agreement is evidence a per-candidate
chooser cannot weigh (branch dates7's chooser, which lost leave-one-set-out).
So each *distinct* date is scored: which candidates propose it and how
many, where it lies against publication, its granularity, and the event's
features (tense, speech, quote, sentence and paragraph position, event
type, the rules' anchor) crossed with each proposing candidate. The best
date replaces the rules' only when it beats the rules' date by the model's
margin. Weights are fitted by ``tools/rank_event_date.py --write``.

**On the path since dates11** (called at the end of
``anchoring.anchor_events`` when ``undated == "learned"``, a no-op without
``eventwire/data/time/date_ranker.json``). Branch dates10 kept it off the
path: with the variant chosen inside each fold it lost the real-outlet
articles leave-one-set-out. Branch dates11 relabelled the gold dates under
the four rules of docs/annotation.md ("Event dates: the four rules"); on
that gold, over rec_a..rec_k, the same nested protocol wins pooled and on
the real-outlet articles (docs/BENCHMARKS.md, "dates11"). Branch dates12
added the cues of :mod:`eventwire.stages.time.date_context` (how the dated
verb joins the trigger; the nearest earlier act dated by its own
expression) and refit on rec_a..rec_l (docs/BENCHMARKS.md, "dates12").
Branch dates14 judged it topic-clean (no fold trains on an ECB+ story of
its held-out set): crossing *every* event feature with the candidates
remembered recurring stories and lost the real-outlet articles to the
rules, so the shipped weights cross only a small set (the model's
``cross`` list: tense, speech, quote, anchor, paragraph, ...) with a larger
margin, refit on rec_a..rec_m (docs/BENCHMARKS.md, "dates14"). Branch
refit35a refit that recipe on all 35 development sets: on the 22 sets the
a..m file never read it wins topic-clean leave-one-set-out (+42 events
pooled, real -2 of 972; ``tools/shipped_vs_refit.py date``, docs/models.md).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, Quote, TimeValue, Timex
from eventwire.models.vocab import PLOVER_TYPES
from eventwire.nlp.extensions import get_list
from eventwire.paths import DATA_DIR
from eventwire.stages.time.date_evidence import candidates, evidence, features
from eventwire.stages.time.governing import token_at

MODEL_PATH = DATA_DIR / "time" / "date_ranker.json"
# candidates whose proposal is crossed with the event's features
CROSS_SOURCES = ("current", "sentence", "clause", "timeline", "lead", "publication",
                 "pub_prev", "unknown")
Candidate = tuple[str | None, str]
Recorder = Callable[[EventMention, dict[str, float], dict[str, "Candidate | None"]], None]
# Training tools (``tools/train_event_date.py dump``) register here to read each
# event's features and candidates where the ranker computes them at run time
# (refit_dp29: later time rules change ``event.time`` after the ranker, so
# features rebuilt after the pipeline are not the ones the ranker sees).
RECORDERS: list[Recorder] = []


def relative(value: str | None, pub: str) -> str:
    """Where a date lies against the publication day (ISO ``pub``)."""
    if value is None:
        return "none"
    if value == pub:
        return "pub"
    if value[:len(pub)] > pub:
        return "future"
    if len(value) == 10:
        try:
            days = (date.fromisoformat(pub) - date.fromisoformat(value)).days
        except ValueError:
            return "other"
        return "day_before" if days == 1 else "week" if days <= 7 else "older"
    return "coarse"


def values(cands: dict[str, Candidate | None]) -> dict[Candidate, list[str]]:
    """Each distinct offered date (value, granularity) -> the candidates naming it."""
    by: dict[Candidate, list[str]] = defaultdict(list)
    for name, cand in cands.items():
        if cand is not None:
            by[(cand[0], cand[1])].append(name)
    return dict(by)


def value_features(feats: dict[str, float], value: Candidate, names: list[str],
                   pub: str, cross: tuple[str, ...] | None = None) -> dict[str, float]:
    """The features of one distinct date of an event with features ``feats``;
    only the event features starting with a prefix in ``cross`` are crossed
    with the proposing candidates (all of them when ``cross`` is None)."""
    if cross is not None:
        feats = {k: v for k, v in feats.items() if k.startswith(cross)}
    out = {f"src={n}": 1.0 for n in names}
    out[f"n_src={min(len(names), 4)}"] = 1.0
    out[f"rel={relative(value[0], pub)}"] = 1.0
    out[f"gran={value[1]}"] = 1.0
    for n in names:
        if n in CROSS_SOURCES:
            out.update({f"{k}|{n}": v for k, v in feats.items()})
    return out


def rank(feats: dict[str, float], cands: dict[str, Candidate | None], pub: str,
         model: dict[str, Any]) -> Candidate:
    """The best-scoring date; the rules' (``current``) unless another beats it
    by ``model["margin"]``."""
    weights: dict[str, float] = model["weights"]
    cross = model.get("cross")
    cross = tuple(cross) if cross is not None else None
    best: tuple[float, Candidate] | None = None
    for value, names in values(cands).items():
        described = value_features(feats, value, names, pub, cross)
        score = float(model.get("bias", 0.0)) + sum(  # a list: no generator step each
            [weights.get(k, 0.0) * v for k, v in described.items()])
        if "current" in names:
            score += float(model["margin"])
        if best is None or score > best[0]:
            best = (score, value)
    current = cands["current"]
    return best[1] if best is not None else (current or (None, "unknown"))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> dict[str, Any] | None:
    """The shipped weights, None without the file (the rules' dates stand)."""
    if not path.exists():
        return None
    model: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return model


def _time_value(value: Candidate, names: list[str], doc: Doc, trigger: Token,
                timexes: list[Timex], current: TimeValue) -> TimeValue:
    """The TimeValue of a chosen date: the evidence of its first proposing
    candidate (the expression for a text date; none for publication-based
    dates, the rules' for their own month)."""
    name = names[0]
    if name == "unknown" or value[0] is None:
        return TimeValue(anchor="unknown")
    if name == "coarse":
        return replace(current, value=value[0], granularity=value[1])
    found = evidence(doc, trigger, timexes, name)
    anchor = ANCHORS.get(name, "publication")
    if found is None:
        return TimeValue(value=value[0], granularity=value[1], anchor=anchor)
    return TimeValue(value=value[0], granularity=value[1], text=found.text, start=found.start,
                     end=found.end, anchor=anchor)


ANCHORS = {"sentence": "sentence", "clause": "sentence", "timeline": "narrative",
           "lead": "narrative", "headline": "narrative", "dateline": "narrative"}


def rerank_events(doc: Doc, events: list[EventMention], quotes: list[Quote],
                  ruled: Callable[[EventMention, Token, list[Timex]], bool],
                  background: Callable[[str | None], bool]) -> None:
    """Replace each event's rules' date by the ranked best (no-op without the
    shipped model). ``ruled`` says whether a rule of steps 1-5 of
    :mod:`anchoring` (not a fallback) dates the event, ``background`` sets
    the flag of a new date (both from :mod:`anchoring`, which imports this).

    Only events with a PLOVER type are ranked: the model was fitted on the
    pipeline's own events, whose type, mode and factuality are among its
    features. Events brought from elsewhere (``eval event_dates`` dates
    MEANTIME's gold spans, typed ``EVENT``) keep the rules' dates: on them
    the model, outside what it was fitted on, dated 0.553 of MEANTIME dev's
    events right against the rules' 0.832."""
    model = load_model()
    published: date | None = doc._.published
    if (model is None and not RECORDERS) or published is None:
        return
    timexes = get_list(doc, "timexes")
    for event in events:
        if event.type not in PLOVER_TYPES:
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is None:
            continue
        current = event.time
        cands = candidates(doc, trigger, timexes, published, current)
        feats = features(doc, event, trigger, timexes, quotes, published, current, cands,
                         "rule" if ruled(event, trigger, timexes) else "fallback")
        for record in RECORDERS:
            record(event, feats, cands)
        if model is None:
            continue
        best = rank(feats, cands, published.isoformat(), model)
        if best == cands["current"]:
            continue
        chosen = _time_value(best, values(cands)[best], doc, trigger, timexes, current)
        chosen.background = background(chosen.value)
        event.time = chosen
