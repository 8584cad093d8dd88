"""The learned event -> place decision (docs/architecture.md "geo").

Which of an event's *candidates* is its place: each resolved toponym of the
event's sentence, the wire dateline, the nearest place of the previous
sentence, or none. Every candidate is described by features the place
stage has already computed (the toponym's dependency relation and
preposition, whether it shares the trigger's clause, token distance,
feature class, whether it is a participant or the actor's own country; for
the dateline the event's modality, background, reported-without-date,
international body, deployment, the actor's country against the
dateline's, whether the sentence names a venue of its own), and scored by a
conditional logit (one linear score per candidate, softmax over the
event's candidates, "none" fixed at 0). The weights are package data
(``eventwire/data/geo/event_place.json``) built by
``tools/train_event_place.py`` from the gold records rec_a..rec_f and
chosen there by leave-one-set-out against the rules of ``event_place.py``
(docs/BENCHMARKS.md "place5"). No weights file: the rules decide.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, PlaceMention
from eventwire.paths import DATA_DIR
from eventwire.stages.geo.event_place import (
    BASIS_CONFIDENCE,
    SPECIFIC,
    _basis,
    _clause_head,
    _deployment,
    _international_body,
    _is_participant,
    _struck_place,
    _undated_claim,
    _up_to_phrase,
    place_for,
    sentence_places,
    trigger_token,
    under_dateline,
)

MODEL_PATH = DATA_DIR / "geo" / "event_place.json"
PREPS = {"in", "at", "near", "from", "to", "of", "on", "outside", "across", "into", "inside",
         "around", "off", "for", "with", "by"}
DEPS = {"pobj", "dobj", "compound", "nsubj", "nsubjpass", "poss", "appos", "conj", "npadvmod",
        "amod", "ROOT", "attr"}


@dataclass
class Candidate:
    """One possible place of an event: a toponym, the dateline, a place of
    the previous sentence, or none (``place`` None)."""

    kind: str  # mention, dateline, previous, none
    place: PlaceMention | None
    basis: str  # the basis the chosen place is reported with
    features: dict[str, float] = field(default_factory=dict)


def _token(doc: Doc, p: PlaceMention) -> Token | None:
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return None if span is None else span.root


def _distance(n: int) -> str:
    return "0-3" if n <= 3 else "4-8" if n <= 8 else "9-15" if n <= 15 else "16+"


def _event_features(prefix: str, event: EventMention) -> dict[str, float]:
    """What the event is: its modality, background, undated claim, type."""
    f = event.factuality
    out = {f"{prefix}mod={f.modality}": 1.0, f"{prefix}type={event.type}": 1.0}
    out[f"{prefix}anchor={event.time.anchor}"] = 1.0
    if event.time.value is None:
        out[f"{prefix}undated"] = 1.0
    if event.time.background:
        out[f"{prefix}background"] = 1.0
    if _undated_claim(event):
        out[f"{prefix}undated_claim"] = 1.0
    if event.content_of is not None:
        out[f"{prefix}content_of"] = 1.0
    if any(a.role == "speaker" for a in event.attribution):
        out[f"{prefix}speaker"] = 1.0
    return out


def _mention_features(doc: Doc, p: PlaceMention, trigger: Token, event: EventMention,
                      header: tuple[int, int]) -> dict[str, float]:
    """A toponym of the event's sentence: how it hangs on the trigger."""
    tok = _token(doc, p)
    out = {"m:bias": 1.0, f"m:prec={p.precision}": 1.0}
    if tok is None:
        return out
    head = _up_to_phrase(tok)
    basis = _basis(doc, p, trigger, event) or "none"
    dep = head.dep_ if head.dep_ in DEPS else "other"
    out[f"m:basis={basis}"] = 1.0
    out[f"m:basis={basis}|prec={p.precision}"] = 1.0
    out[f"m:dep={dep}"] = 1.0
    if dep == "pobj":
        prep = head.head.lower_
        out[f"m:prep={prep if prep in PREPS else 'other'}"] = 1.0
    out[f"m:dist={_distance(abs(tok.i - trigger.i))}"] = 1.0
    if tok.i < trigger.i:
        out["m:before"] = 1.0
    if _clause_head(tok) == _clause_head(trigger):
        out["m:same_clause"] = 1.0
    if _is_participant(p, event):
        out["m:participant"] = 1.0
    actor = event.actor
    if actor is not None and actor.country and actor.country == p.country:
        out["m:actor_country" if p.precision == "country" else "m:in_actor_country"] = 1.0
    if _struck_place(p, event):
        out["m:struck"] = 1.0
    if p.start < header[0]:
        out["m:headline"] = 1.0
    return {**out, **_event_features("m:", event)}


