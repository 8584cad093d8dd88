"""People placed by the clause that says where they were (place30,
docs/BENCHMARKS.md "place30"): a crowd where it gathered, a victim where
they were doing something.

Split from ``place_scope.py`` (which keeps the flag in ``VARIANTS``): the
event-place rules take a sentence place only from a clause that governs the
event's (``event_place._governs``), so a locative inside a relative clause
about the event's participants never reaches it. When that clause tells
where a crowd marched or gathered, though, it is the scene of what the
crowd did and of what was done to it; a participle telling what a victim
was doing says where the harm was done.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from eventwire.models import EventMention
from eventwire.stages.events.mourned import GRIEVANCE_PREPS
from eventwire.stages.geo.harm_when import through_place_noun
from eventwire.stages.geo.place_scope import CONTACT_TYPES, SCENE_PREPS, VARIANTS, scene_type
from eventwire.stages.geo.vicinity import LOCAL_PRECISION

CROWD_TYPES = {"PROTEST", "ASSAULT", "COERCE"}
HARM_TYPES = CONTACT_TYPES  # acts done to someone where they are
WHILE_MARKS = {"while", "when"}
# verbs of a crowd coming together or moving as one ("who marched through Athens")
ASSEMBLY = {"march", "gather", "rally", "assemble", "demonstrate", "protest", "converge",
            "congregate", "parade", "mass", "throng", "flock", "camp"}
# prepositions of a crowd's scene or route
CROWD_PREPS = {"in", "at", "near", "outside", "inside", "around", "through", "across", "along",
               "on", "into", "in front of", "throughout", "towards", "toward", "to"}
PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj"}
ROLE_PREPS = {"by", "on", "at", "against", "of"}  # "demonstrations by thousands who ..."
PURPOSE_DEPS = {"xcomp", "advcl"}  # "fired tear gas to disperse supporters who ..."
NOUN_PATH = {"pobj", "prep", "dobj"}  # from the place's phrase up to its clause's verb
VERB_HOPS = 4
# verbs of dwelling: where someone lives is no doing there ("a Briton living in Spain")
DWELLING = {"live", "reside", "dwell"}


def people_scene(place: Token, trigger: Token, event: EventMention, precision: str) -> bool:
    """The place is where the event's people were: a crowd where it gathered
    (:func:`crowd_scene`), a victim or doer where they were doing something
    (:func:`present_scene`). ``precision`` is the resolved place's."""
    local = precision in LOCAL_PRECISION
    return crowd_scene(place, trigger, event, local) or \
        present_scene(place, trigger, event, local)


def crowd_scene(place: Token, trigger: Token, event: EventMention, local: bool = True) -> bool:
    """Class *a crowd placed by where it gathered*: a relative clause on the
    event's participants that says where they marched, gathered or rallied
    ("demonstrations by thousands who marched through Lisbon", "police
    fired tear gas to disperse supporters who had gathered outside the
    court in Lusaka", "riot police charged students who rallied in front of
    the ministry in Dhaka") places what the crowd did and what was done to
    it: a protest, an attack, an arrest. The clause's verb is one of
    assembly (``ASSEMBLY``), the place follows one of its prepositions of
    scene or route (also through a place noun's "of": "marched on the
    centre of Maputo"), and the noun it hangs on is the trigger's subject
    or object, reached by "by" or "on", or the object of the trigger's
    purpose clause. Not a verbal act, not a clause about somewhere the
    participants live or come from ("voters who live in Porto"). ``place``
    is the token whose relation says what the place does
    (``event_place.up_to_phrase``)."""
    if not VARIANTS["crowd_scene"] or scene_type(event) not in CROWD_TYPES:
        return False
    verb = _scene_verb(place, CROWD_PREPS, local)
    if verb is None or verb.lemma_.lower() not in ASSEMBLY or verb.dep_ not in ("relcl", "acl"):
        return False
    return _participant_of(verb.head, trigger)


def _scene_verb(place: Token, preps: Collection[str], local: bool) -> Token | None:
    """The verb whose clause holds the place when a preposition of
    ``preps`` governs it (also through a place noun's "of": "the centre
    of Maputo"), else None: the first step of ``crowd_scene`` and
    ``present_scene``."""
    place = through_place_noun(place)
    if place.dep_ != "pobj" or place.head.lower_ not in preps:
        return None
    return _clause_verb(place, local)


def _clause_verb(place: Token, local: bool = True) -> Token | None:
    """The verb whose clause holds the place's phrase, through the nouns it
    modifies ("protesting against emergency rule in Lahore"), or None. A
    country or province (not ``local``) inside a grievance
    (``mourned.GRIEVANCE_PREPS``) is the place of what the crowd or victim
    acts against, not where they stood ("rallied against the war in
    Ukraine", "arrested while campaigning against the crackdown in Tibet",
    "protesting over the killings in Darfur"; review50); a town may be
    either, and stays the scene."""
    cur = place.head.head
    for _ in range(VERB_HOPS):
        if cur.pos_ == "VERB":
            return cur
        if cur.head == cur or cur.dep_ not in NOUN_PATH or (
                not local and cur.dep_ == "pobj" and cur.head.lower_ in GRIEVANCE_PREPS):
            return None
        cur = cur.head
    return None


def _participant_of(noun: Token, trigger: Token) -> bool:
    """The noun is the trigger's subject or object, its "by"/"on" phrase,
    or the object of its purpose clause ("to disperse supporters"), also as
    the "of" of a count ("dozens of farmers who ...")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head != trigger:
        noun = noun.head.head  # "arrested dozens of farmers who marched"
    if noun.dep_ == "pobj" and noun.head.lower_ in ROLE_PREPS:
        return noun.head.head == trigger
    if noun.dep_ not in PARTICIPANT_DEPS:
        return False
    head = noun.head
    shared = (trigger.dep_ == "conj" and trigger.head == head) or (
        head.dep_ == "conj" and head.head == trigger)  # "beat and arrested lawyers"
    return head == trigger or shared or (head.dep_ in PURPOSE_DEPS and head.head == trigger)


def present_scene(place: Token, trigger: Token, event: EventMention,
                  local: bool = True) -> bool:
    """Class *a victim or doer placed by what they were doing there*: a
    participle that tells what the one acted upon (or the doer) was doing
    when it happened ("was abducted while attending a book launch in
    Kampala", "a reporter was beaten while covering a rally in Harare", "a
    deputy questioning two men outside a house in Fresno was shot", "a nurse
    working at a clinic near Beni was kidnapped") places a physical act
    (ASSAULT, COERCE) at its scene: an adverbial participle of the trigger
    marked "while" or "when", or a participle on the trigger's subject,
    with no subject of its own ("removed from office while the president was
    attending a summit in Arusha" is someone else's whereabouts). Not a verb
    of dwelling (``DWELLING``): "a Briton living in Spain was arrested at the
    airport", "students residing in Moscow were detained on a visit home"
    tell where the victim lives, not where the harm was done. ``place``
    is the token whose relation says what the place does."""
    if not VARIANTS["present_scene"] or scene_type(event) not in HARM_TYPES:
        return False
    verb = _scene_verb(place, SCENE_PREPS, local)
    if verb is None or verb.tag_ != "VBG" or verb.lemma_.lower() in DWELLING or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return verb.head == trigger and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in WHILE_MARKS for c in verb.children)
    subject = verb.head
    return verb.dep_ == "acl" and subject.dep_ in ("nsubj", "nsubjpass") and \
        subject.head == trigger
