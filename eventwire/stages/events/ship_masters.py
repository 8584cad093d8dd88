"""Class *a ship's captain is the vessel's* (issue #12, recip58).

Why: of the 15 development recipients headed by "captain" at m95 (11
stories), 14 were wrong and every one was coded MIL -- the knowledge base's
agent noun "captain" is the army rank -- where the records code the master
of a trawler, ferry or supply vessel by his ship (docs/annotation.md: a
merchant or fishing vessel BUS): "police said the captain had been charged
with illegal fishing", "ordered its captain by radio to leave", "beat the
boat captain with a rifle butt", "the captain was fined in line with
Croatian law" (BUS 9, CVL 4, OPP 1 for "a former army captain").

Here an unnamed recipient headed by "captain" or "skipper" takes BUS when
a civilian vessel is in reach: the noun it compounds with or is of ("the
boat captain", "the captain of the trawler"), or a vessel noun in its
sentence or the three before whose own phrase names no police or armed
force (``vessel_sectors.vessel_kind``: "a coast guard ship" is COP, "a
navy patrol boat" MIL). Not changed: a captain named as a rank before a
name ("Captain Ali Musa"), one whose own phrase names a force ("an army
captain", "a police captain"), and any captain with no vessel near
("the team's captain"). Its country is the nearest such vessel's when that vessel's
phrase names one ("Norway's coast guard detained the Russian trawler ...
police will question the captain": RUS, not the captor's NOR that
``targets.held_where_holder_is`` gives the arrested), else it stays.

Measured on the 37 development sets (tools/records_diff.py): the sector
(recip58_r3 vs r2) recipient +3 / -0 (own texts, rec_ac, rec_ah, rec_x; no
other field changed); the country (r4 vs r3) +2 / -0, both in one story
(rec_u-21): the other captors' stories fail on the sector (gold CVL) or a
vessel named farther back than ``REACH``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.spans import head_token
from eventwire.stages.events.own_nationality import phrase_country
from eventwire.stages.events.vessel_sectors import (
    FORCE_WORDS,
    POLICE_WORDS,
    VESSEL_HEADS,
    vessel_kind,
)

MASTER_NOUNS = frozenset({"captain", "skipper"})
# vessels a captain commands beyond vessel_sectors' heads
SHIP_NOUNS = VESSEL_HEADS | {"ferry", "yacht", "barge", "steamer", "liner"}
# sentences before the captain's in which his vessel may be named
REACH = 3


def _vessel(tok: Token) -> bool:
    """A vessel noun; the tagger reads "trawler" before a noun as a
    comparative adjective ("the trawler captain": JJR), so an ADJ counts."""
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") and (
        tok.lemma_.lower() in SHIP_NOUNS or tok.lower_ in SHIP_NOUNS)


def _own_force(master: Token) -> bool:
    """"an army captain", "a police captain", "navy captain": a rank."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in FORCE_WORDS | POLICE_WORDS
               for c in master.lefts)


def _civilian(vessel: Token) -> bool:
    return vessel_kind(vessel) not in ("COP", "MIL")


def _vessels_in_reach(doc: Doc, master: Token) -> list[Token]:
    """The civilian vessels tied to the captain ("boat captain", "captain of
    the trawler"), else those named in his sentence or the ``REACH`` before,
    nearest first; none when a tied or the nearest vessel is a force's."""
    tied = [c for c in master.lefts if c.dep_ in ("compound", "nmod", "amod") and _vessel(c)] + [
        g for p in master.rights if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj" and _vessel(g)]
    if tied:
        return [v for v in tied if _civilian(v)]
    sents = list(doc.sents)
    here = next((i for i, s in enumerate(sents) if s.start <= master.i < s.end), None)
    if here is None:
        return []
    near = [t for s in sents[max(0, here - REACH):here + 1] for t in s if _vessel(t)]
    near.sort(key=lambda t: abs(t.i - master.i))
    return [v for v in near if _civilian(v)]


def _flag(doc: Doc, vessels: list[Token]) -> str | None:
    """The country the nearest vessel phrase naming one names ("the Russian
    trawler", "a Chinese fishing boat"): the captain's, not his captor's."""
    for v in vessels:
        country = phrase_country(doc, doc[v.left_edge.i:v.i + 1])
        if country is not None:
            return country
    return None


def captain_sector(doc: Doc, recipient: ActorMention | None) -> ActorMention | None:
    """The recipient coded BUS when it is a civilian vessel's unnamed
    captain coded otherwise; else unchanged."""
    if recipient is None or recipient.actor_id is not None or recipient.sectors[:1] == ["BUS"]:
        return recipient
    master = head_token(doc, recipient)
    if master is None or master.lower_ not in MASTER_NOUNS or master.pos_ != "NOUN" \
            or _own_force(master):
        return recipient
    vessels = _vessels_in_reach(doc, master)
    if not vessels:
        return recipient
    return replace(recipient, sectors=["BUS"], country=_flag(doc, vessels) or recipient.country,
                   rule=recipient.rule + "+master")
