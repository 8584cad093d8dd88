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

The same holds for *the same person named again far from the gang word*:
once one mention of a named person stands near it ("Russo, a member of the
Sacra Corona gang"), every other mention of that surname, and a pronoun the
actor stage bound to one, is the gang's man too ("Three paragraphs later,
Russo pleaded guilty" -- Russo CVL + UAF), as the guide codes every mention
of such a man in the article.

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

Measured (37 development sets, ``tools/records_diff.py`` against m88g):
actor +23 / -0 (18 on real texts: ECB+ topics 16, 26 and 33, the
Hawaiian Gardens, Genovese and Brooklyn rooftop-sniper stories; 5 on own
texts in 5 stories), 14 sets; the first-sector reading and every other
field unchanged (UAF joins after CVL); the same man named again adds 3 of
the 23. Of the 40 matched actors it changed, 24 have gold UAF and 2 gold
CVL (still right: CVL stays). GSR actors (``eval actors``) byte-identical.
Still wrong in the class: a gang man the resolver coded MIL or BUS ("Lopez
... confessed" parse-built, "boss Frank Costello"), a refusal (REJECT is no
wrongdoer's act here), "the two men" far from any gang word.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import per_doc
from eventwire.nlp.extensions import get_list
from eventwire.stages.actors.surnames import name_words
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
_KEY = "eventwire_gang_people"


def _surname(text: str) -> str:
    """The last word of a name, a possessive dropped ("Russo's" -> "Russo")."""
    return (name_words(text) or [""])[-1]


def _gang_people(doc: Doc) -> frozenset[str]:
    """The surnames of the named people one of whose mentions stands near a
    crime-group word (read once per document)."""
    return frozenset(_surname(m.text) for m in get_list(doc, "actor_mentions")
                     if m.kind == "person" and m.text[:1].isupper() and len(m.text) > 2
                     and near_crime_group(doc, m.start, m.end))


def _named_gang_man(doc: Doc, actor: ActorMention) -> bool:
    """The actor is, or a pronoun bound to, a named person another mention of
    whom stands near a crime-group word (module docstring)."""
    names = per_doc(doc, _KEY, _gang_people)
    if not names:
        return False
    mentions = get_list(doc, "actor_mentions")
    named = mentions[actor.antecedent] if actor.antecedent is not None \
        and 0 <= actor.antecedent < len(mentions) else actor
    return named.kind == "person" and _surname(named.text) in names


def gang_doer(doc: Doc, actor: ActorMention | None, kind: str | None) -> ActorMention | None:
    """The actor with UAF joined when it is a civilian doing a wrongdoer's
    act near a named crime group (module docstring); else unchanged."""
    if actor is None or kind not in WRONGDOER_TYPES or CIVILIAN not in actor.sectors \
            or not set(actor.sectors) <= PRIVATE_SECTORS:
        return actor
    if not (near_crime_group(doc, actor.start, actor.end) or _named_gang_man(doc, actor)) \
            or gangs_victim(doc, actor):
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
