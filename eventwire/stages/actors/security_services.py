"""Class *a state's intelligence or state-security service* (actors67,
docs/annotation.md "Questions decided (relabel71)" (a)).

The guide codes a state's intelligence or state-security service SPY
whatever it does (arrests included), named ("Latvia's State Security
Service", "the State Committee for National Security", "China's Ministry
of State Security", "Jordan's General Intelligence Department") or
described ("the security services", "state security authorities",
"Russian military intelligence"), its officers and agents ("security
agents", "officers of the GKNB") and the acronym the text gives it ("...
National Security (GKNB)" -> "the GKNB"). The dictionaries coded such
names GOV, COP, REB or IGO (an unknown acronym took the learned fill's
guess), or covered only the owner ("Latvia" of "Latvia's State Security
Service").

Rules (each one a linguistic class; ``SPY_NAME`` is the service's name):

* **the name** — a mention whose text holds a service name gets SPY;
* **the owner or member before the name** — a mention followed by "'s" or
  "of (the)" and the name ("Latvia's State Security Service", "Officers of
  the National Security Service"), or a word of the name the parse took
  alone ("authorities" of "state security authorities"), stands for the
  service: SPY;
* **the acronym** — a name followed by "(ACR)" defines ACR; a later mention
  "ACR", "the ACR" or "ACR officers" is the service: SPY (and the defining
  mention's country when it has none);
* **security agents and officers** — "security agents/officers" lead with
  SPY, COP kept second (plain-clothes officers with no body named stay COP,
  relabel71 (c)).

Class *generic security forces fighting an armed group* (relabel71 (d)):
"security forces" / "security personnel" with no body named take COP first
(they police: protests, arrests, manhunts) and MIL first when their
sentence tells combat with an armed group (militants, gunmen, rebels,
fighters; a shootout, siege, ambush, air strike, military or clearance
operation) or names the army or a defence ministry for them, and tells no
policing (a protest, crowd, arrest, detention, raid, search, tear gas).

Not this class: a state body whose name only mentions security ("the
National Security Council/Committee", "the Security Council", "Homeland
Security", "the Border Security Force"), a person titled by it ("national
security adviser", "state security minister"), and generic "security
forces" (police or army by what they do, relabel71 (d)).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import text_of

SPY_RULE = "+spyservice"
FORCES_RULE = "+combat"

SPY_NAME = re.compile(
    r"\b(?:(?:state|national)\s+security\s+(?:service|services|agency|bureau|authorities"
    r"|organs)"
    r"|state\s+security\s+committee"
    r"|committee\s+for\s+(?:state|national)\s+security"
    r"|ministry\s+(?:of|for)\s+(?:state\s+security|intelligence)"
    r"|(?:intelligence|state\s+security)\s+ministry"
    r"|intelligence\s+(?:service|services|agency|agencies|directorate|department|bureau)"
    r"|security\s+services?"
    r"|secret\s+police"
    r"|military\s+intelligence)\b", re.I)
# a mention ending in "intelligence" after a demonym or "military" ("Russian
# intelligence", "Russian military intelligence")
ENDS_INTELLIGENCE = re.compile(r"\b[A-Z][\w-]+\s+(?:military\s+)?intelligence$")
# a person titled by the service, or a state body that only mentions security
NOT_SERVICE = re.compile(
    r"\b(?:minister|ministers|adviser|advisers|advisor|secretary|council|chief|head"
    r"|spokesman|spokeswoman|spokesperson|artificial)\b", re.I)
OWNER_GAP = re.compile(r"(?:['’]s|\s+of(?:\s+the)?)\s+((?:[\w'’-]+\s+){0,3}?)$")
MEMBER_WORDS = frozenset({"officers", "officer", "agents", "agent", "operatives", "staff",
                          "employees", "officials"})
# "Name (ACR)" or "Name, the ACR"
ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,6})\)|,\s+the\s+([A-Z]{2,6})\b")
SECURITY_MEMBERS = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]+\s+)?security\s+(?:agents|officers)$",
                              re.I)


GENERIC_FORCES = re.compile(r"\bsecurity\s+(?:forces|force|personnel)$", re.I)
COMBAT = re.compile(
    r"\b(?:militants?|gunmen|rebels?|insurgents?|terrorists?|jihadists?|fighters|assailants"
    r"|armed\s+groups?|shoot-?outs?|fire-?fights?|gunfights?|gun\s+battles?|sieges?"
    r"|air\s*strikes?|ambush\w*|(?:military|clearance|combing)\s+operations?"
    r"|counter-?insurgency|soldiers|troops|army|defen[cs]e\s+minist\w+)\b", re.I)
POLICING = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|arrest\w*|detain\w*|detention|tear\s*gas|crowds?"
    r"|riot\w*|rall(?:y|ies)|march\w*|unrest|dispers\w*|students|manhunt|raid\w*"
    r"|search\w*)\b", re.I)


def security_forces_by_act(doc: Doc, mentions: list[ActorMention]) -> None:
    """Generic security forces whose sentence tells combat, not policing:
    MIL first (COP kept second)."""
    for m in mentions:
        if not GENERIC_FORCES.search(m.text) or set(m.sectors) != {"COP", "MIL"}:
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent.text
        if COMBAT.search(sent) and not POLICING.search(sent):
            m.sectors = ["MIL", "COP"]
            m.rule += FORCES_RULE


def _names(text: str) -> list[tuple[int, int]]:
    """Character spans of the service names in the article."""
    return [(m.start(), m.end()) for m in SPY_NAME.finditer(text)]


def _is_service(mention_text: str) -> bool:
    if NOT_SERVICE.search(mention_text):
        return False
    return bool(SPY_NAME.search(mention_text) or ENDS_INTELLIGENCE.search(mention_text))


def _before_name(text: str, m: ActorMention, names: list[tuple[int, int]]) -> bool:
    """The mention is the owner ("Latvia's") or members ("Officers of the")
    right before a service name, or a word inside the name ("authorities"
    of "Chinese state security authorities")."""
    for start, end in names:
        if start <= m.start and m.end <= end and not NOT_SERVICE.search(text[start:end + 25]
                                                                       .split(",")[0]):
            return True
        if start < m.end or start - m.end > 40:
            continue
        gap = text[m.end:start]
        if not OWNER_GAP.match(gap) or NOT_SERVICE.search(text[start:end + 25].split(",")[0]):
            continue
        if gap.lstrip().startswith(("'", "’")) or m.text.lower().split()[-1] in MEMBER_WORDS:
            return True
    return False


def _acronyms(text: str, names: list[tuple[int, int]]) -> dict[str, int]:
    """ACR -> the offset of its service name, from "Name (ACR)"."""
    found: dict[str, int] = {}
    for start, end in names:
        if NOT_SERVICE.search(text[end:end + 12]):
            continue
        # the name may go on for a few words before the bracket ("State
        # Security Service (VDD)", "Committee for National Security (GKNB)")
        tail = re.match(r"(?:\s+[A-Z][\w-]*){0,3}", text[end:])
        after = end + (tail.end() if tail else 0)
        acr = ACRONYM.match(text, after)
        if acr:
            found[acr.group(1) or acr.group(2)] = start
    return found


def _acronym_of(mention_text: str, acronyms: dict[str, int]) -> str | None:
    words = mention_text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or words[0] not in acronyms:
        return None
    if len(words) == 1 or (len(words) == 2 and words[1].lower() in MEMBER_WORDS):
        return words[0]
    return None


def _acronym_before(text: str, m: ActorMention, acronyms: dict[str, int]) -> str | None:
    """Members named after the acronym as a separate mention ("SNB officers")."""
    words = m.text.lower().split()
    before = text[max(0, m.start - 8):m.start].split()
    if len(words) == 1 and words[0] in MEMBER_WORDS and before and before[-1] in acronyms:
        return before[-1]
    return None


def security_services(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give the mentions of an intelligence or state-security service SPY,
    and generic security forces in combat MIL first."""
    security_forces_by_act(doc, mentions)
    text = text_of(doc)
    names = _names(text)
    acronyms = _acronyms(text, names)
    for m in mentions:
        if SECURITY_MEMBERS.match(m.text):
            m.sectors = ["SPY", *[s for s in m.sectors if s != "SPY"]]
            m.rule += SPY_RULE
            continue
        if not names:
            continue
        acr = _acronym_of(m.text, acronyms) or _acronym_before(text, m, acronyms)
        if acr is None and not _is_service(m.text) and not _before_name(text, m, names):
            continue
        if acr is not None and m.country is None:
            m.country = _country_at(mentions, acronyms[acr])
        m.sectors = ["SPY"]
        m.rule += SPY_RULE


def _country_at(mentions: list[ActorMention], offset: int) -> str | None:
    """The country of the mention covering or owning the name at ``offset``."""
    near = [m for m in mentions if m.country and m.start <= offset + 1 and offset - m.end < 40]
    return near[-1].country if near else None
