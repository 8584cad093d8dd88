"""Class *who speaks for a body acts as the body*: a spokesperson,
representative, envoy or adviser of a body, and the leader, chief or
commander of a non-state one, take the body's country and sectors ("An LNA
spokesman" LBY MIL, "Army spokesman Nabil Abdallah" MIL, "Houthi spokesman
Mohammed Abdulsalam" REB, "Hezbollah chief Naim Qassem" REB, "a
spokeswoman for the rebel group" REB), not the GOV their role noun or
title gives. The body is the one coreference found (``speaks_for``), kept
only when it stands right next to the role: a state ("a U.S. spokesman")
names no body's sector and is left to the title. People the KB knows keep
the KB's code.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import text_of
from eventwire.stages.actors.agent_owners import along_antecedents
from eventwire.stages.actors.kb import INTERNATIONAL
from eventwire.stages.actors.party_offices import PARTY_RULE
from eventwire.stages.actors.resolver_features import rule_parts
from eventwire.stages.actors.speaks_for import heads_office

SPEAKING_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                            "envoy", "adviser", "advisor"})
LEADING_ROLES = frozenset({"leader", "chief", "commander"})
BODY_RULE = "+body"
# class *who acts for an international body has no country* (actors27): the
# guide codes the UN, the AU, NATO, the Red Cross and their people with a
# null country ("UN envoy X", "IMF chief X"); ``kb.INTERNATIONAL`` holds their sectors
# what may stand between the body and the person: the role, a few
# lower-case words ("military spokesman"), a possessive, "a"/"the", "for"/"of",
# capitalised words, hyphenated ones too ("Secretary-General")
_GAP = re.compile(
    r"^(?:['’]s)?[\s,]*(?:(?:a|an|the|for|of|[a-z-]+|[A-Z][a-z]+(?:-[A-Za-z]+)?)\s+){0,4}$")
MAX_GAP = 48
HOME_MARK = "+home"
OWNER_MARK = "+possessor"
# "'s" and up to three words of the body's name between the state and the
# body's head ("Iran's foreign ministry", "India's External Affairs Ministry")
POSSESSIVE_GAP = 40
POSSESSIVE = re.compile(r"^['’]s\s+(?:(?!(?:and|or|the|a|an)\s)[A-Za-z-]+\s+){0,3}$")


def _body(mentions: list[ActorMention], index: int) -> ActorMention | None:
    """The body, or the first mention along its antecedent chain ("the
    group" -> "Houthi") that says what it is."""
    return along_antecedents(mentions, index, lambda m: bool(m.sectors or m.country))


def _role(text: str, m: ActorMention) -> str | None:
    """The role word of the mention: in its own words ("An LNA spokesman")
    or the title right before the person ("Houthi spokesman X")."""
    roles = SPEAKING_ROLES | LEADING_ROLES
    own = [w for w in m.text.lower().split() if w in roles]
    if own:
        return own[-1]
    before = text[max(0, m.start - 40):m.start].lower().split()
    if before and (before[-1] in roles or heads_office(before)):
        return before[-1]
    after = text[m.end:m.end + 40].lower()
    return next((r for r in SPEAKING_ROLES if re.match(rf"^,\s+(?:a|an|the)?\s*{r}\b", after)),
                None)


def _adjacent(text: str, m: ActorMention, body: ActorMention) -> bool:
    first, second = (body, m) if body.start < m.start else (m, body)
    gap = text[first.end:second.start]
    return len(gap) <= MAX_GAP and bool(_GAP.match(gap + " "))


def speak_as_bodies(doc: Doc, mentions: list[ActorMention]) -> None:
    text = text_of(doc)
    for m in mentions:
        if m.speaks_for is None or m.rule.startswith("kb") or m.rule == "pronoun" \
                or PARTY_RULE in m.rule:  # a party office says more than the party's codes
            continue
        role = _role(text, m)
        owner = mentions[m.speaks_for]
        body = _body(mentions, m.speaks_for)
        if role is None or body is None or not body.sectors or body.kind == "state" \
                or owner.kind == "state" or not _adjacent(text, m, owner):
            continue
        owned_by_state(doc, mentions, body)
        m.sectors = list(body.sectors)
        m.country = body.country or (None if INTERNATIONAL & set(body.sectors) else m.country)
        m.rule += BODY_RULE


def owned_by_state(doc: Doc, mentions: list[ActorMention], body: ActorMention) -> None:
    """Class *a state's body inside a title, its state before it in the
    possessive* (actors34): "Iran's foreign ministry spokesman X", "India's
    External Affairs Ministry spokesperson X", "Chile's interior ministry
    envoy X" -- the parser hangs the possessive on the role, so the body
    ("foreign ministry") was placed by the story (``home``), often in the
    other party's country; the possessive state gives it its own. The
    possessive must be the title's (``_owns_title``): "Uganda's president
    thanked foreign ministry spokesman X" leaves the body to the story."""
    if HOME_MARK not in rule_parts(body.rule)[1:]:
        return
    owner = max((s for s in mentions if s.kind == "state" and s.country and
                 0 < body.start - s.end <= POSSESSIVE_GAP), key=lambda s: s.end, default=None)
    if owner is not None and owner.country != body.country and \
            POSSESSIVE.match(text_of(doc)[owner.end:body.start]) and _owns_title(doc, owner, body):
        body.country = owner.country
        body.rule += OWNER_MARK


def _owns_title(doc: Doc, owner: ActorMention, body: ActorMention) -> bool:
    """Whether the possessive state hangs on the title that starts with the
    body (the body, its role, the person after it) and every word between
    them modifies the body: not a noun of its own that the state owns and
    a verb follows ("Uganda's president thanked foreign ministry
    spokesman X", "Uganda's envoy met ...", "after Uganda's complaints
    foreign ministry spokesman X ...")."""
    state = char_span(doc, owner.start, owner.end, alignment_mode="expand")
    own = char_span(doc, body.start, body.end, alignment_mode="expand")
    if state is None or own is None or state.root.head.i < own.start:
        return False
    gap = [t for t in doc[state.end:own.start] if t.dep_ != "case"]
    return all(own.start <= t.head.i < own.end or t.head in gap for t in gap)