def _dateline_features(event: EventMention, dateline: PlaceMention, header: tuple[int, int],
                       sentence_venue: bool, sentence_place: bool) -> dict[str, float]:
    """The dateline against this event: whose act, when, and whether the
    sentence names its own venue."""
    out = {"d:bias": 1.0, f"d:prec={dateline.precision}": 1.0}
    out.update(_event_features("d:", event))
    if not under_dateline(event, header):
        out["d:headline"] = 1.0
    actor = event.actor
    who = "none" if actor is None or actor.country is None else \
        "same" if dateline.country is None or actor.country == dateline.country else "other"
    out[f"d:actor={who}"] = 1.0
    if actor is not None:
        out[f"d:actor_kind={actor.kind}"] = 1.0
    if _international_body(event):
        out["d:igo"] = 1.0
    if _deployment(event):
        out["d:deployment"] = 1.0
    if sentence_venue:
        out["d:sentence_venue"] = 1.0
    elif sentence_place:
        out["d:sentence_place"] = 1.0
    if event.sentence.start <= header[1] + 2:
        out["d:first_sentence"] = 1.0
    return out


def candidates(doc: Doc, event: EventMention, trigger: Token, here: list[PlaceMention],
               previous: PlaceMention | None, dateline: PlaceMention | None,
               header: tuple[int, int]) -> list[Candidate]:
    """The event's candidates with their features (``none`` first)."""
    out = [Candidate("none", None, "")]
    venue = False
    for p in here:
        feats = _mention_features(doc, p, trigger, event, header)
        basis = next((k[8:] for k in feats if k.startswith("m:basis=") and "|" not in k), "none")
        venue = venue or basis != "none"
        out.append(Candidate("mention", p, "sentence" if basis == "none" else basis, feats))
    if dateline is not None:
        out.append(Candidate("dateline", dateline, "dateline",
                             _dateline_features(event, dateline, header, venue, bool(here))))
    if previous is not None:
        feats = {"p:bias": 1.0, f"p:prec={previous.precision}": 1.0,
                 **_event_features("p:", event)}
        if venue:
            feats["p:sentence_venue"] = 1.0
        out.append(Candidate("previous", previous, "sentence", feats))
    return out


def previous_place(places: list[PlaceMention], sentence_start: int,
                   header: tuple[int, int]) -> PlaceMention | None:
    """The last resolved toponym before the event's sentence (and after the
    dateline header): where the narrative last was."""
    before = [p for p in places if p.geonameid is not None and p.end <= sentence_start
              and not header[0] <= p.start < header[1]]
    return before[-1] if before else None


def mark_rule_pick(cands: list[Candidate], rule: PlaceMention | None) -> None:
    """Mark the candidate the rules of ``event_place.place_for`` chose
    (feature ``rule_pick``): the same place and, for the dateline, the same
    kind; a focus or no place marks nothing (none scores 0 anyway)."""
    if rule is None or rule.basis == "focus":
        return
    for c in cands:
        if c.place is not None and c.place.start == rule.start and \
                (c.kind == "dateline") == (rule.basis == "dateline"):
            c.features["rule_pick"] = 1.0
            return


def score(c: Candidate, weights: dict[str, float]) -> float:
    return 0.0 if c.kind == "none" else sum(weights.get(k, 0.0) * v
                                            for k, v in c.features.items())


def choose(cands: list[Candidate], weights: dict[str, float]) -> Candidate:
    """The best-scoring candidate (ties: the earlier, so none first)."""
    best = cands[0]
    top = score(best, weights)
    for c in cands[1:]:
        s = score(c, weights)
        if s > top:
            best, top = c, s
    return best


def learned_place(doc: Doc, event: EventMention, places: list[PlaceMention],
                  weights: dict[str, float], focus: PlaceMention | None = None,
                  dateline: PlaceMention | None = None,
                  header: tuple[int, int] = (0, 0)) -> PlaceMention | None:
    """The event's place by the learned decision: the rules' choice is one
    feature (``rule_pick``) among the candidates' own; no place chosen falls
    back to the article's focus (basis ``focus``, scored as none), as the
    rules do."""
    trigger = trigger_token(doc, event)
    if trigger is None:
        return None
    rule = place_for(doc, event, places, focus, dateline, header)
    cands = candidates(doc, event, trigger, sentence_places(doc, event, places, header),
                       previous_place(places, event.sentence.start, header), dateline, header)
    mark_rule_pick(cands, rule)
    best = choose(cands, weights)
    if best.place is None:
        return None if focus is None else replace(
            focus, basis="focus", confidence=round(focus.confidence * BASIS_CONFIDENCE["focus"], 3))
    if rule is not None and rule.start == best.place.start and rule.basis == best.basis:
        return rule
    return replace(best.place, basis=best.basis, confidence=round(
        best.place.confidence * BASIS_CONFIDENCE.get(best.basis, 0.5), 3))


@lru_cache(maxsize=1)
def load_weights(path: str = str(MODEL_PATH)) -> dict[str, float] | None:
    """The shipped weights, or None when no model is shipped (rules decide)."""
    p = Path(path)
    if not p.exists():
        return None
    with open(p, encoding="utf-8") as fh:
        data = json.load(fh)
    return {str(k): float(v) for k, v in data["weights"].items()}


__all__ = ["SPECIFIC", "Candidate", "candidates", "choose", "load_weights", "mark_rule_pick",
           "previous_place"]
