"""Class *a vessel acted on takes the sector of its kind* (issue #12, recip46).

Why: the recipient census over the 29 development sets (recip46, base m60)
finds 106 recipient errors whose gold or predicted mention is a vessel or
a patrol; the largest share of them with one cause is a **wrong sector on
the right country**: the mention the system keeps is the state word that
modifies the vessel ("seized three *Vietnamese* fishing boats", "expels
*Philippine* boats", "rammed an *Indonesian* patrol boat", "blocked a
*Belize* Defence Force patrol", "attacked a *Liberian*-flagged container
ship"), and that word takes a state's default
sector (GOV) or a people's (CVL); an unnamed "patrol vessel" took the
merchant default (BUS). The guide codes a vessel acted on by what it is
(docs/annotation.md, "The undergoer of a seizure or a release": a
merchant or fishing vessel BUS, a warship MIL; "Coast guards COP"), and
the kind is written in the vessel's own phrase.

Here the chosen recipient -- a state mention inside a vessel noun's
phrase, or an unnamed mention headed by a vessel noun -- takes the sector
its vessel's modifiers name: police, coast guard or border guard words
COP; patrol, naval, navy, military, war or defence force words MIL;
fishing, cargo, merchant, container or commercial words (or a trawler,
tanker, freighter head) BUS. Its country stays. Not changed: a vessel
phrase naming no kind ("Philippine boats": fishermen's or a navy's, the
phrase does not say), a possessed vessel ("their boat": the owner is a
person or group the possessor names), a named ship the knowledge base
identifies, and any mention outside a vessel's phrase ("the Vietnamese
fishermen", "a Philippine official").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.spans import head_token

VESSEL_HEADS = frozenset({
    "boat", "vessel", "ship", "trawler", "craft", "cutter", "patrol", "tanker",
    "freighter", "gunboat", "dhow", "skiff", "frigate", "warship", "corvette"})
# "highway" (recip62): a highway or state patrol is a road police force ("the
# highway patrol", "a Texas Highway Patrol unit"), not the army's "patrol"
POLICE_WORDS = frozenset({"police", "coastguard", "guard", "gendarmerie", "constabulary",
                          "highway"})
FORCE_WORDS = frozenset({"patrol", "naval", "navy", "military", "war", "army", "force",
                         "defence", "defense", "gunboat", "frigate", "warship", "corvette"})
BUSINESS_WORDS = frozenset({"fishing", "cargo", "merchant", "container", "commercial",
                            "trawler", "tanker", "freighter"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# a flag state hangs on "flagged" as an adverbial noun ("a Panama-flagged
# cargo ship": Panama -npadvmod-> flagged -amod-> ship; review93)
FLAG_WORDS = frozenset({"flagged", "registered"})
# a state's word hangs at most this many modifier links below the vessel
# noun ("Belize" -> "Force" -> "patrol" in "a Belize Defence Force patrol")
MAX_LINKS = 3


def _is_vessel(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in VESSEL_HEADS


def _vessel_above(tok: Token) -> Token | None:
    """The vessel noun a state word modifies, up to ``MAX_LINKS`` modifier
    links up ("Vietnamese" in "three Vietnamese fishing boats")."""
    cur = tok
    for _ in range(MAX_LINKS):
        if cur.head == cur or cur.dep_ not in MODIFIER_DEPS and not _flag_link(cur):
            return None
        cur = cur.head
        if _is_vessel(cur):
            return cur
    return None


def _flag_link(tok: Token) -> bool:
    """A state word on "-flagged" / "-registered" ("Liberian-flagged")."""
    return tok.dep_ == "npadvmod" and tok.head.lower_ in FLAG_WORDS


def _phrase_words(vessel: Token) -> set[str]:
    """The lower-cased lemmas of the vessel noun and its left modifiers,
    recursively (not a possessor's words)."""
    words = {vessel.lemma_.lower()}
    stack = [c for c in vessel.lefts if c.dep_ in MODIFIER_DEPS]
    while stack:
        mod = stack.pop()
        words.add(mod.lemma_.lower())
        words.add(mod.lower_)
        stack.extend(c for c in mod.lefts if c.dep_ in MODIFIER_DEPS)
    return words


def vessel_kind(vessel: Token) -> str | None:
    """The sector a vessel's own phrase names: COP, MIL, BUS, or None when
    it names no kind ("two boats")."""
    words = _phrase_words(vessel)
    if words & POLICE_WORDS:
        return "COP"
    if words & FORCE_WORDS:
        return "MIL"
    return "BUS" if words & BUSINESS_WORDS else None


def _possessed(vessel: Token) -> bool:
    return any(c.dep_ == "poss" for c in vessel.children)


def vessel_of(doc: Doc, recipient: ActorMention) -> Token | None:
    """The vessel noun whose phrase the recipient mention is: a state word
    modifying it, or an unnamed mention it heads."""
    tok = head_token(doc, recipient)
    if tok is None:
        return None
    if recipient.kind == "state":
        vessel = _vessel_above(tok)
    elif recipient.actor_id is None and recipient.kind not in ("person", "organisation"):
        vessel = tok if _is_vessel(tok) else None
    else:
        return None
    return None if vessel is None or _possessed(vessel) else vessel


def vessel_sector(doc: Doc, recipient: ActorMention | None) -> ActorMention | None:
    """The recipient with its vessel's sector when it names a vessel of a
    kind and the mention's sector is another; else unchanged."""
    if recipient is None:
        return None
    vessel = vessel_of(doc, recipient)
    sector = None if vessel is None else vessel_kind(vessel)
    if sector is None or recipient.sectors[:1] == [sector]:
        return recipient
    return replace(recipient, sectors=[sector], rule=recipient.rule + "+vessel")
