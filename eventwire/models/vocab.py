"""Closed vocabularies of the record, as tuples in their documented order
(the ``Literal`` types of the same words are in :mod:`eventwire.records`)."""

from __future__ import annotations

# PLOVER 2021 manual: the 16 event types eventwire emits.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)

# Older PLOVER names (used by the gold-standard records) -> 2021 names, from
# the conversion table of the PLOVER manual (section "CAMEO to PLOVER").
LEGACY_PLOVER_TYPES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

MODALITIES: tuple[str, ...] = (
    "asserted", "reported", "threatened", "demanded", "conditional",
    "hypothetical", "future", "negated", "denied",
)
CERTAINTIES: tuple[str, ...] = ("certain", "probable", "possible", "underspecified")
ANCHORS: tuple[str, ...] = ("explicit", "narrative", "speech", "sentence", "publication",
                             "unknown")
PRECISIONS: tuple[str, ...] = ("point", "city", "admin2", "admin1", "country", "continent",
                                "region", "water", "vicinity", "none")
PLACE_BASES: tuple[str, ...] = ("trigger", "clause", "sentence", "dateline", "scene",
                                 "focus")
