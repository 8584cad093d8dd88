"""Class *the doer of an ordinary crime no group is named for* (issue #12,
branch actors44; docs/annotation.md, relabel54 (a)).

The KB codes the nouns for wrongdoers as criminals (CAMEO CRM: "arsonist",
"killer", "carjacker", "convict"), which the actor stage widens to UAF,
and a "gunman" or "attacker" as an armed group (UAF, REB). The guide codes
an ordinary crime's doer that the text names no gang, militia or armed
group for as a private person, CVL, in every event of the story:

* "An arsonist set fire to the chapel overnight" -- CVL;
* "the gunman surrendered to deputies after a four-hour standoff" -- CVL;
* "a convicted robber slipped out of the county jail" -- CVL;
* "the suspect was charged with murder" -- CVL (the curated list already
  reads suspects CVL first);
* "convicted robber Dale Pruitt fled the courthouse" -- the named man,
  coded CRM from the role beside his name, CVL.

CVL goes *first* and the older codes stay behind it, so a story the rule
misreads keeps its armed reading among the sectors. Not done when the text
names a crime group or an armed force anywhere ("a gang member shot ...",
"cartel", "gunmen", "pirates", "militia", "rebels", "insurgents") or
tells of a raid or ambush (the guide's "gunmen and masked men UAF"), nor on
a plural "gunmen"/"attackers" (a band, not one person), nor on a mention
that carries a sector of its own role ("a soldier suspect" MIL, "a police
officer" COP): only mentions coded CRM, UAF, REB or CVL, or not at all.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import per_doc
from eventwire.nlp.extensions import text_of
from eventwire.nlp.stems import may_hold
from eventwire.stages.events.crime_suspects import crime_group_offsets

CIVILIAN = "CVL"
# nouns for one who does a crime, singular and plural
OFFENDER_NOUNS = frozenset({
    "arsonist", "arsonists", "killer", "killers", "murderer", "murderers",
    "carjacker", "carjackers", "convict", "convicts", "rapist", "rapists",
    "robber", "robbers", "thief", "thieves", "culprit", "culprits",
    "perpetrator", "perpetrators", "offender", "offenders", "suspect", "suspects",
    "inmate", "escapee", "fugitive", "stabber", "poisoner"})
# nouns for an armed doer: one person only ("gunmen" are a band, UAF)
LONE_ARMED_NOUNS = frozenset({"gunman", "shooter", "attacker", "assailant", "sniper"})
# codes a lone doer may carry from the KB and still be read as a private person
CRIME_CODES = frozenset({"CRM", "UAF", "REB", CIVILIAN})
# armed formations and the armed acts of one (the crime groups are
# crime_suspects.CRIME_GROUP, which also holds "gunmen" and "pirates")
ARMED_STORY = re.compile(
    r"\b(?:militias?|militiam[ae]n|rebels?|insurgents?|militants?|guerrillas?"
    r"|paramilitar(?:y|ies)|armed groups?|terrorists?|jihadists?|ambush(?:ed|es)?|raids?)\b",
    re.IGNORECASE)
# a word every match of ARMED_STORY holds (``stems.may_hold``; kept with the
# pattern: tests/test_stems.py checks both against each other)
ARMED_STEMS = ("militia", "rebel", "insurgent", "militant", "guerrilla", "paramilitar",
               "armed group", "terrorist", "jihadist", "ambush", "raid")
_KEY = "eventwire_armed_story"


def _group_story(doc: Doc) -> bool:
    """Does the text name a crime group or an armed force, or tell of a raid
    or ambush? Read once per document (``arrays.per_doc``)."""
    return per_doc(doc, _KEY, _names_a_group)


def _names_a_group(doc: Doc) -> bool:
    if crime_group_offsets(doc):
        return True
    text = text_of(doc)
    return may_hold(text, ARMED_STEMS) and bool(ARMED_STORY.search(text))


def is_lone_offender(m: ActorMention) -> bool:
    """A mention ending in a noun for a crime's doer, coded nothing but a
    criminal, armed or civilian reading (module docstring)."""
    words = m.text.lower().split()
    if not words or not set(m.sectors) <= CRIME_CODES:
        return False
    if m.kind == "person" and "CRM" in m.sectors:
        return True  # a named doer the text calls a killer or a convict
    return words[-1] in OFFENDER_NOUNS or words[-1] in LONE_ARMED_NOUNS


def _civilian_first(m: ActorMention) -> None:
    if is_lone_offender(m) and m.sectors[:1] != [CIVILIAN]:
        m.sectors = [CIVILIAN, *(s for s in m.sectors if s != CIVILIAN)]


def lone_offenders(doc: Doc, mentions: list[ActorMention]) -> None:
    """CVL goes first in the sectors of an ordinary crime's doer when the
    text names no gang or armed group (see the module docstring)."""
    if _group_story(doc):
        return
    for m in mentions:
        _civilian_first(m)


def lone_event_offenders(doc: Doc, events: list[EventMention]) -> None:
    """The same for the actors and recipients the event stage built from
    the parse ("the shooter", "the escaped inmate" are no mention of the
    actor stage), before the learned resolver fills an empty sector: it
    guessed MIL for "a shooter", a word it never saw as a crime's doer."""
    if _group_story(doc):
        return
    for event in events:
        for m in (event.actor, event.recipient):
            if m is not None:
                _civilian_first(m)
