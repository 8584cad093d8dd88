"""The scene of an attack told again under a dateline (place24).

The dateline says where the copy was filed. An attack the article has
already put somewhere else ("gunmen killed 26 people in Pahalgam" under NEW
DELHI, "Fano militiamen attacked a military camp outside Bahir Dar" under
ADDIS ABABA) and then tells again without a place of its own ("The
militiamen killed at least 11 soldiers", "the attack was carried out by
terrorist organisations") happened at that scene, not in the capital the
report came from — the annotation guide's "events at a scene the text puts
elsewhere" (docs/annotation.md, "Places"). Run after the rules and the
learned chooser's re-decision (``component.EventPlacer``), whose
candidates do not include it; flag ``attack_scene`` in
``place_scope.VARIANTS``.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.models import EventMention, PlaceMention
from eventwire.stages.geo.distance import SAME_PLACE_KM, haversine_km
from eventwire.stages.geo.place_scope import NATION_PRECISIONS, VARIANTS, scene_type

SCENE_TYPES = {"ASSAULT"}
STATED = {"trigger", "clause", "sentence"}
SCENE_CONFIDENCE = 0.5


def attack_scenes(events: list[EventMention], dateline: PlaceMention | None) -> None:
    """Class *an attack told again under a dateline*: an ASSAULT the rules
    placed by the dateline takes the place of the last earlier ASSAULT the
    text placed itself (by its trigger, clause or sentence), when that
    place is below a country and more than ``SAME_PLACE_KM`` (161 km, the
    scorer's radius) from the dateline. Not a country ("Russia attacked
    Georgia" says no scene; an attack the text places only by its country
    ends the earlier scene, as one beside the dateline does: the story has
    moved on), not a scene beside the dateline, and only attacks: a
    statement or an arrest told after an attack is the speaker's or the
    police's own act."""
    if not VARIANTS["attack_scene"] or dateline is None:
        return
    last: PlaceMention | None = None
    for event in sorted(events, key=lambda e: e.trigger.start):
        if scene_type(event) not in SCENE_TYPES or event.place is None:
            continue
        if event.place.basis in STATED:  # a country says no scene, and ends the last one
            last = event.place if event.place.precision not in NATION_PRECISIONS and \
                _far(event.place, dateline) else None
        elif event.place.basis == "dateline" and last is not None:
            event.place = replace(last, basis="scene",
                                  confidence=round(last.confidence * SCENE_CONFIDENCE, 3))


def _far(place: PlaceMention, dateline: PlaceMention) -> bool:
    if None in (place.lat, place.lon, dateline.lat, dateline.lon):
        return False
    return haversine_km(place.lat, place.lon, dateline.lat, dateline.lon) > SAME_PLACE_KM  # type: ignore[arg-type]
