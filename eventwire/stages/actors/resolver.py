"""The learned resolver of an event participant's country and sector.

Why: on whole records most wrong actors are the right span resolved wrongly
(a person's sector, a body's country), and rules written from development
errors did not transfer to unseen text. This resolver re-reads the rules'
answer with what the rules already know (:mod:`resolver_features`) and picks:

* the **country** among candidates — the rules' answer, the story's
  country, the dateline's country, none — by a logistic score per candidate
  (a candidate named by several sources carries all their features);
* the **sector**: keep the rules' sectors, or replace them by one sector of
  a small label set (multinomial logistic regression).

Weights are package data (``eventwire/data/actors/resolver.json``), fitted
by ``tools/train_resolver.py`` and chosen leave-one-set-out; with no
weights file the rules' answer stands (:func:`load_resolver` returns None).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from eventwire.models import ActorMention, EventMention
from eventwire.stages.actors.home import SPONSOR_RULE, outsider_words
from eventwire.stages.actors.resolver_features import (
    Features,
    StoryContext,
    participant_features,
    rule_parts,
    story_context,
)

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "actors" / "resolver.json"
KEEP = "keep"
INTERNATIONAL = "IGO"  # the sector no participant with a country takes
SOURCES = ("rules", "story", "dateline", "none")
SECTORLESS_RULES = frozenset({"parties"})


def candidates(m: ActorMention, ctx: StoryContext) -> dict[str | None, list[str]]:
    """Each distinct candidate country with the sources that name it."""
    out: dict[str | None, list[str]] = {}
    for src, value in (("rules", m.country), ("story", ctx.story),
                       ("dateline", ctx.dateline), ("none", None)):
        if src in ("story", "dateline") and value is None:
            continue
        out.setdefault(value, []).append(src)
    return out


def candidate_features(pf: Features, sources: list[str]) -> Features:
    """A candidate's features: its sources, each crossed with every
    participant feature (the same mention makes the story's country right
    for "police" and wrong for "Saudi Arabia")."""
    out: Features = {}
    for src in sources:
        for k, v in pf.items():
            out[f"{src}&{k}"] = v
    return out


def stays_without_country(m: ActorMention) -> bool:
    """The classes the rules deliberately leave with no country
    (``agents.in_story_country``): international bodies ("the U.N. Security
    Council", "the European Union", "ECOWAS"), outsiders and visitors named
    as such ("foreign mercenaries", "a Western delegation") and sponsored
    groups ("Iran-backed militias"). The resolver gives them none either: the
    record score reads only their span, so the training data cannot teach it.

    Also class *a movement the knowledge base knows and gives no country*
    (the Polisario Front, the Islamic State, al-Qaeda, a transnational
    party): its KB entry leaves the country out on purpose, and the story's
    country is often its adversary's ("the Polisario Front accused Morocco")."""
    from eventwire.stages.events.agents import NO_HOME_SECTORS, VISITORS

    if set(m.sectors) & NO_HOME_SECTORS or SPONSOR_RULE in m.rule:
        return True
    if m.actor_id is not None:
        return True
    return bool(set(m.text.lower().split()) & VISITORS or outsider_words(m.text))


def stays_without_sector(m: ActorMention) -> bool:
    """The sides of a conflict addressed together ("urged both sides", "called
    on all parties", "the two parties in South Sudan"; rule ``parties`` of
    :mod:`eventwire.stages.events.recipients`) span several sectors (an army
    and a militia), so the rules give them none on purpose and the resolver
    does not fill one."""
    return rule_parts(m.rule)[0] in SECTORLESS_RULES


def _dot(weights: dict[str, float], feats: Features) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())


def by_source(weights: dict[str, float]) -> dict[str, dict[str, float]]:
    """Country weights ``"story&actor|kb"`` split by source:
    ``{"story": {"actor|kb": w}}`` (a feature may hold "&" itself; the
    source is what comes before the first one)."""
    out: dict[str, dict[str, float]] = {src: {} for src in SOURCES}
    for key, w in weights.items():
        src, sep, rest = key.partition("&")
        if sep and src in out:
            out[src][rest] = w
    return out


def candidate_score(split: dict[str, dict[str, float]], pf: Features,
                    sources: list[str]) -> float:
    """``_dot(weights, candidate_features(pf, sources))`` without building
    the crossed features (a string per source and feature, for each
    participant). The terms are added in the same order; a feature with no
    weight only ever added an exact 0.0, so leaving it out gives the same
    float."""
    return sum(w[k] * v for w in (split[src] for src in sources)
               for k, v in pf.items() if k in w)


