"""The dateline as an event's place, decided by a small learned model
(dateline32, issue #12).

The dateline ("ERBIL, Iraq (Reuters) - ") says where the copy was filed.
The annotation guide (docs/annotation.md, "Places") gives its city to the
article's news acts that have no place of their own and are plainly done
there, and to no others. The rules (``datelines.dateline_fits``) and the
place chooser decide it from a few hard gates; on the 23 development sets
the two sides of the decision were the largest place error classes (gold
the dateline, none predicted; none in gold, the dateline predicted).

This module re-decides, for each event under the dateline whose place is
the dateline or none (or the article's focus, scored as none), whether the
dateline places it, by a logistic score over the classes the guide names:

* *a local act under the dateline*: the act of an actor of the dateline's
  country, a local institution (government, police, court), dated to the
  report's days ("police detained 40 people on Tuesday" under TBILISI,
  "the ministry summoned the envoy on Monday" under a capital dateline,
  "protesters marched again" under a city dateline);
* *an act elsewhere in the story*: a foreign actor ("Washington condemned"
  under KYIV), a sentence that names a place far from the dateline ("clashes
  in the north" after "in Juliaca" under LIMA), a story that has moved
  away (the last place before the sentence is far off);
* *no act of the day*: an undated remark, a plan, a demand, a threat, a
  denial or background ("had accused", "will hold talks", "urged calm").

Features (:func:`feature_names`): type, modality, dated, granularity,
background, verbal type, the actor's and recipient's country against the
dateline's (local, foreign, none), the actor's sector, the places of the
event's sentence and the last place before it (near the dateline, far
from it, none), paragraphs since the dateline, the dateline's precision,
and whether the rules chose the dateline. Weights: fitted by
``tools/train_dateline_place.py`` (leave-one-set-out), shipped in
``eventwire/data/geo/dateline_place.json`` (missing or corrupt: EW211).
It never invents a place: it only keeps or drops the dateline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.extensions import text_of
from eventwire.stages.geo.datelines import DESTINATION_TYPES, under_dateline
from eventwire.stages.geo.distance import SAME_PLACE_KM, haversine_km
from eventwire.stages.geo.event_place import focus_or_none, sentence_places, with_basis
from eventwire.stages.geo.place_chooser import Context, previous_place
from eventwire.stages.geo.place_scope import VERBAL_TYPES, scene_modality, scene_type
from eventwire.stages.geo.weights import feature_weights, load_weights

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "geo" / "dateline_place.json"
SECTOR_ORDER = ("GOV", "JUD", "LEG", "COP", "MIL", "REB", "IGO", "NGO", "CVL", "OPP", "MED")
MAX_PARAGRAPHS = 8  # chosen leave-one-set-out (4: +28, 6: +31, 8: +34, 12: +33 events)
OPEN_BASES = {"dateline", "focus"}  # places the model may redecide (focus counts as none)
# the guide ("Places"): the dateline city is given "nor to future, hypothetical,
# negated or denied acts"; of these, a plan or a hypothesis is never an act of
# the day done there, so it loses the dateline whoever gave it (review61)
NO_DATELINE_MODALITIES = frozenset({"future", "hypothetical", "negated", "denied"})
NOT_DONE_MODALITIES = frozenset({"future", "hypothetical"})


@dataclass(frozen=True)
class EventView:
    """What the model reads of one event, from the pipeline or a record."""

    type: str
    modality: str
    dated: bool
    granularity: str
    background: bool
    actor: str  # local, foreign, nocountry, none (against the dateline's country)
    sector: str
    recipient: str
    here: str  # the sentence's places: far (from the dateline), near, none
    previous: str  # the last place before the sentence: far, near, none
    paragraphs: int
    rule: bool  # the rules (and chooser) put the event at the dateline
    precision: str  # the dateline's


def feature_names(v: EventView) -> list[str]:
    """The binary features of one event (the same for training and serving)."""
    return [f"type={v.type}", f"mod={v.modality}", f"dated={v.dated}",
            f"gran={v.granularity}", f"bg={v.background}", f"actor={v.actor}",
            f"sector={v.sector}", f"recip={v.recipient}", f"here={v.here}",
            f"prev={v.previous}", f"para={min(v.paragraphs, MAX_PARAGRAPHS)}",
            f"verbal={v.type in VERBAL_TYPES}", f"rule={v.rule}", f"prec={v.precision}"]


def country_class(country: str | None, present: bool, dateline_country: str | None) -> str:
    """An actor against the dateline: none, nocountry, local or foreign."""
    if not present:
        return "none"
    if not country:
        return "nocountry"
    return "local" if country == dateline_country else "foreign"


def sector_of(sectors: list[str]) -> str:
    """The first of the actor's sectors in ``SECTOR_ORDER`` (``other``)."""
    return next((s for s in SECTOR_ORDER if s in sectors), "other")


