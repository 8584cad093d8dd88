"""The scene of an attack named again by a definite noun (place38).

The guide's place rules give a body mention that has no place of its own
the place the text gave that event (docs/annotation.md, "Places": "the
attack would not go unanswered" takes the attack's place; place12: the
sets agree for coreferent mentions). A *singular definite or possessed
noun of one violent incident* — "the attack", "the shooting", "this
bombing", "Saturday's ambush", "the missile strike" — refers back to an
incident the article has already told; when its sentence names no place
("The army denied carrying out the strike", "Police are investigating the
shooting", "The governor condemned the attack") it happened at that
incident's scene: the place of the last earlier attack the text placed
itself, below a country.

Not: a plural ("the killings", "the attacks": a series or a wider class,
which gold often leaves unplaced), a noun dated to a month or a year of
its own ("the July 2021 assassination", "the October 7 massacre", "the
killing of a clan leader last month": an earlier incident), a bare or indefinite noun ("an attack",
"attacks on shipping": a new or generic act), a verb ("gunmen shot two
guards": a new act of the story, not the incident named again — unless
it names the kind of an earlier placed attack, ``same_kind_scenes`` below), a noun the
rules placed (its own place wins), a headline mention (the guide places it
from the headline's words only), a scene given only by a country ("an
attack in Somalia" says no scene and ends the earlier one). Run last in
``component.EventPlacer`` so it only fills places no rule, chooser or
dateline decision gave. Flag ``told_again`` in ``place_scope.VARIANTS``.

``same_kind_scenes`` (place62) carries the scene further, to a verb or an
indefinite noun of the same kind of violence (a shooting told again as "the
officers fired four times"); measured against m102 over the 38 development
sets: place +61 / -39 events (real +45 / -27, in 21 sets), where carrying
every later assault with no place of its own loses (gold leaves the story's
*other* acts unplaced; by kind only shootings, killings and bombings win,
"attack" loses).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.arrays import char_span
from eventwire.stages.geo.distance import SAME_PLACE_KM, haversine_km
from eventwire.stages.geo.place_scope import (
    NATION_PRECISIONS,
    VARIANTS,
    scene_modality,
    scene_type,
)

SCENE_TYPES = {"ASSAULT"}
STATED = {"trigger", "clause", "sentence", "scene"}
# nouns naming one violent incident (not "violence", "war", "fighting":
# a state, not an incident one can name again)
INCIDENT_NOUNS = {"attack", "shooting", "strike", "bombing", "killing", "clash", "raid",
                  "assault", "explosion", "blast", "ambush", "massacre", "abduction",
                  "kidnapping", "stabbing", "murder", "assassination"}
DEFINITE = {"the", "this", "that"}
# a date word inside the noun phrase dates another incident ("the July 2021
# assassination", "the October 7 massacre", "the killing ... last month");
# a weekday ("Saturday's shooting") is the story's own day
OTHER_PERIOD = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "month", "year"}
TOLD_AGAIN_CONFIDENCE = 0.4
# the kinds of violence a retelling names again (place62): a word of the
# trigger starting with one of the stems, or one of the exact words ("fire",
# not "firefighters" or "ceasefire"); "attack" is no kind (a new or
# attempted attack is as often another event: "tried to attack", "any new
# attack")
KIND_STEMS = {"shooting": ("shoot", "shot", "gunfire", "gunm", "gunned", "gunshot"),
              "killing": ("kill", "murder", "slay", "slain", "assassinat"),
              "bombing": ("bomb", "explo", "blast", "detonat")}
KIND_WORDS = {"shooting": frozenset({"fire", "fired", "fires", "firing"})}
TOLD_MODALITIES = {"asserted", "reported"}
# an adverb that adds an act to the story ("the gunmen also shot a policeman")
ADDED = {"also", "again"}


def told_again_scenes(doc: Doc, events: list[EventMention], header: tuple[int, int]) -> None:
    """Class *an attack named again by a definite noun*: an ASSAULT whose
    trigger is a singular definite or possessed incident noun and that has
    no stated place (none, or the article's focus) takes the place of the
    last earlier ASSAULT placed below a country by the text."""
    if not VARIANTS["told_again"]:
        return
    last: PlaceMention | None = None
    for event in sorted(events, key=lambda e: e.trigger.start):
        if scene_type(event) not in SCENE_TYPES:
            continue
        place = event.place
        if place is not None and place.basis in STATED:
            last = None if place.precision in NATION_PRECISIONS else place
        elif last is not None and (place is None or place.basis == "focus") and \
                event.trigger.start >= header[1] and named_again(doc, event):
            event.place = replace(last, basis="scene",
                                  confidence=round(last.confidence * TOLD_AGAIN_CONFIDENCE, 3))


def named_again(doc: Doc, event: EventMention) -> bool:
    """The trigger is a singular incident noun with a definite determiner or
    a possessor ("the attack", "Saturday's shooting", "its raid")."""
    span = char_span(doc, event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span is not None and _definite_incident(span.root)


def _definite_incident(noun: Token) -> bool:
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in INCIDENT_NOUNS:
        return False
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                   for c in noun.children)
    return definite and not _dated(noun)


def _dated(noun: Token) -> bool:
    """A month, a year or a "month"/"year" word of a date inside the noun's
    phrase (its own date: another incident)."""
    return any(t.ent_type_ == "DATE" and (t.lower_ in OTHER_PERIOD or
                                          (t.like_num and len(t.text) == 4))
               for t in noun.subtree if t.i != noun.i)


def same_kind_scenes(doc: Doc, events: list[EventMention], header: tuple[int, int]) -> None:
    """Class *a shooting told again* (place62): the article places a
    shooting, killing or bombing below a country ("A woman opened fire at a
    factory in Philadelphia"), then tells it again in sentences that name no
    place, by a verb or a noun of the same kind of violence ("Both officers
    fired at the suspect", "He was shot in the head", "she began shooting",
    "the bomb exploded after officers took it inside"). Gold gives such a
    retelling the incident's place (its cluster's, docs/annotation.md "Event
    told again"); the kind of violence stands in for the cluster the
    pipeline does not have. An ASSAULT with no stated place (none, or the
    article's focus), below the headline, asserted or reported, whose
    trigger names a kind (``KIND_STEMS``) of an earlier ASSAULT placed at the
    current scene takes that scene.

    Not: another kind ("hit an officer with a brick" after a shooting),
    "attack" (no kind: "tried to attack", "any new attack"), a denied,
    future or conditional act ("Police denied that officers had fired",
    "would respond if forces fired"), an act added by "also" / "again" ("the
    gunmen also shot a policeman": the story's next act), an act after the
    story moved to a country-wide frame (a stated place that is a country
    ends the scene, as in ``told_again_scenes``). A new scene far from the
    last (more than 161 km) starts its own kinds. Flag ``same_kind`` in
    ``place_scope.VARIANTS``; run after ``told_again_scenes``."""
    if not VARIANTS["same_kind"]:
        return
    scene: PlaceMention | None = None
    kinds: set[str] = set()
    for event in sorted(events, key=lambda e: e.trigger.start):
        place, kind = event.place, kind_of(doc, event)
        if place is not None and place.basis in STATED:
            if place.precision in NATION_PRECISIONS:
                scene, kinds = None, set()
            elif scene_type(event) in SCENE_TYPES:
                if scene is None or _far(scene, place):
                    kinds = set()
                scene = place
                kinds |= {kind} if kind is not None else set()
        elif scene is not None and kind in kinds and scene_type(event) in SCENE_TYPES and \
                (place is None or place.basis == "focus") and event.trigger.start >= header[1] \
                and scene_modality(event) in TOLD_MODALITIES and not added_act(doc, event):
            event.place = replace(scene, basis="scene",
                                  confidence=round(scene.confidence * TOLD_AGAIN_CONFIDENCE, 3))


def kind_of(doc: Doc, event: EventMention) -> str | None:
    """The kind of violence (``KIND_STEMS``) the trigger's words or its
    direct object name ("shot", "the shooting", "opened fire"), or None."""
    span = char_span(doc, event.trigger.start, event.trigger.end, alignment_mode="expand")
    objects = [] if span is None else [c.text for c in span.root.children if c.dep_ == "dobj"]
    return kind_of_words(" ".join([event.trigger.text, *objects]))


def kind_of_words(text: str) -> str | None:
    """The first kind of violence (``KIND_STEMS``, ``KIND_WORDS``) a word of
    ``text`` names, or None."""
    for word in re.findall(r"[a-z]+", text.lower()):
        for kind, stems in KIND_STEMS.items():
            if word.startswith(stems) or word in KIND_WORDS.get(kind, ()):
                return kind
    return None


def added_act(doc: Doc, event: EventMention) -> bool:
    """"also" / "again" on the trigger or its verb: an act added to the story."""
    span = char_span(doc, event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    heads = {span.root, span.root.head}
    return any(c.dep_ == "advmod" and c.lower_ in ADDED for h in heads for c in h.children)


def _far(a: PlaceMention, b: PlaceMention) -> bool:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return True
    return haversine_km(a.lat, a.lon, b.lat, b.lon) > SAME_PLACE_KM  # type: ignore[arg-type]
