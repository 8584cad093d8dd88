"""Who a spokesman speaks for: ``speaks_for`` on role nouns and people.

Class *spokespeople and their body*: "<Org> spokesman <Person>", "the
Front's spokesman", "<Person>, (a) spokesman for/of <Org>", "the Kata'ib
spokesman" (a short name of an organisation named earlier) point the role
noun or person at the organisation, armed group or state they speak for.
Coreference (``coref``) runs this before linking role nouns and pronouns,
since "the spokesman" re-mentions the last person who speaks for the same
body. ``spokespeople`` then gives such a speaker the body's codes; the
role-word lists are shared with ``home`` and ``local_groups``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of
from eventwire.stages.actors.kb import normalise

SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "official", "commander", "leader",
          "chief", "minister", "head", "envoy", "representative"}
GROUP_KINDS = {"organisation", "armed_group", "state", "group", "agent", "media", "party"}
# class *the head of a body named by the office* (actors27): "Arab League
# Secretary-General X", "World Bank President X", "Red Cross director X",
# "African Union Commission chairperson X", "Amnesty International
# researcher X": the office word right before a person, after the body's
# name. Only the person path reads these, and only for a body that is no
# state (the role nouns' ``SPOKES`` stays: "the president" alone is no
# spokesman; "Kenyan President X" is the title's business)
OFFICE_HEADS = frozenset({"secretary-general", "chairman", "chairwoman", "chairperson",
                          "president", "director", "director-general", "coordinator",
                          "researcher"})
# two-word offices, by their last two words
OFFICE_PAIRS = frozenset({("secretary", "general"), ("director", "general")})
# the most words between the body's name and the person: "African Union
# Commission chairperson X" (the office, one more word of the body's name)
MAX_OFFICE_GAP = 3
# review44: a sentence end between the body and the office ("... the World
# Bank. Director X said"): the office is no title of that body
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _office_body(owner: ActorMention) -> bool:
    """Whether the mention before an office names a body the office heads:
    not a state, nor the title itself ("Kenyan President X": the agent
    phrase "Kenyan President" is the state's office, the title's business)."""
    return owner.kind != "state" and not (
        owner.kind == "agent" and heads_office(owner.text.lower().split()))


def heads_office(before: list[str]) -> bool:
    """Whether the lower-cased words ``before`` a person end in the office
    of a body's head (``OFFICE_HEADS``, ``OFFICE_PAIRS``)."""
    return bool(before) and (before[-1] in OFFICE_HEADS or tuple(before[-2:]) in OFFICE_PAIRS)


def _word_before(doc: Doc, start: int) -> str:
    words = text_of(doc)[max(0, start - 40):start].split()
    return normalise(words[-1]) if words else ""


def _owner_by_name(doc: Doc, mentions: list[ActorMention], i: int, word: str) -> int | None:
    """Class *role nouns with a short name*: "the Kata'ib spokesman" speaks
    for the organisation named earlier whose name starts with that word
    ("Kata'ib Hezbollah")."""
    if len(word) < 3 or not word.isalpha():
        return None
    for j in range(i - 1, -1, -1):
        m = mentions[j]
        if m.kind in GROUP_KINDS and m.rule != "pronoun" and not is_spokes(m) and \
                normalise(m.text).split()[:1] == [word] and " " in m.text.strip():
            return j
    return None


def _owner_named_after(doc: Doc, mentions: list[ActorMention], i: int) -> int | None:
    """"a spokesman for the group", "the commander of the militia"."""
    m = mentions[i]
    after = text_of(doc)[m.end:m.end + 6].lower()
    if not (after.startswith(" for ") or after.startswith(" of ")):
        return None
    nxt = next((j for j in range(i + 1, len(mentions)) if mentions[j].start >= m.end), None)
    if nxt is None or mentions[nxt].start - m.end > 12 or mentions[nxt].kind not in GROUP_KINDS:
        return None
    return nxt


