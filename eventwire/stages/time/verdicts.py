"""Class *a past verdict told in the passive* (issue #12, branch dates33): a
conviction, sentence or jailing told in the passive with no date of its own
is a recollection of the person's record, not a step of the dated story,
and the guide leaves it undated ("recollections: their own date or null").

"Okafor was convicted of arson and served six years", "The officer was
initially convicted of manslaughter but acquitted on appeal", "He was
sentenced to life for the bank robbery", "a former treasurer was later
jailed for embezzlement": the text gives the verdict no day, and the story it sits in
is about something else (an escape, a death in prison, a new trial). Without
this class the event took the text's time line, its sentence's other date
or the publication day.

Counted on rec_a..rec_x before the rule (matched events, run c2 of this
branch; passive "convicted" / "sentenced" / "jailed" outside the title line,
dated by neither its own words nor its saying, not in an "after" / "before"
/ "since" phrase): the rule undates 11 events gold leaves undated (8 on
real outlets' texts) in eight sets (g, h, j, m, n, o, s, w) and none gold
dates; two more stay wrong (gold gives the year of the verdict, which the
rules missed). Left alone: an own date ("was convicted Tuesday", "convicted
in June 1998": ``explicit``), a relation ("one day after being convicted":
the sentencing's day counts back), the active voice ("jurors convicted
him", "the court sentenced him on Monday": the story's act), the title line
(the day's news), and "charged" (gold dates a charge told with the arrest
it follows: counted +1 -2, not included), and a jailing the events stage
types COERCE rather than SANCTION: custody after an arrest ("police arrested
him on Monday; he was jailed without bail") is a step of the dated story,
not a verdict (review66; every event the rule undated on rec_a..rec_x was
SANCTION).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, TimeValue
from eventwire.nlp.extensions import title_end
from eventwire.stages.time.governing import token_at
from eventwire.stages.time.readiness import OWN_ANCHORS  # a date of its own words or saying

VERDICT_LEMMAS = {"convict", "sentence", "jail"}
VERDICT_TYPE = "SANCTION"  # a jailing typed COERCE is custody, a step of the story
CLAUSE_DEPS = {"acl", "relcl", "advcl", "pcomp"}
RELATIONS = {"after", "before", "since"}


def passive_verdict(trigger: Token) -> bool:
    """A verdict verb as a passive participle ("was convicted of", "a man
    sentenced to life"), not in an "after"/"before"/"since" phrase."""
    if trigger.tag_ != "VBN" or trigger.lemma_.lower() not in VERDICT_LEMMAS:
        return False
    passive = any(c.dep_ == "auxpass" for c in trigger.children) or trigger.dep_ in CLAUSE_DEPS
    related = trigger.head.lower_ in RELATIONS or any(
        c.dep_ == "mark" and c.lower_ in RELATIONS for c in trigger.children)
    return passive and not related


def undate_past_verdicts(doc: Doc, events: list[EventMention]) -> None:
    """Leave a passive verdict of the body with no date of its own undated
    (module docstring)."""
    first_break = title_end(doc)
    for event in events:
        if event.time.value is None or event.time.anchor in OWN_ANCHORS \
                or event.type != VERDICT_TYPE or 0 <= event.trigger.start < first_break:
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None and passive_verdict(trigger):
            event.time = TimeValue(anchor="unknown")
