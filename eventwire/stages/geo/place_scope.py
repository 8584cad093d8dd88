"""How far a stated place reaches, beyond one event's own words.

Classes the event-place rules (``event_place.py``) consult
(docs/BENCHMARKS.md "place6"). On:

* :func:`condition_clause` — an event inside a condition or a clause of
  another time ("if", "after", "as") is not placed by the main clause's
  place;
* :func:`speaker_seat` — a locative inside the subject of a verbal act says
  where the body sits, not where it spoke;
* :func:`object_scene` — a physical act happens where the people acted upon
  are, when a clause about them says it.

Written but off (``VARIANTS``): :func:`inherit_places` (a later "the
attack" takes its antecedent's place) and :func:`removal_origin`
("expelled from X" happens at X) lost leave-one-set-out;
:func:`speech_venue` ("speaking in X, praised") is seen in two sets only.
``tools/event_place_variants.py`` scores each flag leave-one-set-out.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.models import EventMention

# verbal acts: statements, appeals, agreements, promises; done by speaking
VERBAL_TYPES = {"ACCUSE", "AGREE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"}
CONDITION_MARKS = {"if", "unless"}
SEQUENCE_MARKS = {"after", "before", "since", "until", "because"}
SIMULTANEOUS_MARKS = {"as", "when", "while"}
# material acts a story tells once and then refers back to ("the attack")
ANAPHORIC_TYPES = {"ASSAULT", "PROTEST", "COERCE"}
DEFINITE = {"the", "this", "that", "these", "those"}
STATED = ("trigger", "clause", "sentence")
INHERITED_CONFIDENCE = 0.5
VARIANTS = {"speaker_seat": True, "condition": True, "sequence": True, "simultaneous": True,
            "anaphor_definite": False, "anaphor_any": False, "object_scene": True,
            "removal_origin": False, "speech_venue": False}
# participles that put a speaker somewhere ("speaking in X", "addressing a rally in X")
SPEAKING = {"speak", "address", "talk", "visit", "attend", "tour"}
# removals of people or forces: done where they are taken from
REMOVAL_TYPES = {"RETREAT", "SANCTION", "COERCE"}
# physical acts on people or things: done where those are
CONTACT_TYPES = {"ASSAULT", "COERCE"}
SCENE_PREPS = {"in", "at", "near", "outside", "inside", "around", "off", "within"}


def speaker_seat(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *seat of the speaking body*: a locative phrase inside the
    subject of a verbal act ("Leaders across Europe condemned", "the UN
    Mission in Libya called on", "his allies in Congress promised") names
    where the body sits or serves, not where it spoke; a material act of a
    located subject ("Police in Tbilisi detained", "protesters in Baghdad
    tore down") still happens there."""
    if not VARIANTS["speaker_seat"] or event.type not in VERBAL_TYPES:
        return False
    cur = place
    while cur.head != cur and cur.head != trigger:
        cur = cur.head
    return cur.head == trigger and cur != place and cur.dep_ in ("nsubj", "nsubjpass")


def condition_clause(trigger: Token, place_clause: Token) -> bool:
    """Class *event of a condition or another time*: the trigger sits in an
    adverbial clause of the clause that names the place, marked as a
    condition ("would pass through the Strait of Hormuz if Western
    countries imposed sanctions", "extend the emergency in Puno if the
    blockades continued", "threatened force in Niger unless Bazoum is
    reinstated"); the condition is another, unrealised event with no place
    of its own. (``subordinate`` extends this to clauses of another time,
    "after", "as", "since".)"""
    marks = (CONDITION_MARKS if VARIANTS["condition"] else set()) | \
        (SEQUENCE_MARKS if VARIANTS["sequence"] else set()) | \
        (SIMULTANEOUS_MARKS if VARIANTS["simultaneous"] else set())
    cur = trigger
    while cur != place_clause and cur.head != cur:
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks
                                       for c in cur.children):
            return True
        cur = cur.head
    return False


