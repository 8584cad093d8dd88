"""Class *a conduct named in an accusation* (issue #12, branch dates34): the
act an accuser charges another with ("accused X of V-ing"), when it is not
an attack, names a conduct or a standing move — occupying, massing or
deploying troops, recruiting fighters, seizing land, cyberattacks, preparing
an invasion — that the accusation does not place in time, and the guide
leaves it undated ("Event dates", rule 2: "the content of an accusation
('accused Russian soldiers of burning villages')" is ``null``).

"The ministry accused the neighbouring army of massing armour along the
frontier"; "The union accused the firm on Monday of hiring
strike-breakers"; "The governor accused the militia of conscripting
schoolboys"; "The mayor accused the contractors of plotting to drain the
wetland"; "The ministry accuses the cartel of extortion in the port towns"
(examples rewritten in review76: the first set paraphrased record-set
sentences). Without this class the accused act took the
accusation's date (``speech``), a date of its sentence (``sentence``) or
the text's time line (``narrative``).

An accused *attack* is left alone: rule 3 of the same section dates a
claim about who did what in the day's fighting with that episode, and gold
does so ("accused the army of shelling the village" on the day of the
shelling). Counted on rec_a..rec_y before the rule (m42, matched events
whose trigger hangs on "accuse ... of", ``tools/date_cue_split.py``): accused acts typed
ASSAULT — gold undated 19, dated 30 (18 of them we dated right); every
other type — gold undated 12 (7 of which we dated), dated 4 (all four wrong
before the rule: a day off or undated). Measured (run c1 of the branch):
date +6 / -0, all own, in five sets (f, g, s, u, x); the two left dated
take their date from an expression the parse hangs on the accusation
("accused the group last month of recruiting").
A date of the act's own words is kept (``explicit``: "accused them of
seizing the island in 2019"; or a relative expression that hangs on the
act, review76: "accused Lima of having occupied the island a week
later"); so is a charge ("is accused of", "the man accused of"), which
:mod:`eventwire.stages.time.charge_content` dates.
A later conjunct of the accused act is its content too ("of massing
troops and seizing a customs post", "of dredging the river and building
a base there"; review76).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.nlp.spans import first_conjunct
from eventwire.stages.time.charge_content import ACCUSE, CONTENT_DEPS
from eventwire.stages.time.governing import undate_unless_own_words

CONTENT_PREP = "of"
# "accused X of trying to seize", "of preparing to invade", "of plotting to ..."
INFINITIVE_DEPS = {"xcomp"}
ATTACK = "ASSAULT"
KEPT_ANCHORS = {"explicit"}
MAX_HOPS = 2


def _accuser(prep: Token) -> bool:
    """The preposition "of" on the verb "accuse" of an accuser who names the
    accused as its object ("accused Peru of", "accuses the army of"; the
    parser may hang it on the object: "accused [the militia [of]]", or join
    a second "of" to the first: "of recruiting children and of trying"),
    not the participle of a charge ("the man accused of", "is accused of")."""
    if prep.lower_ != CONTENT_PREP:
        return False
    while prep.dep_ == "conj" and prep.head.dep_ == "prep" and prep.head != prep:
        prep = prep.head
    head = prep.head
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() == ACCUSE \
        and any(c.dep_ == "dobj" for c in head.children)


def accused_content(trigger: Token) -> bool:
    """The trigger is the act an accuser charges another with: the object
    of that "of" (a verb or a noun), an infinitive under it ("of trying
    to seize"), or a later conjunct of either ("of massing troops and
    seizing a customs post": review76)."""
    cur = first_conjunct(trigger)
    for _ in range(MAX_HOPS):
        if cur.dep_ in CONTENT_DEPS:
            return cur.head.dep_ in ("prep", "conj") and _accuser(cur.head)
        if cur.dep_ not in INFINITIVE_DEPS or cur.head == cur:
            return False
        cur = cur.head
    return False


def undate_accused_conduct(doc: Doc, events: list[EventMention]) -> None:
    """Leave an accused act that is not an attack, with no date of its own
    words, undated (module docstring)."""
    undate_unless_own_words(doc, events, accused_content,
                            skip=lambda e: e.time.anchor in KEPT_ANCHORS or e.type == ATTACK)
