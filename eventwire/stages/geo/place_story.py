"""What the story around an event says about a place candidate (place12).

The chooser's largest error class on the record sets (docs/BENCHMARKS.md
"place12") is an event told again, or followed up, in a sentence that
names no place: "Gray was shot on Saturday night after pointing a gun",
"the warship challenged them", "He urged supporters to go home". Gold gives
it the place of the story's earlier telling; the chooser had the previous
placed event as a candidate but knew only its type, word and distance.
What separates a retelling from a new event elsewhere is the story
itself:

* the two events share a participant (same actor or recipient: "Gray",
  "the warship", "the RSF") — a follow-up of the same people;
* the candidate is the story's place: most of the article's resolved
  toponyms name it, or the article names few places at all;
* no other place was named between the earlier event and this one (the
  narrative has not moved on).

These are binary features of the ``prev_event`` / ``prev_place``
candidates (and the share features of every placed candidate); the model
decides, the rules are untouched. No candidate is added: every place
still comes from the text.
"""

from __future__ import annotations

from collections import Counter

from eventwire.models import ActorMention, EventMention, PlaceMention

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us", "i", "you",
            "his", "its", "their", "who", "which", "that"}


def point_key(p: PlaceMention) -> object:
    """The identity of a resolved place: its GeoNames id, else its point."""
    return p.geonameid if p.geonameid is not None else (p.lat, p.lon)


def _actor_keys(a: ActorMention | None) -> set[str]:
    if a is None:
        return set()
    keys = {k for k in (a.actor_id, (a.name or "").lower()) if k}
    text = a.text.lower().removeprefix("the ").strip()
    if text and text not in PRONOUNS:
        keys.add(text)
    return keys


def participants(event: EventMention) -> set[str]:
    """Names and ids of the event's actor, co-actors and recipient."""
    out = _actor_keys(event.actor) | _actor_keys(event.recipient)
    for a in event.co_actors:
        out |= _actor_keys(a)
    return out


def shared_participant(a: EventMention, b: EventMention) -> str:
    """``actor``: same actor; ``any``: some participant shared; ``no``."""
    if _actor_keys(a.actor) & _actor_keys(b.actor):
        return "actor"
    return "any" if participants(a) & participants(b) else "no"


def story_counts(places: list[PlaceMention]) -> Counter[object]:
    """How often the article names each resolved place."""
    return Counter(point_key(p) for p in places if p.lat is not None)


def share_feats(place: PlaceMention, counts: Counter[object]) -> list[str]:
    """How much of the story is at this place: its share of the article's
    resolved toponyms, and how many distinct places the article names."""
    total = sum(counts.values())
    if not total or place.lat is None:
        return ["share=none"]
    share = counts[point_key(place)] / total
    points = len(counts)
    top = counts[point_key(place)] == max(counts.values())
    return [f"share={'<0.25' if share < 0.25 else '<0.5' if share < 0.5 else '>=0.5'}",
            f"points={'1' if points == 1 else '<=3' if points <= 3 else '>3'}",
            f"top={top}"]


def moved_since(place: PlaceMention, places: list[PlaceMention], since: int,
                until: int) -> bool:
    """A resolved place other than ``place`` is named between ``since`` and
    ``until`` (character offsets): the narrative went elsewhere."""
    key = point_key(place)
    return any(since <= p.start < until and p.lat is not None and point_key(p) != key
               for p in places)