def object_scene(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *scene of the people acted upon*: a physical act on a
    participant (ASSAULT, COERCE) happens where that participant is, which a
    clause about the participant may say ("arrested 23 pirates who had
    attacked a tanker off Oman", "opened fire on worshippers gathered outside
    a mosque in Zahedan", "beat lawyers protesting in Lahore"): a place
    after a locative preposition of a relative or participial clause of the
    trigger's object places the act."""
    if not VARIANTS["object_scene"] or event.type not in CONTACT_TYPES:
        return False
    if place.dep_ != "pobj" or place.head.lower_ not in SCENE_PREPS:
        return False
    clause = place.head.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    obj = clause.head
    while obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head != trigger:
        obj = obj.head.head  # "dozens of students protesting in X"
    if obj.dep_ == "pobj" and obj.head.head == trigger:
        return True  # "fired on worshippers who ..."
    return obj.dep_ == "dobj" and obj.head == trigger


def removal_origin(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *removal from a place*: expelling, deporting or withdrawing
    (RETREAT, SANCTION, COERCE) happens where people or forces are taken
    from ("thousands were expelled from Congo", "deported from the border
    province", "the army withdrew from El Fasher"), unlike the origin of a
    launch or a trip ("fired from Gaza", "flew from Paris"), which stays no
    place (``event_place.ORIGIN``)."""
    return (VARIANTS["removal_origin"] and event.type in REMOVAL_TYPES
            and place.dep_ == "pobj" and place.head.lower_ == "from"
            and place.head.head == trigger)


def speech_venue(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *the speaker's stated venue*: a participle of speaking or
    visiting on the subject or the trigger ("Bush, speaking in Crawford,
    praised the draft", "Modi, addressing a rally in Bihar, vowed",
    "Visiting Nairobi, the minister urged") says where the verbal act was
    made; a relative clause about the speaker ("who was visiting Madrid")
    stays a side clause."""
    if not VARIANTS["speech_venue"] or event.type not in VERBAL_TYPES:
        return False
    if place.dep_ != "pobj" or place.head.lower_ not in SCENE_PREPS:
        return False
    verb = place.head.head
    while verb.pos_ != "VERB" and verb.head != verb:
        verb = verb.head
    if verb.lemma_.lower() not in SPEAKING or verb.tag_ != "VBG" or \
            verb.dep_ not in ("acl", "advcl"):
        return False
    return verb.head == trigger or (verb.head.head == trigger
                                    and verb.head.dep_ in ("nsubj", "nsubjpass"))


def _anaphor(trigger: Token) -> bool:
    """A definite or possessed event noun ("the attack", "this strike", "his
    arrest") refers back to an event the story has told."""
    if VARIANTS["anaphor_any"]:
        return True
    return trigger.pos_ == "NOUN" and any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in trigger.children)


def inherit_places(events: list[EventMention], triggers: list[Token | None]) -> None:
    """Class *event told again*: a story names the place of an attack,
    protest or arrest once and then refers back to it ("the attack came a
    week after ...", "the Islamic State claimed the attack", "the UN urged
    an investigation into the shooting"); such a mention with no place of
    its own takes the place of the first earlier mention of the same type
    that states one (docs/annotation.md: its cluster's first placed
    mention). Only stated places pass on, never a dateline or the focus."""
    if not (VARIANTS["anaphor_definite"] or VARIANTS["anaphor_any"]):
        return
    first: dict[str, EventMention] = {}
    order = sorted(range(len(events)), key=lambda i: events[i].trigger.start)
    for i in order:
        event, trigger = events[i], triggers[i]
        place = event.place
        if place is not None and place.basis in STATED:
            first.setdefault(event.type, event)
            continue
        ante = first.get(event.type)
        if (trigger is None or event.type not in ANAPHORIC_TYPES or ante is None
                or ante.place is None or (place is not None and place.basis != "focus")
                or not _anaphor(trigger)):
            continue
        event.place = replace(ante.place, basis="antecedent", confidence=round(
            ante.place.confidence * INHERITED_CONFIDENCE, 3))