def nearness(points: list[tuple[float, float]], dateline: tuple[float, float]) -> str:
    """far when any point is beyond ``SAME_PLACE_KM`` of the dateline, near
    when all are within it, none without points."""
    if not points:
        return "none"
    far = any(haversine_km(*p, *dateline) > SAME_PLACE_KM for p in points)
    return "far" if far else "near"


@dataclass
class DatelineModel:
    """A logistic score: the dateline places the event at ``threshold`` or above."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum([self.weights.get(f, 0.0) for f in feats])
        return 1.0 / (1.0 + math.exp(-z))

    def places(self, feats: list[str]) -> bool:
        return self.probability(feats) >= self.threshold


@lru_cache(maxsize=2)
def load_dateline_model(path: Path = MODEL_PATH) -> DatelineModel:
    """The shipped weights (``weights.load_weights``: EW211 when missing or
    corrupt)."""
    return load_weights(path, lambda data: DatelineModel(
        feature_weights(data), float(data["bias"]), float(data.get("threshold", 0.5))))


def _points(places: list[PlaceMention]) -> list[tuple[float, float]]:
    return [(p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None]


def view_of(doc: Doc, event: EventMention, ctx: Context, dateline: PlaceMention) -> EventView:
    """The event as the model reads it, in the pipeline."""
    assert dateline.lat is not None and dateline.lon is not None
    home = (dateline.lat, dateline.lon)
    here = sentence_places(doc, event, ctx.places, ctx.header)
    prev = previous_place(ctx.places, event.sentence.start, ctx.header)
    actor, recipient = event.actor, event.recipient
    place = event.place
    return EventView(
        type=scene_type(event), modality=scene_modality(event),
        dated=event.time.value is not None, granularity=event.time.granularity,
        background=event.time.background,
        actor=country_class(actor.country if actor else None, actor is not None, dateline.country),
        sector=sector_of(actor.sectors) if actor is not None else "none",
        recipient=country_class(recipient.country if recipient else None, recipient is not None,
                                dateline.country),
        here=nearness(_points(here), home),
        previous=nearness(_points([prev] if prev is not None else []), home),
        paragraphs=text_of(doc).count("\n", ctx.header[1], event.sentence.start),
        rule=place is not None and place.basis == "dateline", precision=dateline.precision)


def open_to_dateline(event: EventMention, ctx: Context) -> bool:
    """The decision is open: the event is under the dateline header and has
    no stated place of its own (the dateline, the focus or none)."""
    return (under_dateline(event, ctx.header)
            and (event.place is None or event.place.basis in OPEN_BASES))


def redecide_datelines(doc: Doc, events: list[EventMention], ctx: Context,
                       model: DatelineModel) -> None:
    """Keep or drop the dateline for every open event (module docstring).
    The model never adds the dateline to a deployment (MOBILIZE: "the army
    sent troops", "Kenya deployed soldiers", "1,000 police were
    mobilised"), which happens where the forces go (``datelines._deployment``,
    a class the guide states), nor to an act the guide gives no dateline
    (``NO_DATELINE_MODALITIES``): a denied act ("TBILISI - ... The ministry
    denied that officers had beaten the detainees"; review55), a negated one
    ("police did not arrest anyone"), a plan or a hypothesis ("congress will
    censure the envoy on Thursday", "the court will sentence the mayor on
    Friday", "protesters could block the roads"); it may still drop it there,
    and drops it from a plan or hypothesis another stage put there
    (``NOT_DONE_MODALITIES``: "the opposition will march on Monday")."""
    dateline = ctx.dateline
    if dateline is None or dateline.lat is None or dateline.lon is None:
        return
    for event in events:
        if not open_to_dateline(event, ctx):
            continue
        ruled = event.place is not None and event.place.basis == "dateline"
        modality = scene_modality(event)
        if modality in NOT_DONE_MODALITIES:  # closed: no model, no dateline
            if ruled:
                event.place = focus_or_none(ctx.focus)
            continue
        if model.places(feature_names(view_of(doc, event, ctx, dateline))):
            if not ruled and scene_type(event) not in DESTINATION_TYPES \
                    and modality not in NO_DATELINE_MODALITIES:
                event.place = with_basis(dateline, "dateline")
        elif ruled:
            event.place = focus_or_none(ctx.focus)
