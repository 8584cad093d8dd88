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

The same class, wider (coref67: the holder's later "he"/"she"/surname
lost the office, as the name itself was coded a civilian):

* the parser may hang the name on the role's complement ("the mayor of
  Uruapan, Carlos Manzo": appos of "Uruapan"; "a reporter for the station
  PC FM, X") or not as an apposition at all ("the Governor of Alaska,
  Sarah Palin, and she"): the role is the noun right before the comma,
  climbed up its "of"/"for"/"to" complements to the noun they hang from;
  without the parser's apposition the role must be a singular noun with a
  determiner or a possessor and the name must close (comma, full stop);
* a calling is passed on like an office: the press (MED, "the paper's
  reporter"), a faith (REL, "a former imam"), a union (LAB), an aid body
  (NGO), a school (EDU), an international body (IGO);
* a head noun of a body ("head", "chairman", "director", "editor",
  "commissioner", ...) passes on the body it heads, named by its
  possessor or its "of"/"for" complement ("the government's peace
  commissioner, X" GOV; "the head of the OSCE Mission, X" IGO; "the
  chairman of the trade union, X" LAB).

Near-misses that pass nothing: a plural noun before the comma ("soldiers
fired at protesters, Ana Silva said"), a bare noun with no determiner,
a body whose only sectors are civilian.
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
# callings a role-first apposition passes on as well (module docstring)
CALLING_SECTORS = frozenset({"MED", "REL", "LAB", "NGO", "EDU", "IGO"})
HELD_SECTORS = OFFICE_SECTORS | CALLING_SECTORS
# head nouns of a body: the holder takes the body's code
BODY_HEADS = frozenset({"head", "chief", "chairman", "chairwoman", "chairperson", "chair",
                        "president", "director", "leader", "founder", "editor",
                        "commissioner", "secretary-general"})
_COMPLEMENT_PREPS = frozenset({"of", "for", "to"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
_NOT_BODY = frozenset({"CVL", "PPL"})
_CLOSERS = frozenset({",", ".", ";", ")"})
_HONORIFICS = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr"})


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
    Rojas"): an agent noun of an office or calling, before the name,
    comma-separated, or the body a head noun before the name heads
    (module docstring)."""
    head = _role_head(span, mentions, index)
    if head is None:
        return None
    role = _at(head, mentions, index)
    if head.lower_ in BODY_HEADS and (body := _headed_body(head, mentions, index)) is not None:
        return ActorMention(start=head.idx, end=head.idx + len(head.text), text=head.text,
                            country=body.country,
                            sectors=[s for s in body.sectors if s not in _NOT_BODY])
    if role is None or role.kind != "agent" or not set(role.sectors) & HELD_SECTORS:
        return None
    return role


def _role_head(span: Span, mentions: list[ActorMention], index: SpanIndex) -> Token | None:
    """The noun of the role phrase just before ", <name>": the parser's
    apposition head, else the noun before the comma when the phrase is a
    singular noun with a determiner or possessor and the name closes;
    either climbed from an "of"/"for"/"to" complement that is a proper
    name and no agent ("the mayor of Uruapan") to its noun — a common
    noun is the role ("the arrest of the town's mayor, X"; "the killing
    by police of a boy, X")."""
    doc = span.doc
    comma = span.start - 1
    if comma > 0 and doc[comma].text in _HONORIFICS:  # "the High Commissioner, Mr. X"
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return None
    root = span.root
    parsed = root.dep_ == "appos" and root.head.i < span.start
    tok = root.head if parsed else doc[comma - 1]
    for _ in range(3):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in _COMPLEMENT_PREPS \
                or prep.head.pos_ not in ("NOUN", "PROPN") or prep.head.i >= tok.i:
            break
        own = _at(tok, mentions, index)
        if tok.tag_ not in ("NNP", "NNPS") or own is not None and own.kind == "agent":
            break  # a common noun is the role itself ("a 15-year-old boy, X")
        tok = prep.head
    if parsed:
        return tok
    closed = span.end == len(doc) or doc[span.end].text in _CLOSERS
    determined = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DETERMINERS
                     for c in tok.children)
    return tok if closed and determined and tok.tag_ in ("NN", "NNP") else None


def _headed_body(head: Token, mentions: list[ActorMention], index: SpanIndex
                 ) -> ActorMention | None:
    """The body a head noun heads: its possessor ("the government's
    commissioner") or its "of"/"for" complement ("the head of the OSCE
    Mission"), when a mention there has a sector other than civilian."""
    places = [c for c in head.children if c.dep_ == "poss"]
    places += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
               for g in c.children if g.dep_ == "pobj"]
    for tok in places:
        for k in range(tok.i, tok.left_edge.i - 1, -1):
            body = _at(tok.doc[k], mentions, index)
            if body is not None and set(body.sectors) - _NOT_BODY:
                return body
    return None