@dataclass
class Resolver:
    """Country scorer (binary, per candidate) and sector classifier
    (multinomial: ``keep`` or one sector)."""

    country: dict[str, float]
    country_bias: float
    sector: dict[str, dict[str, float]]
    sector_bias: dict[str, float]
    fill_only: bool = False  # the sector model only fills a mention the rules gave none
    # how far (in log-odds) the learned answer must beat the rules' to replace
    # it; a part switched off keeps the rules' answer (actors14: chosen by
    # nested topic-clean leave-one-set-out, ``tools/tune_resolver.py``)
    country_margin: float = 0.0
    sector_margin: float = 0.0
    country_on: bool = True
    sector_on: bool = True

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Resolver:
        c, s = raw["country"], raw["sector"]
        return cls(country=c["weights"], country_bias=c["bias"],
                   sector=s["weights"], sector_bias=s["bias"],
                   fill_only=bool(s.get("fill_only", False)),
                   country_margin=float(c.get("margin", 0.0)),
                   sector_margin=float(s.get("margin", 0.0)),
                   country_on=bool(c.get("enabled", True)), sector_on=bool(s.get("enabled", True)))

    @classmethod
    def from_file(cls, path: Path) -> Resolver:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    @cached_property
    def _country_split(self) -> dict[str, dict[str, float]]:
        return by_source(self.country)

    @cached_property
    def _sector_vocab(self) -> frozenset[str]:
        """Every feature some sector class weighs: the others add 0.0 to
        every class's score (``_dot`` with them left out is the same float)."""
        return frozenset(k for w in self.sector.values() for k in w)

    def country_of(self, m: ActorMention, pf: Features, ctx: StoryContext) -> str | None:
        """The best-scoring candidate; the rules' answer on a tie."""
        cands = candidates(m, ctx)
        if not self.country_on or len(cands) == 1 or (
                m.country is None and stays_without_country(m)):
            return m.country
        scores = {value: self.country_bias + candidate_score(self._country_split, pf, srcs)
                  for value, srcs in cands.items()}
        best = max(scores, key=lambda v: scores[v])
        return best if scores[best] > scores[m.country] + self.country_margin else m.country

    def sector_of(self, m: ActorMention, pf: Features, national: bool = False) -> list[str]:
        """The rules' sectors, unless one sector scores above ``keep`` by
        the margin (and, with ``fill_only``, the rules gave none).

        Class *a national body the learned fill took for an international
        one* (actors67): ``national`` says the participant has a country; an
        intergovernmental organisation never has one (the guide codes IGO
        with country null: 0 of 525 gold IGO participants carry one), so
        the fill does not give IGO to a body the text places in one state
        ("the FDA", "the CDC", "the GKNB", "the LDF": unknown acronyms) and
        the next-best sector is read instead."""
        if not self.sector_on or (self.fill_only and m.sectors) or stays_without_sector(m):
            return list(m.sectors)
        known = [(k, v) for k, v in pf.items() if k in self._sector_vocab]
        # lists, not generators: the same floats in the same order, without a
        # generator step per feature (~99k per 200 articles, speed26)
        scores = {c: self.sector_bias[c] + sum([w[k] * v for k, v in known if k in w])
                  for c, w in self.sector.items() if not (national and c == INTERNATIONAL)}
        best = max(scores, key=lambda c: scores[c])
        keep = scores.get(KEEP, -math.inf)
        if best == KEEP or math.isclose(scores[best], keep) or \
                scores[best] <= keep + self.sector_margin:
            return list(m.sectors)
        return [best]

    def resolve(self, m: ActorMention, pf: Features, ctx: StoryContext) -> ActorMention:
        country = self.country_of(m, pf, ctx)
        sectors = self.sector_of(m, pf, national=country is not None)
        if country == m.country and sectors == list(m.sectors):
            return m
        return replace(m, country=country, sectors=sectors, rule=m.rule + "+resolver")


def load_resolver(path: Path = MODEL_PATH) -> Resolver | None:
    """The shipped resolver, or None when no weights file is built."""
    return Resolver.from_file(path) if path.exists() else None


def resolve_events(doc: Doc, events: list[EventMention], resolver: Resolver) -> None:
    """Re-resolve the actor and recipient of each event in place (the
    mentions in ``doc._.actor_mentions`` are left as the rules made them)."""
    ctx = story_context(doc)
    for e in events:
        if e.actor is not None:
            e.actor = resolver.resolve(
                e.actor, participant_features(doc, e.actor, "actor", e.type, ctx), ctx)
        if e.recipient is not None:
            e.recipient = resolver.resolve(
                e.recipient, participant_features(doc, e.recipient, "recipient", e.type, ctx),
                ctx)
