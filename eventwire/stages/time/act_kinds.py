"""The kind of act an event is, for the time and place rules: verbal,
meeting, material or other (split from ``time.undated`` in review93, which
had grown past 400 lines; the geo stage reads the deed-made threats here
without importing the undated-date model).

Class *undated reaction*: "X condemned the attack", "Y denied the charge",
"Z urged restraint" with no day of their own are undated statements in the
guide; a material act of the day's episode is dated with it. A threat made
by a deed -- warning shots (relabel51 (a); ``events.warning_shots``) -- is
typed THREATEN but dated and placed like the material act it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.models import EventMention
from eventwire.stages.events.warning_shots import RULE as WARNING_RULE

# MEANTIME's gold spans have no PLOVER type: "other"
ACT_KINDS = {**{t: "verbal" for t in ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT")},
             **{t: "meeting" for t in ("CONSULT", "AGREE", "COOPERATE", "CONCEDE")},
             **{t: "material" for t in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION",
                                        "AID", "RETREAT")}}
# the rules whose THREATEN is carried out by a deed, not said
MATERIAL_RULES = frozenset({WARNING_RULE})


def made_by_deed(rules: Iterable[str]) -> bool:
    """The event's rules say it is a threat made by a deed (warning shots)."""
    return not MATERIAL_RULES.isdisjoint(rules)


def act_kind(event: EventMention) -> str:
    """The kind of act an event is (``ACT_KINDS`` by type), "material" for a
    threat made by a deed (warning shots): the time rules date it with its
    incident instead of leaving it undated like a spoken threat."""
    if made_by_deed(event.rules):
        return "material"
    return ACT_KINDS.get(event.type or "", "other")


def happened(event: EventMention) -> bool:
    """Told as done (asserted or reported); a threat made by a deed — warning
    shots, modality ``threatened`` by the guide — was done as well."""
    modality = event.factuality.modality
    return modality in ("asserted", "reported") or (
        modality == "threatened" and made_by_deed(event.rules))
