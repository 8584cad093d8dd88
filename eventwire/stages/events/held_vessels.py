"""Class *a vessel held or let go stands for its crew and owners* (recip45).

docs/annotation.md ("The undergoer of a seizure or a release") decides that
a merchant or fishing vessel seized, detained, boarded, impounded or
released is the recipient, BUS, with its flag or its owners' country: "the
navy arrested 20 fishermen from Jaffna and seized three trawlers", "the
boats will be released once the fine is paid". The rules gave such a vessel
no recipient unless a demonym or a flag named its country ("seized two
Russian trawlers", ``owned_objects``): ``attacked_place`` serves violence
only, and a place *taken* is territory. Here the bare vessel noun is the
recipient; its country is the one the sentence gives its crew ("32 *Indian*
fishermen ... five trawlers"), else the story's. Not a state's own craft
("a navy vessel": ``flagged_vessels.state_vessel``), not a possessed one
("their boats": the possessor is the owner a mention already gives), not a
vessel sent or used (the verb must hold or let go).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.stages.events.flagged_vessels import state_vessel
from eventwire.stages.events.non_recipients import TAKE_LEMMAS

HOLD_TYPES = frozenset({"COERCE", "RETREAT"})
# holding or letting go a craft (the taking verbs of curated.yaml and these)
HOLD_LEMMAS = TAKE_LEMMAS | {"detain", "impound", "confiscate", "board", "tow", "hold",
                             "release", "free", "return"}
VESSEL_NOUNS = frozenset({"boat", "boats", "trawler", "trawlers", "vessel", "vessels",
                          "ship", "ships", "tanker", "tankers", "freighter", "freighters"})
CREW_NOUNS = frozenset({"fisherman", "fishermen", "crew", "crewmen", "sailors", "seamen"})


def _crew_country(tok: Token) -> str | None:
    """The country a demonym gives the crew named in the vessel's sentence."""
    from eventwire.stages.geo.gazetteer import gazetteer

    for t in tok.sent:
        if t.lower_ in CREW_NOUNS:
            for c in t.children:
                country = c.dep_ in ("amod", "compound") and gazetteer().demonym(c.text)
                if country:
                    return country
    return None


def held_vessel(tok: Token, kind: str | None) -> ActorMention | None:
    """The bare vessel a COERCE or RETREAT verb holds or lets go (see the
    module docstring), else None."""
    verb = tok.head
    if kind not in HOLD_TYPES or tok.lower_ not in VESSEL_NOUNS \
            or tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in HOLD_LEMMAS \
            or state_vessel(tok) or any(c.dep_ == "poss" for c in tok.children):
        return None
    from eventwire.stages.actors.home import story_country

    span = tok.doc[tok.left_edge.i:tok.i + 1]
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text, kind="agent",
                        country=_crew_country(tok) or story_country(tok.doc), sectors=["BUS"],
                        confidence=0.3, rule="unnamed")