def link_speakers(doc: Doc, mentions: list[ActorMention]) -> None:
    for i, m in enumerate(mentions):
        gap = text_of(doc)[mentions[i - 1].end:m.start].strip() if i > 0 else "-"
        # "the Front's spokesman"; a plural's bare "'": "the rebels' spokesman" (actors49)
        if is_spokes(m) and gap in ("", "'s", "’s", "'", "’"):
            m.speaks_for = _owner_before(mentions, i, m.start - 4)
        if is_spokes(m) and m.speaks_for is None:
            m.speaks_for = _owner_named_after(doc, mentions, i)
        unknown = m.speaks_for is None or not (mentions[m.speaks_for].country
                                               or mentions[m.speaks_for].actor_id)
        if is_spokes(m) and unknown:
            named = _owner_by_name(doc, mentions, i, _word_before(doc, m.start))
            m.speaks_for = m.speaks_for if named is None else named
        if m.kind != "person":
            continue
        before = text_of(doc)[max(0, m.start - 40):m.start].lower().split()
        if before and before[-1] in SPOKES and i > 0:
            owner = _same_sentence(doc, mentions, _owner_before(mentions, i, m.start - 40), m)
            if owner is None and len(before) > 1:  # "Kata'ib spokesman Muhammad Mohi"
                owner = _owner_by_name(doc, mentions, i, normalise(before[-2]))
            if owner is not None:
                m.speaks_for = owner
        elif i > 0 and heads_office(before):
            owner = _owner_before(mentions, i, m.start - 40)
            gap = "" if owner is None else text_of(doc)[mentions[owner].end:m.start]
            if owner is not None and _office_body(mentions[owner]) and \
                    len(gap.split()) <= MAX_OFFICE_GAP and not _SENTENCE_END.search(gap):
                m.speaks_for = owner
        after = text_of(doc)[m.end:m.end + 40].lower()
        if any(f", {a}spokes" in after[:20] or f", {a}official" in after[:20]
               for a in ("", "a ", "the ")):
            owner = _owner_after(mentions, i, m.end + 60)
            if owner is not None:
                m.speaks_for = owner


def _same_sentence(doc: Doc, mentions: list[ActorMention], owner: int | None,
                   m: ActorMention) -> int | None:
    """The owner, unless a sentence end lies between it and ``m`` (mends27c,
    the stop review44 gave the office of a body's head): "... approved by the
    Health Ministry. Spokesman Tom Reid said" (Reid speaks for no ministry),
    "... Oxfam said! Spokeswoman Ana Ruiz added", "... left the Red
    Cross?\nOfficial Peter Obi"."""
    if owner is None or _SENTENCE_END.search(text_of(doc)[mentions[owner].end:m.start]):
        return None
    return owner


def is_spokes(m: ActorMention) -> bool:
    # a set test, not a generator over the words (speed26: ~30k calls per
    # 200 articles); SPOKES is a set, so the same answer
    return m.kind == "agent" and not SPOKES.isdisjoint(m.text.lower().split())


def _owner_before(mentions: list[ActorMention], i: int, floor: int) -> int | None:
    for j in range(i - 1, -1, -1):
        m = mentions[j]
        if m.end < floor:
            return None
        if m.kind in GROUP_KINDS and m.rule != "pronoun" and not is_spokes(m):
            return j
    return None


def _owner_after(mentions: list[ActorMention], i: int, ceiling: int) -> int | None:
    for j in range(i + 1, len(mentions)):
        if mentions[j].start > ceiling:
            return None
        if mentions[j].kind in GROUP_KINDS - {"agent"}:
            return j
    return None


def spokes_for_nominals(doc: Doc, mentions: list[ActorMention]) -> None:
    """"a spokesman for the group": the owner may be a nominal ("the group")
    found only after the first pass."""
    for i, m in enumerate(mentions):
        if is_spokes(m) and m.speaks_for is None:
            m.speaks_for = _owner_named_after(doc, mentions, i)

