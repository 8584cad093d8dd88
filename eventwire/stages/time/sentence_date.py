"""The date a trigger's sentence gives (step 5 of
:mod:`eventwire.stages.time.anchoring`, split from it in split18).

When no expression governs a trigger, its sentence may still date it
("fired tear gas late on Tuesday to disperse people rallying"): the nearest
dated expression before the trigger, or one after it that the parse links
to the trigger. Not for a clause that has a time of its own: a relative
clause describing a noun, a verb in the present tense or the present
perfect; and not a date that belongs to another noun or to the crime a
verb of charging names. The anchoring rules and the relation and
anniversary rules use it to date the main clause they shift from.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import Timex
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import index_of
from eventwire.stages.time.adjuncts import frames_trigger, in_other_content
from eventwire.stages.time.clauses import in_other_noun_clause, in_set_off_clause_after
from eventwire.stages.time.governing import (
    charged_crime,
    end_point,
    in_content,
    in_sentence,
    is_dated,
    modifies_other_noun,
    timex_head,
)
from eventwire.stages.time.told_act import ongoing


def present_perfect(trigger: Token) -> bool:
    """Class *present perfect* (branch dates5): English does not combine the
    present perfect with a definite past time ("*has ordered on Monday"),
    so a date elsewhere in its sentence is another clause's: "Castillo was
    arrested that day, and a judge has since ordered him held", "troops
    took the town on Friday and have dug in". Only a date that governs the
    verb dates it."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") and c.tag_ != "VBD"
               for c in trigger.children)


def past_perfect(trigger: Token) -> bool:
    """The verb has a "had" auxiliary ("had agreed")."""
    return any(c.lower_ == "had" and c.dep_ == "aux" for c in trigger.children)


def _in_relative_clause(doc: Doc, trigger: Token, timexes: list[Timex]) -> bool:
    """The trigger's clause describes a noun ("an official it accused of
    spying", "groups that hosted her"): its time is its own, unless the noun
    is the date itself ("since Sept. 18, when militants attacked")."""
    cur = trigger
    for _ in range(6):
        if cur.dep_ == "relcl":
            head = cur.head
            return not index_of(doc, "timexes", timexes).containing(head.idx)
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _linked(a: Token, b: Token) -> bool:
    """One token is an ancestor of the other through no coordination:
    "arrested pirates who attacked a ship on Saturday" (linked), "blamed X
    and says it struck 11 days later" (not: "says" is a conjunct)."""
    for low, high in ((a, b), (b, a)):
        cur = low
        while cur.head != cur and cur.dep_ != "conj":
            cur = cur.head
            if cur == high:
                return True
    return False


def sentence_date(doc: Doc, trigger: Token, timexes: list[Timex],
                  skip: Timex | None = None) -> Timex | None:
    """The date the trigger's sentence gives: the nearest dated expression
    before the trigger; else the first after it that is linked to the
    trigger in the parse (a date after it in a coordinated clause belongs to
    that clause). A relative clause describing a noun has its own time, and
    so has a verb in the present tense (class *present statement or state*:
    "rejected it in October, although experts say ...", "Apple Corps claims
    that ... an agreement reached in 1991": the present is the time of
    writing, the date is another clause's), and so has a present of "be"
    before it (branch dates31: "the ministry is working with the WHO",
    "authorities are currently questioning the crew", "the area is being
    sealed off" take no date another clause of their sentence gives)."""
    if _in_relative_clause(doc, trigger, timexes) or ongoing(trigger) \
            or present_perfect(trigger):
        return None
    inside = [t for t in in_sentence(doc, sent_of(trigger), timexes)
              if t is not skip and is_dated(t) and t.value[:1] != "X"]
    before = [t for t in inside if t.start < trigger.idx and _free(doc, t, trigger)]
    if before:
        return before[-1]
    for t in (t for t in inside if t.start >= trigger.idx and _free(doc, t, trigger)):
        head = timex_head(doc, t)
        if head is not None and _linked(head, trigger) and not in_content(head, trigger) \
                and not in_set_off_clause_after(head, trigger):
            return t
    return None


def _free(doc: Doc, t: Timex, trigger: Token) -> bool:
    """A date earlier in the sentence may date the trigger unless it is
    another noun's (class *dated noun*: "rejected a 2016 peace deal") or
    another noun-describing clause's (:mod:`eventwire.stages.time.clauses`),
    unless that clause is a participle framing the trigger ("the bishop,
    addressing a rally on Sunday, condemned"), or the content of a statement
    the trigger is coordinated with
    ("announced on Wednesday that the border would stay closed until June,
    and accused": :mod:`eventwire.stages.time.adjuncts`)."""
    head = timex_head(doc, t)
    return head is None or not (modifies_other_noun(head, trigger) or end_point(head)
                                or (in_other_noun_clause(head, trigger)
                                    and not frames_trigger(head, trigger))
                                or in_other_content(head, trigger)
                                or charged_crime(doc, t, head, trigger))
