"""The place of an event's earlier telling, as a chooser candidate (place12).

Class *an event told again*: "Gray was shot on Saturday night after
pointing a gun", "the attack would not go unanswered", "the raid" in a
later sentence that names no place. The guide gives such a mention the
place of its cluster's first placed mention (docs/annotation.md "Places"),
and the record sets follow it for coreferent mentions (369 of 481 gold
mentions whose cluster has an earlier placed mention take its place;
docs/BENCHMARKS.md "place12"). The chooser's ``prev_event`` candidate is
the previous *placed* event, whatever it was; most events of a sentence
with no place are new acts, not retellings, and gold leaves those
unplaced (5 to 1), so that candidate almost never wins.

This module finds the earlier event a mention most likely retells — the
nearest earlier-sentence event of the same PLOVER type with a stated
place — and describes the pair by what marks coreference: the same
trigger lemma, the same date, a shared participant, no other place named
in between. The chooser weighs these; every place still comes from the
text (the antecedent's own stated place).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.models import ActorMention, EventMention, PlaceMention
from eventwire.stages.geo.event_place import trigger_token

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us", "i", "you",
            "his", "its", "their", "who", "which", "that"}


@dataclass
class Antecedent:
    """The place of the earlier event this one may retell, and the pair's features."""

    place: PlaceMention
    feats: list[str]


def _actor_keys(a: ActorMention | None) -> set[str]:
    if a is None:
        return set()
    keys = {k for k in (a.actor_id, (a.name or "").lower()) if k}
    text = a.text.lower().removeprefix("the ").strip()
    if text and text not in PRONOUNS:
        keys.add(text)
    return keys


def participants(event: EventMention) -> set[str]:
    """Ids and names of the event's actor, co-actors and recipient (no bare pronouns)."""
    out = _actor_keys(event.actor) | _actor_keys(event.recipient)
    for a in event.co_actors:
        out |= _actor_keys(a)
    return out


def shared_participant(a: EventMention, b: EventMention) -> str:
    """``actor``: the same actor; ``any``: some participant shared; ``no``."""
    if _actor_keys(a.actor) & _actor_keys(b.actor):
        return "actor"
    return "any" if participants(a) & participants(b) else "no"


def same_date(a: EventMention, b: EventMention) -> str:
    """``same`` / ``differ`` when both are dated, else ``unknown``."""
    if a.time.value is None or b.time.value is None:
        return "unknown"
    return "same" if a.time.value == b.time.value else "differ"


def _point(p: PlaceMention) -> object:
    return p.geonameid if p.geonameid is not None else (p.lat, p.lon)


def moved_since(place: PlaceMention, places: list[PlaceMention], since: int,
                until: int) -> bool:
    """Another resolved place is named between ``since`` and ``until``
    (character offsets): the narrative went elsewhere."""
    key = _point(place)
    return any(since <= p.start < until and p.lat is not None and _point(p) != key
               for p in places)


def _lemma(doc: Doc, event: EventMention) -> str:
    tok = trigger_token(doc, event)
    return event.trigger.text.lower() if tok is None else tok.lemma_.lower()


def antecedent(doc: Doc, events: list[EventMention], rules: list[PlaceMention | None],
               i: int, places: list[PlaceMention]) -> Antecedent | None:
    """The nearest earlier-sentence event of the same type with a stated
    place (``rules[j]``, not the focus), as the retold event's place."""
    event = events[i]
    here = event.sentence.start
    nearest_placed = True
    for j in range(i - 1, -1, -1):
        p, prior = rules[j], events[j]
        if prior.sentence.start >= here or p is None or p.basis == "focus":
            continue
        if prior.type != event.type:
            nearest_placed = False
            continue
        gap = len({e.sentence.start for e in events[j:i + 1]}) - 1
        moved = moved_since(p, places, prior.sentence.end, here)
        return Antecedent(p, [
            f"ante_basis={p.basis}", f"same_lemma={_lemma(doc, prior) == _lemma(doc, event)}",
            f"same_date={same_date(prior, event)}",
            f"shared={shared_participant(prior, event)}",
            f"is_prev={nearest_placed}", f"moved={moved}",
            f"gap={'<=1' if gap <= 1 else '<=3' if gap <= 3 else '>3'}"])
    return None
