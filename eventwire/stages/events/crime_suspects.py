"""Class *the accused of a story of organised crime* (recip36, issue #12).

The record guide codes gang members, mobsters and cartel men UAF and a
single killer with no group CVL (docs/annotation.md: "gang members and
mobsters UAF", "a gang member convicted of a killing and the 'two men'
accused with him UAF, single killers CVL"). A person the text names or
describes plainly ("Juan Perez", "the 19-year-old", "he", "three men")
reads as a civilian (CVL), which is right for the lone killer and wrong
for the gang's man. When the act is one done to a suspect -- an arrest or
detention, a charge or accusation, a sentence or conviction -- and the
text names a gang, cartel, mafia, mob or crime syndicate near the one it
is done to, UAF *joins* the civilian code:

* "Police arrested Marco Bellini, whom prosecutors call a Camorra
  clan's treasurer, as the mafia's grip on the port ..." -- Bellini
  CVL + UAF;
* "The 24-year-old was charged with murder; detectives said the shooting
  was gang-related." -- the 24-year-old CVL + UAF;
* "A federal judge sentenced him to life. He ran the cartel's smuggling
  routes for a decade." -- him CVL + UAF;
* "The frigate detained five men. The navy said the pirates had fired on
  a tanker." -- five men CVL + UAF (the guide codes pirates and gunmen UAF).

UAF only joins, as OPP joins addressed followers (``addressed_followers``):
the civilian reading stays, so the lone killer in a story that also
mentions a gang is still right. Not done when the act is the gang's own
("cartel gunmen kidnapped three men": the actor is armed, not a custodian)
nor for a recipient that is no civilian (a state body, a company), nor
near one "gunman" only: a lone shooter's story is a single killer's, CVL.

Nor for *the gang's own victim* (review83): the recipient's relative clause
has the crime group as the doer of an act done to the recipient -- its
subject with the relative as object, or its "by" agent:

* "police arrested the shopkeeper whom the gang had extorted";
* "police arrested a mother whose son was killed by gangsters";
* "a court sentenced a fisherman who had been kidnapped by pirates".

The gang's hire ("a man the gang had hired to move cash": a clause
follows), "three men they said were members of the gang" and "a driver
who worked for the cartel" keep UAF.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of
from eventwire.nlp.stems import may_hold

# the acts done to a suspect: custody, charge, punishment
SUSPECT_TYPES = frozenset({"COERCE", "ACCUSE", "SANCTION"})
# an actor of these sectors does the act as a gang would, not to a suspect
ARMED_NON_STATE = frozenset({"UAF", "REB", "CRM"})
CIVILIAN, ARMED = "CVL", "UAF"
# the words that name organised crime and armed bands the guide codes UAF
# (pirates, gunmen); not "mob": an angry crowd is one too; not one
# "gunman": a lone shooter is the single killer the guide codes CVL ("an
# office shooter"), the band is plural ("gunmen", review83); not the "gang"
# of a gang rape: a group's assault, no crime group (review83)
CRIME_GROUP = re.compile(
    r"\b(?:gangs?(?![- ]?rap)|gangsters?|gang-related|cartels?|mafia|mafiosi|mafioso|mobsters?"
    r"|crime (?:family|families|boss|bosses|clan|clans|ring|rings)"
    r"|(?:crime|criminal|drug) syndicates?"
    r"|kingpins?|drug lords?|hit ?m[ae]n|camorra|'ndrangheta|cosa nostra|yakuza"
    r"|pirates?|brigands?|gunmen)\b",
    re.IGNORECASE)
# a word every match of CRIME_GROUP holds (``stems.may_hold``; kept with the
# pattern: tests/test_stems.py checks both against each other)
CRIME_STEMS = ("gang", "cartel", "mafi", "mobster", "crime ", "syndicate", "kingpin",
               "drug lord", "hitm", "hit m", "camorra", "ndrangheta", "cosa nostra", "yakuza",
               "pirate", "brigand", "gunmen")
# how far (characters) from the mention a crime-group word counts
WINDOW = 400
_KEY = "crime_group_offsets"


def crime_group_offsets(doc: Doc) -> list[int]:
    """The offsets of the crime-group words of the text, found once per
    document (``doc.user_data``)."""
    found: list[int] | None = doc.user_data.get(_KEY)
    if found is None:
        text = text_of(doc)
        found = doc.user_data[_KEY] = [m.start() for m in CRIME_GROUP.finditer(text)] \
            if may_hold(text, CRIME_STEMS) else []
    return found


def near_crime_group(doc: Doc, start: int, end: int) -> bool:
    """A crime-group word within ``WINDOW`` characters of the span."""
    offsets = crime_group_offsets(doc)
    i = bisect_left(offsets, start - WINDOW)
    return i < len(offsets) and offsets[i] <= end + WINDOW


def _crime_head(tok: Token) -> Token:
    """The noun a crime-group word heads or modifies ("gang" in "gang
    members" -> "members")."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def gangs_victim(doc: Doc, recipient: ActorMention) -> bool:
    """The recipient's relative clause has a crime group doing its act to
    the recipient (see the module docstring)."""
    span = doc.char_span(recipient.start, recipient.end, alignment_mode="expand")
    offsets = set(crime_group_offsets(doc))
    for clause in (c for c in span.root.children if c.dep_ == "relcl") if span else ():
        if any(c.dep_ in ("ccomp", "xcomp") for c in clause.children):
            continue
        for tok in clause.subtree:
            if tok.idx not in offsets:
                continue
            head = _crime_head(tok)
            if (head.dep_ == "nsubj" and head.head.i == clause.i) or (
                    head.dep_ == "pobj" and head.head.dep_ == "agent"
                    and head.head.head.i == clause.i):
                return True
    return False


def crime_suspect(doc: Doc, actor: ActorMention | None, recipient: ActorMention | None,
                  kind: str | None) -> ActorMention | None:
    """The recipient with UAF joined when it is a civilian a custody, charge
    or punishment act is done to near a named crime group (see the module
    docstring); else unchanged."""
    if recipient is None or kind not in SUSPECT_TYPES or CIVILIAN not in recipient.sectors \
            or ARMED in recipient.sectors:
        return recipient
    if actor is not None and ARMED_NON_STATE & set(actor.sectors):
        return recipient
    if not near_crime_group(doc, recipient.start, recipient.end) \
            or gangs_victim(doc, recipient):
        return recipient
    return replace(recipient, sectors=[*recipient.sectors, ARMED])
