"""Class *an act of anyone, or any new act* (issue #12, branch dates31).

An act told of an open, universal party names no occurrence, so the guide
leaves it undated: it is a warning's or a law's condition, whatever the
tense ("warned that anyone who attacked police stations would be dealt
with", "whoever attacks the police will pay for it", "anyone who joins
the illegal march will be arrested"); so is an event noun under "any" with
a word that looks ahead ("any further attack on our bases", "will respond
to any new incursion", "any fresh aggression"). Without this class such
an act took its sentence's date, the statement's day or the story's day.
The rules leave it ``unknown`` (:func:`undated_generic`, in
``anchoring.rule_time``) and :func:`undate_generic_acts` keeps it so after
the date ranker, which otherwise gives it its sentence's date again.

Counted in gold over rec_a..rec_v before the rule was written: the
relative or participle clause on anyone / anybody / everyone / whoever
holds 10 gold events, all undated; "any" + new / further / fresh 4, all
undated. A plain "any" is left alone: under a denial or a negation the
gold dates 3 of its 9 ("denied that any force had been used", "did not
take part in any abduction"), and so is "anyone" as a plain subject (2 of
2 dated: "denied that anyone had been hurt").

An act of anyone with a date of its own (review52: "whoever bombed the
market on Friday will pay", "police are hunting whoever set fire to the
mosque on Sunday night", "anyone who attacked the convoy on Monday will be
punished") is one occurrence whose doer is unknown: it keeps that date
(:func:`undated_generic`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, TimeValue, Timex
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import first_conjunct
from eventwire.stages.time.governing import timex_for, token_at

UNIVERSAL_PRONOUNS = {"anyone", "anybody", "everyone", "everybody", "whoever", "whomever"}
OPEN_MODIFIERS = {"new", "further", "future", "fresh", "renewed"}
CLAUSE_DEPS = {"relcl", "acl"}


def generic_act(trigger: Token) -> bool:
    """The trigger is told of anyone ("anyone who attacked", "whoever
    attacks") or is an event noun under "any" + a word that looks ahead
    ("any further attack")."""
    verb = first_conjunct(trigger)
    if verb.dep_ in CLAUSE_DEPS and verb.head.lower_ in UNIVERSAL_PRONOUNS:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("whoever", "whomever")
           for c in verb.children):
        return True
    kids = list(trigger.children)
    return any(c.dep_ == "det" and c.lower_ == "any" for c in kids) and any(
        c.dep_ == "amod" and c.lower_ in OPEN_MODIFIERS for c in kids)


def undated_generic(doc: Doc, trigger: Token, timexes: list[Timex]) -> bool:
    """A :func:`generic_act` with no date of its own ("whoever bombed the
    market *on Friday*" is one dated occurrence)."""
    return generic_act(trigger) and timex_for(doc, trigger, sent_of(trigger), timexes) is None


def undate_generic_acts(doc: Doc, events: list[EventMention], timexes: list[Timex]) -> None:
    """Leave every generic act with no date of its own undated, whatever a
    later pass gave it."""
    for event in events:
        if event.time.value is None:
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None and undated_generic(doc, trigger, timexes):
            event.time = TimeValue(anchor="unknown")
