"""A learned choice of the event place among the rules' candidates (place11).

The rules of ``event_place.py`` take the first basis that applies
(trigger, clause, sentence, dateline, focus). Their errors on the record
sets are mostly a wrong *choice*, not a missing candidate: the dateline
given to an act gold leaves unplaced, none where the sentence names the
place, the previous sentence's place where the event is told again
(docs/BENCHMARKS.md "place11"). This module lists every place an event
could take — none, each toponym or description of its sentence with the
rules' basis (or "rejected"), the dateline, the place of the previous
placed event, the last place of the earlier text — describes each by a few
binary features (its basis, preposition, dependency relation, distance,
precision, whether the rules chose it; the event's type, modality, date),
and scores them with a linear model fitted by ``tools/train_place_chooser.py``.
The rules' pick is itself a feature, so the model learns only where the
rules go wrong; it overrides them only by a fitted margin.

Weights: ``eventwire/data/geo/place_chooser.json`` (docs/models.md); a
missing or corrupt file is EW211 (``weights.load_weights``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.subtrees import is_ancestor
from eventwire.stages.geo.court_names import court_rule
from eventwire.stages.geo.datelines import dateline_fits, under_dateline
from eventwire.stages.geo.event_place import (
    clause_head,
    focus_or_none,
    is_participant,
    place_basis,
    sentence_places,
    trigger_token,
    up_to_phrase,
    with_basis,
)
from eventwire.stages.geo.fronted_scene import fronted_scene
from eventwire.stages.geo.place_descriptions import AREA_NOUNS, DESCRIPTION, country_scope
from eventwire.stages.geo.place_scope import scene_modality, scene_type, verbal_act
from eventwire.stages.geo.unheld_venues import unheld_rule
from eventwire.stages.geo.weights import feature_weights, load_weights

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "geo" / "place_chooser.json"
PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "off",
         "of", "to", "from", "on", "into", "within", "for", "with", "against", "over"}
DEPS = {"pobj", "dobj", "compound", "nsubj", "nsubjpass", "poss", "appos", "conj", "npadvmod"}
CLAUSE_DEPS = {"ROOT", "advcl", "relcl", "ccomp", "xcomp", "conj", "acl", "pcomp"}
STATED = ("trigger", "clause", "sentence", "rejected")
# Training tools (``tools/train_place_chooser.py dump``) register here to read each
# event's candidates, features and rules' pick where ``decide_all`` builds them
# (refit_dp29: rebuilt after the pipeline they did not reproduce its figures).
RECORDERS: list[Callable[[EventMention, list[Candidate], PlaceMention | None], None]] = []


@dataclass
class Candidate:
    """One place an event could take; ``place`` None is "no place"."""

    kind: str  # none, trigger, clause, sentence, rejected, dateline, prev_event, prev_place
    place: PlaceMention | None
    feats: list[str] = field(default_factory=list)


@dataclass
class Previous:
    """The place of the previous placed event, with what relates the two."""

    place: PlaceMention
    feats: list[str]


@dataclass
class Context:
    """What the article gives every event: its places, focus, dateline."""

    places: list[PlaceMention]
    focus: PlaceMention | None
    dateline: PlaceMention | None
    header: tuple[int, int]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _same_point(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return a.lat is not None and a.lat == b.lat and a.lon == b.lon


def _rule_is(cand: Candidate, rule: PlaceMention | None) -> bool:
    """The rules chose this candidate (a focus place counts as none)."""
    stated = None if rule is None or rule.basis == "focus" else rule
    if cand.kind == "none":
        return stated is None
    if stated is None or cand.place is None:
        return False
    if cand.kind == "dateline":
        return stated.basis == "dateline"
    if cand.kind in STATED:
        return stated.basis in STATED and stated.start == cand.place.start
    return False


def event_feats(doc: Doc, event: EventMention, ctx: Context, n_here: int) -> list[str]:
    """Features of the event itself, crossed with each candidate's kind."""
    actor = event.actor
    out = [f"type={scene_type(event)}", f"mod={scene_modality(event)}",
           f"dated={event.time.value is not None}", f"background={event.time.background}",
           f"verbal={verbal_act(event.type, event.rules)}",
           f"content={event.content_of is not None}",
           f"places={_bucket(n_here, (0, 1, 2))}",
           f"actor={'none' if actor is None else 'nocountry' if not actor.country else 'country'}"]
    if ctx.dateline is not None:
        out.append(f"under_dateline={under_dateline(event, ctx.header)}")
        out.append(f"dateline_fits={dateline_fits(event, ctx.dateline)}")
    else:
        out.append("no_dateline")
    out.append(f"first_sentence={event.sentence.start <= max(ctx.header[1], 1)}")
    trigger = trigger_token(doc, event)
    if trigger is not None:
        out.append(f"pos={trigger.pos_ if trigger.pos_ in ('NOUN', 'VERB') else 'other'}")
        out.append(f"definite={any(c.lower_ in ('the', 'this', 'that') for c in trigger.children)}")
        clause = clause_head(trigger)
        out.append(f"clause_dep={clause.dep_ if clause.dep_ in CLAUSE_DEPS else 'other'}")
    return out


