"""Class *appositions*: a person named with the office he or she holds
("Jonas Berg, a spokesman for the Norwegian foreign ministry", "Lina Haddad,
the governor of Beirut", "Fatima Diallo, Senegal's justice minister",
"Colonel Ahmed Salem, commander of Egypt's border guards") takes the country
of that office, and its sector: the role's own (governor GOV, commander
MIL), or, for a spokesperson, that of the body spoken for.

Class *the role before its holder* (role-first apposition): "Peru's
interior minister, Ana Rojas", "the navy chief, Admiral Lee", "the
governor of Oyo state, Seyi Makinde": the name is the apposition of the
role noun, and takes the role mention's sectors (and its country, when
the role has one); a pronoun bound to the name then carries that office.
A former government office ("the former interior minister, X") is held
no more: OPP, as for "former Interior Minister X".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.titles import GOVERNMENT, LEFT_OFFICE_SECTORS, OPPOSITION

SPEAKING_ROLES = {"spokesman", "spokeswoman", "spokesperson", "representative"}
# sectors of an office a role-first apposition passes on; "that man, X" (CVL,
# PPL) or "the former dentist, X" (HLH) name no office
# "the former interior minister", "Ghana's ex-finance minister"
FORMER_MOD = re.compile(r"\b(?:former|ex)\b", re.IGNORECASE)
OFFICE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY"}


def _office(doc: Doc, appos: Token, mentions: list[ActorMention], index: SpanIndex
            ) -> ActorMention | None:
    """The mention of the office: the apposition itself when it carries a
    country, else the body after "for"/"of" ("a spokesman for the ministry")."""
    role = _at(appos, mentions, index)
    if role is not None and role.country:
        return role
    for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            body = _at(obj, mentions, index)
            if body is not None and body.country:
                if role is None or appos.lower_ in SPEAKING_ROLES or not role.sectors:
                    return body
                return ActorMention(start=role.start, end=role.end, text=role.text,
                                    country=body.country, sectors=list(role.sectors))
    return None


def _at(tok: Token, mentions: list[ActorMention], index: SpanIndex) -> ActorMention | None:
    found = index.containing(tok.idx)
    return mentions[found[-1]] if found else None


def apposed_roles(doc: Doc, mentions: list[ActorMention]) -> None:
    index = SpanIndex([(m.start, m.end) for m in mentions])
    for m in mentions:
        if m.kind != "person" or m.country or m.actor_id:
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        appos = next((c for c in span.root.children if c.dep_ == "appos"), None)
        office = None if appos is None else _office(doc, appos, mentions, index)
        if office is not None:
            m.country, m.sectors = office.country, list(office.sectors)
            m.rule += "+apposition"
        elif (role := _role_before(span, mentions, index)) is not None:
            m.country, m.sectors = role.country, _held(doc, role)
            m.rule += "+role-apposition"


def _held(doc: Doc, role: ActorMention) -> list[str]:
    """The role's sectors, or, for a former government office ("the former
    interior minister, X"), OPP in place of the office, as
    ``titles.former_office`` codes "former Interior Minister X"."""
    span = char_span(doc, role.start, role.end, alignment_mode="expand")
    mods = "" if span is None else doc[span.root.left_edge.i:span.root.i].text
    if GOVERNMENT not in role.sectors or not FORMER_MOD.search(mods):
        return list(role.sectors)
    kept = [s for s in role.sectors if s not in LEFT_OFFICE_SECTORS and s != OPPOSITION]
    return [OPPOSITION, *kept]


def _role_before(span: Span, mentions: list[ActorMention], index: SpanIndex
                 ) -> ActorMention | None:
    """The role mention a name is apposed to ("the interior minister, Ana
    Rojas"): an agent noun of an office, before the name, comma-separated."""
    if span.root.dep_ != "appos" or span.root.head.i >= span.start:
        return None
    if span.start == 0 or span.doc[span.start - 1].text != ",":
        return None
    role = _at(span.root.head, mentions, index)
    if role is None or role.kind != "agent" or not set(role.sectors) & OFFICE_SECTORS:
        return None
    return role
