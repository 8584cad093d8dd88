"""How far a stated place reaches, beyond one event's own words.

Classes the event-place rules (``event_place.py``) consult
(docs/BENCHMARKS.md "place6", "place7"). On:

* :func:`condition_clause` — an event inside a condition or a clause of
  another time ("if", "after", "as") is not placed by the main clause's
  place;
* :func:`speaker_seat` — a locative inside the subject of a verbal act says
  where the body sits, not where it spoke;
* :func:`object_scene` — a physical act happens where the people acted upon
  are, when a clause about them says it;
* :func:`shared_locative` — verbs of one subject joined by "and" share
  the locative of the last one's clause (place7);
* :func:`undated_speech_act` — the dateline does not place a verbal act
  the text gives no time of its own (place7).

``VARIANTS`` switches each class off for ``tools/event_place_variants.py``,
which scores the flags leave-one-set-out. Three classes written here lost
leave-one-set-out over rec_a..rec_h and were removed (docs/BENCHMARKS.md
"place6", "place7"): a later "the attack" taking its antecedent's place,
a removal placed at its origin ("expelled from X"), and the speaker's
stated venue ("speaking in X, praised").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import EventMention
from eventwire.stages.geo.recognize import STRICT_LOCATIVE

# verbal acts: statements, appeals, agreements, promises; done by speaking
VERBAL_TYPES = {"ACCUSE", "AGREE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"}
CONDITION_MARKS = {"if", "unless"}
SEQUENCE_MARKS = {"after", "before", "since", "until", "because"}
SIMULTANEOUS_MARKS = {"as", "when", "while"}
VARIANTS = {"speaker_seat": True, "condition": True, "sequence": True, "simultaneous": True,
            "object_scene": True, "undated_speech": True, "shared_locative": True,
            "country_scope": True}
# physical acts on people or things: done where those are
CONTACT_TYPES = {"ASSAULT", "COERCE"}
PHYSICAL_TYPES = {"ASSAULT", "COERCE", "PROTEST"}  # acts done at one scene
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


def undated_speech_act(event: EventMention) -> bool:
    """Class *undated speech act under a dateline* (docs/annotation.md
    "Dateline places across the record sets"): a statement, accusation,
    demand or other verbal act the text gives no time of its own ("The
    government accuses Machar of directing the White Army", "Iohannis also
    urged calm") is not placed by the dateline: it says where the copy was
    filed, not where an undated remark was made."""
    return VARIANTS["undated_speech"] and event.type in VERBAL_TYPES and \
        event.time.value is None


def shared_locative(place: Token, place_clause: Token, trigger: Token,
                    event: EventMention) -> bool:
    """Class *coordinated acts share a locative*: verbs of one subject
    joined by "and" share the place a locative of the last one's clause
    (``place_clause``) states ("was shot and
    killed by police in Quito", "beat and arrested dozens of students in
    Dhaka", "torched cars and shot two guards in Kano"): the locative hangs
    on one conjunct in the parse but places both. Not when the conjunct
    with the place has a subject of its own ("police fired and protesters
    fled into Lagos" are two clauses), and only for physical acts (ASSAULT,
    COERCE, PROTEST): a statement or a diplomatic step joined to another act
    ("refused to comply and deployed troops to the base", "spoke to Ramaphosa
    and accused troops in Congo", "suspended the treaty and ordered advisers
    at the mission in Delhi to leave") is not done where that act is."""
    if not VARIANTS["shared_locative"] or event.type not in PHYSICAL_TYPES or \
            trigger.pos_ != "VERB" or place_clause.pos_ != "VERB":
        return False
    if place_clause.dep_ == "conj" and place_clause.head == trigger:
        conj = place_clause
    elif trigger.dep_ == "conj" and trigger.head in (place_clause, place_clause.head):
        conj = trigger if trigger.head == place_clause else place_clause
        if conj.dep_ != "conj":
            return False
    else:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False
    return place.dep_ == "pobj" and place.head.lower_ in STRICT_LOCATIVE