def _mention_feats(doc: Doc, p: PlaceMention, trigger: Token,
                   event: EventMention) -> list[str]:
    """Where a place of the sentence sits against the trigger."""
    span = char_span(doc, p.start, p.end, alignment_mode="expand")
    if span is None:
        return ["nospan"]
    head = up_to_phrase(span.root)
    dep = head.dep_ if head.dep_ in DEPS else "other"
    out = [f"dep={dep}", f"desc={p.basis == DESCRIPTION}"]
    if head.dep_ == "pobj":
        prep = head.head.lower_
        out.append(f"prep={prep if prep in PREPS else 'other'}")
    dist = abs(span.root.i - trigger.i)
    out.append(f"dist={_bucket(dist, (2, 5, 10, 20))}")
    out.append(f"after={span.root.i > trigger.i}")
    out.append(f"participant={is_participant(p, event)}")
    own = clause_head(span.root)
    out.append(f"same_clause={own == clause_head(trigger)}")
    out.append(f"governs={is_ancestor(own, trigger)}")  # own in trigger.ancestors
    out.append(f"under_trigger={is_ancestor(trigger, span.root)}")
    return out


def _place_feats(p: PlaceMention, event: EventMention, ctx: Context) -> list[str]:
    actor = event.actor.country if event.actor is not None else None
    out = [f"prec={p.precision}"]
    if p.country is not None:
        out.append(f"actor_country={actor == p.country}" if actor else "actor_country=unknown")
        if ctx.focus is not None:
            out.append(f"focus_country={ctx.focus.country == p.country}")
    return out


def candidates(doc: Doc, event: EventMention, ctx: Context, rule: PlaceMention | None,
               prev_event: Previous | None, prev_place: PlaceMention | None
               ) -> list[Candidate]:
    """Every place the event could take, each with its features."""
    trigger = trigger_token(doc, event)
    if trigger is None:
        return []
    here = sentence_places(doc, event, ctx.places, ctx.header)
    cands = [Candidate("none", None)]
    for p in here:
        basis = place_basis(doc, p, trigger, event)
        if basis is None and p.basis == DESCRIPTION and p.text.lower().endswith(AREA_NOUNS):
            continue  # a deployment's "the area" is no candidate of another act (place61)
        kind = "rejected" if basis is None or country_scope(p, basis) else basis
        cands.append(Candidate(kind, p, _mention_feats(doc, p, trigger, event)))
    if ctx.dateline is not None:
        cands.append(Candidate("dateline", ctx.dateline))
    if prev_event is not None:
        cands.append(Candidate("prev_event", prev_event.place, list(prev_event.feats)))
    if prev_place is not None:
        cands.append(Candidate("prev_place", prev_place))
    shared = event_feats(doc, event, ctx, len(here))
    stated = None if rule is None or rule.basis == "focus" else rule
    for c in cands:
        own = list(c.feats)
        if c.place is not None:
            own += _place_feats(c.place, event, ctx)
        own.append(f"rule={_rule_is(c, rule)}")
        own.append(f"rule_point={_same_point(c.place, stated)}")
        c.feats = [f"kind={c.kind}", f"any|rule={_rule_is(c, rule)}",
                   *[f"{c.kind}|{f}" for f in [*own, *shared]]]
    return cands


@dataclass
class Chooser:
    """A linear score per candidate; overrides the rules by ``margin``."""

    weights: dict[str, float]
    margin: float = 0.0
    about: dict[str, Any] = field(default_factory=dict)

    def score(self, feats: list[str]) -> float:
        # a list, not a generator: the same floats in the same order, without a
        # generator step per feature (~56k per 200 articles, speed26)
        return sum([self.weights.get(f, 0.0) for f in feats])

    def choose(self, cands: list[Candidate], rule: PlaceMention | None) -> Candidate | None:
        """The best candidate, or None to keep the rules' pick."""
        if not cands:
            return None
        scores = [self.score(c.feats) for c in cands]
        ruled = [s for c, s in zip(cands, scores, strict=True) if _rule_is(c, rule)]
        best = max(range(len(cands)), key=lambda i: scores[i])
        if ruled and scores[best] <= max(ruled) + self.margin:
            return None
        return cands[best]


