"""Class *the doer of a story of organised crime* (issue #12, branch actors57).

The record guide codes gang members and mobsters UAF and a single killer
with no group CVL (docs/annotation.md: "gang members and mobsters UAF,
single killers ... CVL"; relabel54 (a): UAF where the article names a gang,
cartel or mafia for the doer). A person the text names or describes
plainly ("Marco Bellini", "the 19-year-old", "he", "two men") reads as a
civilian (CVL), which is right for the lone killer and wrong for the
gang's man. When such a civilian *does* the crime -- an attack or a
shooting, a threat, an abduction -- or admits it, and the text names a
gang, cartel, mafia, mob boss or crime family near the doer
(``crime_suspects.CRIME_GROUP`` within ``crime_suspects.WINDOW``), UAF
*joins* the civilian code:

* "Prosecutors say Dario Russo fired from the balcony at members of a
  rival gang" -- Russo CVL + UAF;
* "The two men shot the shopkeeper, police said; both belong to the Red
  Street crew, a gang that runs the market" -- the two men CVL + UAF;
* "he admitted racketeering for the Lucchese crime family" -- he CVL + UAF.

It is the actor side of ``crime_suspects.crime_suspect`` (the accused an
arrest, charge or sentence is done to), and, like it, it only joins: the
civilian reading stays first, so a lone killer in a story that also speaks
of a gang keeps CVL. Not done:

* for an act no wrongdoer does (a protest, an appeal, a statement: "the
  victim's family called for an end to gang violence");
* for a mention with a code of its own beyond a civilian or criminal one
  (a police officer COP, a company BUS, a soldier MIL), nor one with no code
  at all (nothing says it is people);
* for *the gang's own victim* (``crime_suspects.gangs_victim``: "a
  shopkeeper whom the gang had extorted fired back");
* for one "gunman" only (no crime-group word: a lone shooter, CVL).

It runs on the event actors once the learned resolver has given them their
codes (``events.component``), as ``armed_people.armed_event_people`` does;
the actor is replaced by a copy (the mention may be another event's
recipient, whose codes ``crime_suspect`` decides).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from eventwire.models import ActorMention, EventMention
from eventwire.stages.events.crime_suspects import (
    crime_group_offsets,
    gangs_victim,
    near_crime_group,
)

CIVILIAN, ARMED = "CVL", "UAF"
# the acts a gang's man does as the wrongdoer: violence, threats, abduction,
# and admitting the crime (a guilty plea, a confession)
WRONGDOER_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE", "CONCEDE"})
# the codes a doer may carry and still be read as a private person: a civilian,
# a people's member, a criminal (CAMEO CRM)
PRIVATE_SECTORS = frozenset({CIVILIAN, "PPL", "CRM"})


def gang_doer(doc: Doc, actor: ActorMention | None, kind: str | None) -> ActorMention | None:
    """The actor with UAF joined when it is a civilian doing a wrongdoer's
    act near a named crime group (module docstring); else unchanged."""
    if actor is None or kind not in WRONGDOER_TYPES or CIVILIAN not in actor.sectors \
            or not set(actor.sectors) <= PRIVATE_SECTORS:
        return actor
    if not near_crime_group(doc, actor.start, actor.end) or gangs_victim(doc, actor):
        return actor
    return replace(actor, sectors=[*actor.sectors, ARMED])


def gang_event_doers(doc: Doc, events: list[EventMention]) -> None:
    """UAF joins the codes of each event's civilian doer in a story of
    organised crime (module docstring). A text with no crime-group word
    is left at once."""
    if not crime_group_offsets(doc):
        return
    for event in events:
        event.actor = gang_doer(doc, event.actor, event.type)
