"""Field-by-field comparison of one gold event record with one predicted record
(the ``records`` format of ``docs/annotation.md``), and the one-to-one trigger
matching used by ``eventwire eval records``.

Every function takes the gold value first and returns whether the prediction
is right; the exact semantics are documented in ``docs/formats.md`` ("Gold
records") and in :mod:`eventwire.eval.records`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from eventwire.stages.geo.distance import haversine_km

Record = dict[str, Any]
MAX_PLACE_KM = 161.0  # the usual "accuracy at 161 km" (100 miles) of geoparsing


def overlap(a: Record | None, b: Record | None) -> int:
    """Characters two spans share (0 when either is missing)."""
    if not a or not b or a.get("start") is None or b.get("start") is None:
        return 0
    return max(0, min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"])))


def match_events(gold: Sequence[Record], pred: Sequence[Record]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose triggers overlap,
    chosen greedily by the number of shared characters (ties: earlier gold,
    then earlier prediction)."""
    pairs = [(overlap(g["trigger"], p["trigger"]), gi, pi)
             for gi, g in enumerate(gold) for pi, p in enumerate(pred)]
    pairs = sorted((x for x in pairs if x[0] > 0), key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def _sectors(p: Record) -> set[str]:
    found = set(p.get("sectors") or [])
    if p.get("sector"):
        found.add(str(p["sector"]))
    return found


def _first_sector(p: Record) -> str | None:
    listed = p.get("sectors") or []
    return str(listed[0]) if listed else (str(p["sector"]) if p.get("sector") else None)


def participant_right_strict(g: Record | None, p: Record | None) -> bool:
    """As :func:`participant_right`, but a gold sector must be the *first*
    predicted sector. Why: the lenient reading counts a gold sector found
    anywhere in the predicted list, so a rule that appends a second code
    can only gain there; this reading shows whether the code a user reads
    first is right (reported beside the lenient figures, never instead)."""
    if g is None or p is None or not g.get("country") or not g.get("sector"):
        return participant_right(g, p)
    return p.get("country") == g["country"] and _first_sector(p) == g["sector"]


def participant_right(g: Record | None, p: Record | None) -> bool:
    """Actor or recipient: both none; or the gold country is given and the
    predicted country equals it and (the gold sector is null or among the
    predicted sectors); or the gold country is null and the spans overlap."""
    if g is None or p is None:
        return g is None and p is None
    if g.get("country"):
        return p.get("country") == g["country"] and (
            not g.get("sector") or g["sector"] in _sectors(p))
    return overlap(g, p) > 0


def _time(r: Record) -> Record:
    return r.get("time") or {}


def date_right(g: Record, p: Record) -> bool:
    """Same TIMEX3 value (null = null) and the same granularity (a null value
    counts as granularity ``unknown`` whatever is written)."""
    gt, pt = _time(g), _time(p)

    def gran(t: Record) -> str:
        return "unknown" if t.get("value") is None else str(t.get("granularity") or "unknown")
    return gt.get("value") == pt.get("value") and gran(gt) == gran(pt)


def background_right(g: Record, p: Record) -> bool:
    return bool(_time(g).get("background")) == bool(_time(p).get("background"))


def km_between(a: Record, b: Record) -> float:
    """Great-circle distance between two records' points (the project's one haversine)."""
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def _has_point(r: Record) -> bool:
    return r.get("lat") is not None and r.get("lon") is not None


def stated_place(p: Record | None) -> Record | None:
    """The place the prediction says the text states: a place found only as
    the article's focus (``basis: "focus"``) is not stated for the event."""
    return None if p is None or p.get("basis") == "focus" else p


def place_right(g: Record | None, p: Record | None) -> bool:
    """Both none, or both given and within 161 km. A gold place without
    coordinates is matched by span overlap. A predicted focus place counts
    as none (:func:`stated_place`): the gold labels only stated places."""
    p = stated_place(p)
    if g is None or p is None:
        return g is None and p is None
    if not _has_point(g):
        return overlap(g, p) > 0
    return _has_point(p) and km_between(g, p) <= MAX_PLACE_KM


def norm_name(text: str | None) -> str:
    """Lower case, no punctuation, no leading article: "the Press TV" =
    "Press TV" = "press tv"."""
    words = re.sub(r"[^\w\s]", " ", (text or "").lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _same_mention(a: Record, b: Record) -> bool:
    return overlap(a, b) > 0 or (bool(norm_name(a.get("text")))
                                 and norm_name(a.get("text")) == norm_name(b.get("text")))


def relays_right(gold: Sequence[Record], pred: Sequence[Record]) -> bool:
    """The same set of relays: as many, and each gold relay matched one-to-one
    to a predicted relay whose span overlaps it or whose normalised text is
    the same."""
    if len(gold) != len(pred):
        return False
    free = list(pred)
    for g in gold:
        hit = next((p for p in free if _same_mention(g, p)), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def speaker_right(g: Record, p: Record) -> bool:
    """The speaker chain: (speaker spans overlap, or both none) and the relays
    are right (:func:`relays_right`)."""
    gs, ps = g.get("speaker"), p.get("speaker")
    same = (gs is None and ps is None) or (gs is not None and ps is not None and
                                           overlap(gs, ps) > 0)
    return same and relays_right(g.get("relays") or [], p.get("relays") or [])


def condition_right(g: Record, p: Record) -> bool:
    """A gold condition (conditional events) needs a predicted condition that
    overlaps it; no gold condition needs no predicted condition."""
    gc, pc = g.get("condition"), p.get("condition")
    if gc is None:
        return pc is None
    return overlap(gc, pc) > 0


FIELDS: dict[str, Callable[[Record, Record], bool]] = {
    "type": lambda g, p: g.get("type") == p.get("type"),
    "mode": lambda g, p: g.get("mode") == p.get("mode"),
    "actor": lambda g, p: participant_right(g.get("actor"), p.get("actor")),
    "recipient": lambda g, p: participant_right(g.get("recipient"), p.get("recipient")),
    "date": date_right,
    "background": background_right,
    "place": lambda g, p: place_right(g.get("place"), p.get("place")),
    "speaker_chain": speaker_right,
    "modality": lambda g, p: g.get("modality") == p.get("modality"),
    "condition": condition_right,
}


# the strict reading of the participant fields (first predicted sector only)
STRICT_FIELDS: dict[str, Callable[[Record, Record], bool]] = {
    "actor": lambda g, p: participant_right_strict(g.get("actor"), p.get("actor")),
    "recipient": lambda g, p: participant_right_strict(g.get("recipient"), p.get("recipient")),
}


def field_results(g: Record, p: Record) -> dict[str, bool]:
    return {name: check(g, p) for name, check in FIELDS.items()}


def strict_results(g: Record, p: Record) -> dict[str, bool]:
    """:func:`field_results` with the participants read strictly
    (:data:`STRICT_FIELDS`)."""
    results = field_results(g, p)
    results.update({name: check(g, p) for name, check in STRICT_FIELDS.items()})
    return results