@lru_cache(maxsize=2)
def load_chooser(path: Path = MODEL_PATH) -> Chooser:
    """The shipped weights (``weights.load_weights``: EW211 when missing or
    corrupt, as the dateline model's)."""
    return load_weights(path, lambda data: Chooser(
        feature_weights(data), float(data.get("margin", 0.0)), data.get("about", {})))


def previous_place(places: list[PlaceMention], sentence_start: int,
                   header: tuple[int, int]) -> PlaceMention | None:
    """The last resolved place before the event's sentence (and after the
    dateline header): where the narrative last was."""
    before = [p for p in places if p.geonameid is not None and p.end <= sentence_start
              and not header[0] <= p.start < header[1]]
    return before[-1] if before else None


def decide_all(doc: Doc, events: list[EventMention], ctx: Context,
               chooser: Chooser) -> None:
    """Re-decide each event's place (the rules' pick already in
    ``event.place``) where the model beats the rules by its margin; never a
    denied act onto the dateline (:func:`dateline_barred`) nor away from a
    fronted scene-setting locative (``fronted_scene``, place36) nor away
    from a court's town the rules found (``court_names.court_rule``, place42)."""
    rules = [e.place for e in events]
    for i, event in enumerate(events):
        prev = previous_event(events, rules, i)
        cands = candidates(doc, event, ctx, rules[i], prev,
                           previous_place(ctx.places, event.sentence.start, ctx.header))
        for record in RECORDERS:
            record(event, cands, rules[i])
        pick = chooser.choose(cands, rules[i])
        if pick is None or dateline_barred(scene_modality(event), pick, ctx.dateline) \
                or fronted_scene(doc, rules[i], trigger_token(doc, event)) \
                or court_rule(doc, rules[i], trigger_token(doc, event)) \
                or unheld_rule(rules[i]):
            continue
        event.place = _as_place(pick, ctx.focus)


def dateline_barred(modality: str, pick: Candidate, dateline: PlaceMention | None) -> bool:
    """Class *a denied act under a dateline* (review55): the guide gives the
    dateline city to the news acts done there, "not to ... negated or
    denied acts", and the dateline rule (``datelines.dateline_fits``) gives
    a denied act none; the model must not give it the dateline's point by
    another road, the dateline candidate or the previous event placed there
    ("TBILISI - ... The ministry denied that officers had beaten the
    detainees", "KAMPALA - ... The army denied that its soldiers had looted
    shops", "LIMA - ... Police denied that anyone had been shot"). Negated
    acts are left to the model: the record sets place 2 of them there."""
    return modality == "denied" and pick.place is not None and dateline is not None \
        and _same_point(pick.place, dateline)


def _previous_event(events: list[EventMention], rules: list[PlaceMention | None],
                    i: int) -> int | None:
    """The last event of an earlier sentence the rules gave a stated place."""
    here = events[i].sentence.start
    for j in range(i - 1, -1, -1):
        p = rules[j]
        if events[j].sentence.start < here and p is not None and p.basis != "focus":
            return j
    return None


def previous_event(events: list[EventMention], rules: list[PlaceMention | None],
                   i: int) -> Previous | None:
    """The previous placed event as a candidate: its place and how it
    relates to this one (same type, same trigger word, sentences between)."""
    j = _previous_event(events, rules, i)
    if j is None:
        return None
    place = rules[j]
    assert place is not None
    starts = {e.sentence.start for e in events[j:i + 1]}
    gap = len(starts) - 1
    same_word = events[j].trigger.text.lower() == events[i].trigger.text.lower()
    return Previous(place, [f"prev_basis={place.basis}",
                            f"same_type={events[j].type == events[i].type}",
                            f"same_word={same_word}", f"gap={_bucket(gap, (1, 2, 4))}"])


def _as_place(c: Candidate, focus: PlaceMention | None) -> PlaceMention | None:
    if c.place is None:
        return focus_or_none(focus)
    basis = {"dateline": "dateline", "trigger": "trigger", "clause": "clause"}.get(c.kind,
                                                                                 "sentence")
    return with_basis(c.place, basis)
