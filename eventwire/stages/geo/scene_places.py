"""Where an act's scene is named by its target or by the noun of its
scene: classes the event-place rules (``event_place.py``) consult. Split
from ``place_scope.py`` (issue #12, refactor36), which keeps the flags in
``VARIANTS`` and the shared word lists. On:

* :func:`object_scene` — a physical act happens where the people acted upon
  are, when a clause about them says it;
* :func:`scene_owner` — a town naming the noun of the scene ("at a Leeds
  accounting firm", "outside Athens's main courthouse", "a Troy office
  shooting") places the act done there (place15);
* :func:`struck_place` — a town struck (ASSAULT, PROTEST) or taken or
  shut (COERCE, place18) is where the act happens;
* :func:`withdrawal` — a withdrawal's own "from" phrase is its place
  (place18);
* :func:`spread_over` — an unrest noun whose verb of spreading or
  paralysing takes the place as object ("a strike paralysed Greece",
  "clashes rocked Nairobi", "Chile was rocked by protests") (place15;
  **off**: its gains are all in one set, so leave-one-set-out cannot
  confirm them — docs/BENCHMARKS.md "place15").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import EventMention, PlaceMention
from eventwire.stages.geo.context import LOCAL_MODIFIED
from eventwire.stages.geo.place_scope import (
    CONTACT_TYPES,
    NATION_PRECISIONS,
    OWNER_DEPS,
    OWNER_HOPS,
    SCENE_PREPS,
    VARIANTS,
    physical_act,
    scene_type,
)

# verbs whose subject, a wave of unrest or violence, covers or seizes up the
# place that is their object ("a strike paralysed Greece", "riots swept
# Iran"); not "hit" ("sanctions hit Iran": the target, not the scene)
SPREAD_VERBS = {"paralyse", "paralyze", "paralysed", "paralyzed", "rock", "engulf", "grip",
                "sweep", "shake", "roil", "cripple", "convulse", "rattle", "hobble",
                "shut", "bring"}
STRUCK_TYPES = {"ASSAULT", "PROTEST"}  # acts whose target site is where they happen
TAKEN_TYPES = {"COERCE"}  # class *a town taken or shut* (place18)
LEFT_TYPES = {"RETREAT"}  # class *a place left* (place18)
# people a town name modifies ("a Salem man"): context.LOCAL_MODIFIED less
# places and bodies ("the Benghazi council building" is a site sealed off)
PEOPLE_NOUNS = LOCAL_MODIFIED - {"hospital", "neighborhood", "neighbourhood", "police",
                                 "council"}


def struck_place(place: PlaceMention, tok: Token, event: EventMention) -> bool:
    """Class *a town or site struck is where the strike happens*: a place
    below a country that a violent or storming act (ASSAULT, PROTEST) hits
    ("shelled Stepanakert", "insurgents attack Mozambique's Chiure", "jets
    strike Yemen's Hodeidah", "protesters torch Almaty city hall") is both
    its target and its place; a country hit ("Russia attacked Ukraine")
    says no more than the actor's war, so it stays a participant only.
    Class *a town taken or shut* (place18, COERCE, flag ``taken_town``): a
    town sealed off, cordoned, quarantined or locked down ("police sealed
    off Kabul's airport", "Randwick has been locked down", "the RSF
    captured El Geneina") is where the coercion happens, as a town struck
    is; not a town naming the people arrested (:func:`_names_people`).
    ``tok`` is the place name's root token."""
    if place.precision in NATION_PRECISIONS:
        return False
    if scene_type(event) in STRUCK_TYPES:
        return True
    return VARIANTS["taken_town"] and scene_type(event) in TAKEN_TYPES and not _names_people(tok)


def _names_people(tok: Token) -> bool:
    """The place modifies a noun of people the act is done to ("arrested a
    Texas man", "detained a Columbia teenager"): the people are the target,
    their town no scene."""
    return tok.dep_ in OWNER_DEPS and tok.head.lemma_.lower() in PEOPLE_NOUNS


def one_passive_subject(trigger: Token) -> bool:
    """A passive trigger with two subjects is a misread apposition: "John
    Jenkin, 23, of Newton Street, Millom was arrested" hangs the man's home
    town as a second subject; a town struck stands alone ("Randwick has
    been locked down", "Stepanakert was shelled")."""
    return sum(c.dep_ == "nsubjpass" for c in trigger.children) == 1


def withdrawal(event: EventMention) -> bool:
    """Class *a place left is where the leaving happens* (place18, RETREAT,
    flag ``left_place``): the trigger's own "from" phrase ("troops withdrew
    from Kherson", "the rebels retreated from Timbuktu", "the army said it
    had withdrawn from El Fasher") is where a withdrawal happens; other
    origins stay no place ("launched from X", "expelled from X": place6)."""
    return VARIANTS["left_place"] and scene_type(event) in LEFT_TYPES


# nouns of a scene that name their place through "of" ("the waters of the
# Gulf of Aden", "the town of Lqliaa"): the scene is the place (place60)
OF_SCENE_NOUNS = {"water", "waters", "town", "city", "village", "area", "region", "province",
                  "district", "port", "coast", "outskirts", "street", "streets"}


def object_scene(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *scene of the people acted upon*: a physical act on a
    participant (ASSAULT, COERCE) happens where that participant is, which a
    clause about the participant may say ("arrested 23 pirates who had
    attacked a tanker off Oman", "opened fire on worshippers gathered outside
    a mosque in Zahedan", "beat lawyers protesting in Lahore"): a place
    after a locative preposition of a relative or participial clause of the
    trigger's object places the act. Also through the clause's infinitive
    ("seized gunmen who tried to board a ferry off Lamu") and a scene noun
    that names its place with "of" ("who raided a farm in the district of
    Kitui") (place60)."""
    if not VARIANTS["object_scene"] or scene_type(event) not in CONTACT_TYPES:
        return False
    if place.dep_ == "pobj" and place.head.lower_ == "of" and \
            place.head.head.lemma_.lower() in OF_SCENE_NOUNS:
        place = place.head.head  # "in the waters of the Gulf of Aden" (place60)
    if place.dep_ != "pobj" or place.head.lower_ not in SCENE_PREPS:
        return False
    clause = place.head.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    for _ in range(2):  # "pirates who tried to storm a ship in X" (place60)
        if clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    obj = clause.head
    while obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head != trigger:
        obj = obj.head.head  # "dozens of students protesting in X"
    if obj.dep_ == "pobj" and obj.head.head == trigger:
        return True  # "fired on worshippers who ..."
    return obj.dep_ == "dobj" and obj.head == trigger


def scene_owner(place: Token, trigger: Token, precision: str) -> Token | None:
    """Class *a town naming the scene* (place15): a town or region that
    owns or modifies the noun of the scene says
    where the act done there is: the noun is the object of a scene
    preposition ("opened fire at a Leeds accounting firm", "stabbed in a
    Nantes ice cream shop", "threw stones at Madrid's main courthouse",
    "a bomb exploded at a Lagos toll gate") and the preposition hangs on
    the trigger itself, or, through nouns modifying it, the noun is the
    event noun ("a Troy office shooting"). Returns the token
    that then stands for the place in the clause (the scene noun, or the
    trigger's compound), None when the place owns no such noun. Not through
    "of" ("the Bank of England"), not an origin ("from a Brooklyn
    rooftop": ``from`` is no scene preposition), not a scene of another
    word ("charged in a shooting at a Troy firm": the firm is the
    shooting's scene, not the charge's), and not a country: a
    country modifying a noun is a nationality ("at the U.S. embassy",
    "killed in a U.S. drone strike"), and not a word the parser tags a
    person: a person's name the gazetteer happens to hold owns things that
    are not the scene's town ("at Nixon's Florida holiday home", "in
    Woodward's copy")."""
    if not VARIANTS["scene_owner"] or precision in NATION_PRECISIONS or \
            place.ent_type_ == "PERSON":
        return None
    cur = place
    for _ in range(OWNER_HOPS):
        if cur.dep_ not in OWNER_DEPS or cur.head.pos_ != "NOUN" or cur.head == cur:
            return None
        if cur.head == trigger:
            return cur if cur != place else None
        cur = cur.head
        if cur.dep_ == "pobj" and cur.head.lower_ in SCENE_PREPS:
            return cur if cur.head.head == trigger and not _will_of(place, cur) else None
    return None


# nouns of a body's will: a place owning one names a government, not a scene
# ("deployed at Maputo's request", "at Washington's urging", place41)
WILL_NOUNS = {"request", "invitation", "behest", "urging", "insistence", "suggestion",
              "initiative", "order", "orders", "command", "demand", "expense"}


def _will_of(place: Token, noun: Token) -> bool:
    """The place owns the scene preposition's noun and that noun is a
    body's will ("at Maputo's request", "at Kyiv's invitation"): the
    capital stands for its government there, it says no scene."""
    return place.dep_ == "poss" and place.head == noun and noun.lemma_.lower() in WILL_NOUNS


def spread_over(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *unrest spread over a place* (place15): a noun of unrest or
    violence (PROTEST, ASSAULT, COERCE) that is the subject of a verb of
    spreading or paralysing happens over that verb's object ("a general
    strike paralysed Portugal", "violent clashes rocked Nairobi",
    "protests swept the capital"), also in the passive ("Chile was rocked
    by more protests"). ``place`` is the phrase head of the place (after
    ``_up_to_phrase``). The same in a headline's participle ("Kenya rocked
    by fresh clashes"). Not a verb of hitting ("sanctions hit Iran"), and
    not a verbal or diplomatic act ("the dispute paralysed talks")."""
    if not VARIANTS["spread_over"] or not physical_act(event) or \
            trigger.pos_ != "NOUN":
        return False
    verb = place.head
    if verb.lemma_.lower() not in SPREAD_VERBS and verb.lower_ not in SPREAD_VERBS:
        return False
    if place.dep_ == "dobj":  # the parse may hang the verb on its subject as "acl"
        return (trigger.dep_ == "nsubj" and trigger.head == verb) or \
            (verb.dep_ == "acl" and verb.head == trigger)
    if place.dep_ in ("nsubjpass", "nsubj"):  # a headline drops "was": "Kenya rocked by"
        return trigger.dep_ == "pobj" and trigger.head.lower_ == "by" and \
            trigger.head.head == verb
    return False
