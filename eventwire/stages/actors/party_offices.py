"""Class *people named by a party office* (actors33): "PUDEMO president
Mlungisi Dube", "CHP leader Ali Kaya", "PF secretary general Ruth Banda",
"Democratic Party leader Ilir Hoxha", "Opposition Labour Party lawmaker Ana
Lima": a person the text introduces by an office in a political party --
its acronym or a name ending in "Party" right before the office word -- and
by no office of the state acts in the opposition (OPP), as the record sets
code such party officers: a party's leader who holds a state office is
introduced by that office ("Prime Minister X") instead. The party office
outranks a title's sector ("lawmaker" LEG) and the civilian default; a
party the knowledge base or the text codes already (a known acronym, a
"ruling party") is left to those; ``spokespeople.speak_as_bodies`` does
not hand such a person the party mention's own codes (PTY, or CVL for a
misread acronym).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc

from eventwire.datafiles import word_list_loader
from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of
from eventwire.paths import DATA_DIR

OPPOSITION = "OPP"
PARTY_RULE = "+party"
# what a party's own mention carries without saying whether it rules: the
# generic party code, the opposition itself, or the people's codes a
# party's acronym is often misread with ("CHP" CVL/PPL)
PARTY_CODES = {"PTY", OPPOSITION, "CVL", "PPL"}
# the party, then its office, then the name: "(CHP) leader ", "PF secretary general "
_PARTY = r"\(?[A-Z][A-Z\d-]{1,7}\)?|(?:[A-Z][\w'’-]*\s+){0,3}Party"
PARTY_OFFICE = re.compile(
    rf"(?:^|[\s(])(?P<party>{_PARTY})\s+"
    r"(?:leader|deputy leader|president|chairman|chairwoman|chairperson|"
    r"secretary[- ]general|general secretary|spokesman|spokeswoman|spokesperson|"
    r"lawmaker|legislator|MP|senator)\s+$")
# a party right before an office: "CHP ", "(PF) ", "Democratic Party ", "the
# party's ", "opposition party "
PARTY_BEFORE = re.compile(rf"(?:(?:^|[\s(])(?P<party>{_PARTY})|\b[Pp]arty(?:['’]s)?)\s+$")
# a text that speaks of parties or the opposition: the heads of a party's
# phrase (``events/parties.yaml``, the common-noun class) and "opposition"
PARTIES_PATH = DATA_DIR / "events" / "parties.yaml"
# the longest reach of the pattern back from the name
_REACH = 80


def _coded(mentions: list[ActorMention], start: int, end: int) -> bool:
    """Whether a mention within the party's span is a state ("US", "UK") or
    carries codes other than a party's own (``PARTY_CODES``): a body the
    knowledge base knows ("KRG", "UNITA") is no opposition party by its
    acronym alone."""
    return any(m.start < end and start < m.end
               and (m.kind == "state" or set(m.sectors) - PARTY_CODES)
               for m in mentions if m.kind != "person")


# the lists party_offices reads of ``events/parties.yaml`` (``events/parties.py``
# reads the same file for the common-noun class, with its sector codes)
_party_words = word_list_loader(PARTIES_PATH, ("heads", "ruling_words", "past_words"))


def _alts(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first (one fixed order)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _party_talk() -> re.Pattern[str]:
    """The words of a text that speaks of parties: "party", "parties",
    "opposition" (the heads come from ``events/parties.yaml``)."""
    return re.compile(rf"\b(?:{_alts(_party_words()['heads'] | {'opposition'})})\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _ruling() -> re.Pattern[str]:
    """A party named as the one in power ("the ruling X", "the incumbent X"),
    up to three words before the party, and not as the one that once ruled
    ("the former ruling X": ``past`` is set); words from ``events/parties.yaml``."""
    words = _party_words()
    return re.compile(rf"(?:\b(?P<past>{_alts(words['past_words'])})[\s-]+)?"
                      rf"\b(?:{_alts(words['ruling_words'])})\s+(?:[\w'’-]+\s+){{0,3}}$",
                      re.IGNORECASE)


def said_ruling(text: str, lo: int, start: int) -> bool:
    """Whether the words before ``start`` (from ``lo``) name the party as the
    one in power now."""
    found = _ruling().search(text, lo, start)
    return found is not None and found.group("past") is None


def party_talk(text: str) -> bool:
    """Whether the text speaks of parties or the opposition (one search per
    text, asked only when an acronym stands before a party office)."""
    return _party_talk().search(text) is not None


def _acronym(party: str) -> bool:
    """A bare acronym ("CHP", "(PF)"), not a name ending in "Party"."""
    return not party.endswith("Party")


def party_owned(text: str, mentions: list[ActorMention], start: int) -> bool:
    """Whether the office written at ``start`` is a party's, not the state's:
    "CHP President X", "Democratic Party President X", "the party's president
    X" (an acronym only in a text that speaks of parties, and none the
    knowledge base or the text codes otherwise: "UK Prime Minister X")."""
    found = PARTY_BEFORE.search(text, max(0, start - _REACH), start)
    if found is None:
        return False
    party = found.group("party")
    if party is None or not _acronym(party):
        return True
    p_start, p_end = found.span("party")
    return party_talk(text) and not _coded(mentions, p_start, p_end)


def party_officers(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give OPP to the persons named right after a party office (module
    docstring); the person's country is left to the later steps."""
    text = text_of(doc)
    talk: bool | None = None  # asked once, when first needed
    for m in mentions:
        if m.kind != "person" or m.actor_id or OPPOSITION in m.sectors:
            continue
        lo = max(0, m.start - _REACH)
        found = PARTY_OFFICE.search(text, lo, m.start)
        if found is None or found.end() != m.start:
            continue
        p_start, p_end = found.span("party")
        if _acronym(found.group("party")):
            talk = party_talk(text) if talk is None else talk
            if not talk:
                continue
        if _coded(mentions, p_start, p_end) or said_ruling(text, lo, p_start):
            continue
        m.sectors = [OPPOSITION]
        m.rule += PARTY_RULE
