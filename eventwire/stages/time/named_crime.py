"""Class *a crime named with its victim takes the day the text gives it*
(issue #12, branch dates42).

Follow-up stories — riots after a police shooting, a trial, an arrest, a
vigil — name the crime they follow as a definite noun with its victim,
often before the text says when it happened:

* "Protesters enraged over the fatal shooting of a teenager poured into
  the streets on Wednesday. … The boy was killed on Saturday night";
* "A policeman has been charged over the killing of a student that
  sparked the riots. … The officer shot the youth on December 6";
* "A man confessed to the murder of a shopkeeper … He gunned her down on
  March 3".

The guide labels such a noun as the crime re-mentioned: it shares the
crime's cluster and date ("Re-mentions": a noun that tells a labelled event
again takes its date; background when more than seven days back). The
earlier steps gave it the date of the clause that carries it (the riots'
Wednesday, the charge's day), the story's day, or nothing: the clause's
date is the reaction's, not the crime's, and *event told again*
(:mod:`eventwire.stages.time.anaphora`) only looks back, while here the
crime's own date often comes later in the text.

The noun qualifies when it is a singular crime noun of killing or shooting
(``CRIME_NOUNS``) typed ASSAULT, definite or possessive, that names its
victim ("of" with an object) or is "fatal", and was not dated by its own
words (anchor ``explicit``: "the fatal shooting of a boy on Saturday
sparked riots" keeps its Saturday). It takes the date of the first act of
killing or shooting (``INCIDENT_LEMMAS``, ASSAULT) in a later sentence
that is dated by its own words and was done (asserted or reported), unless
an earlier sentence already tells an attack dated by its own words (then
the noun names that one again, *event told again* decides, and a later
dated killing is likely a recollection: "In 2019 a guard was shot dead at
the same station"). The date must not begin after the publication nor
after the date of the clause that carries the noun (the reaction's day,
anchor ``sentence`` or ``speech``; a date from the text's time line does
not bind). Left alone: a bare "the attack" or "the abduction" (often the
day's new act, with a recalled act's date later in the text), plurals
("the killings": a series), an indefinite noun ("a fatal shooting": a new
crime), a crime whose text gives no date, and a later killing told as
another crime ("In 2019, another broadcaster was shot dead", "in a separate
incident": review94).

Counted on the 30 development sets (m62 → this rule): date +9 / -0 (8
real, 1 own) and background +5 / -0 in 7 sets (c j l m n w y) — four real
stories (the Athens and Flatbush riots, a Brooklyn confession, a Vancouver
office-party shooting) and one own. A noun whose clause's day the earlier
steps read as its own ("blocked roads on Tuesday over the killing of ...",
anchor ``explicit``) is left alone: a widening for it moved no development
event (BENCHMARKS, dates42).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.stages.time.act_kinds import happened
from eventwire.stages.time.anaphora import definite_noun
from eventwire.stages.time.governing import token_at
from eventwire.stages.time.ranges import timex_range

CRIME_NOUNS = frozenset({"shooting", "killing", "murder", "slaying", "stabbing",
                         "assassination"})
INCIDENT_LEMMAS = frozenset({"kill", "shoot", "murder", "slay", "stab", "gun", "assassinate"}
                            | CRIME_NOUNS)
CRIME_TYPE = "ASSAULT"
# the noun's date came from the clause that carries it (the reaction's day):
# the crime it reacts to cannot be later; a time-line or story date says nothing
CLAUSE_ANCHORS = frozenset({"sentence", "speech"})
# words that tell a later killing as another crime than the one named ("In
# 2019, another broadcaster was shot dead", "In a separate incident, gunmen
# shot ..."): its date is not the named crime's (review94)
OTHER_CRIME = frozenset({"another", "separate", "separately", "similar", "previous"})


def names_victim(noun: Token) -> bool:
    """The noun names its victim ("the killing of a student") or is "fatal"."""
    return any((c.dep_ == "prep" and c.lower_ == "of"
                and any(g.dep_ == "pobj" for g in c.children))
               or (c.dep_ == "amod" and c.lower_ == "fatal") for c in noun.children)


def crime_noun(doc: Doc, event: EventMention) -> Token | None:
    """The event's trigger when it is a crime named with its victim that the
    earlier steps did not date by its own words (anchor ``explicit``:
    module docstring), else None."""
    if event.type != CRIME_TYPE or event.time.anchor == "explicit":
        return None  # "the fatal shooting of a boy on Saturday sparked riots": its own date
    trigger = token_at(doc, event.trigger.start)
    if trigger is None or trigger.tag_ != "NN" or trigger.lower_ not in CRIME_NOUNS:
        return None
    return trigger if definite_noun(trigger) and names_victim(trigger) else None


def _dated_act(other: EventMention) -> bool:
    """A done ASSAULT dated by its own words."""
    return other.type == CRIME_TYPE and other.time.anchor == "explicit" \
        and other.time.value is not None and happened(other)


def _another_crime(tok: Token) -> bool:
    """The act's sentence tells it as another crime ("another", "in a
    separate incident", review94)."""
    return any(t.lower_ in OTHER_CRIME for t in tok.sent)


def later_incident(doc: Doc, events: list[EventMention], trigger: Token) -> EventMention | None:
    """The first act of killing or shooting dated by its own words in a
    sentence after the noun's and not told as another crime; None when an
    earlier sentence already tells a dated attack (the noun then names
    that one again, or its date is not the text's to give here:
    :mod:`eventwire.stages.time.anaphora`)."""
    sent_start, sent_end = trigger.sent.start_char, trigger.sent.end_char
    acts = sorted((o for o in events if _dated_act(o)), key=lambda o: o.trigger.start)
    if any(o.trigger.start < sent_start for o in acts):
        return None
    for other in acts:
        tok = token_at(doc, other.trigger.start)
        if other.trigger.start >= sent_end and tok is not None \
                and tok.lemma_.lower() in INCIDENT_LEMMAS and not _another_crime(tok):
            return other
    return None


def _not_later(value: str, than: str | None) -> bool:
    """``value`` does not begin after ``than`` (a value or an ISO day)."""
    start, _ = timex_range(value)
    _, end = timex_range(than) if than else (None, None)
    return start is not None and (end is None or start <= end)


def date_named_crimes(doc: Doc, events: list[EventMention], published: date | None,
                      background: Callable[[str | None], bool]) -> None:
    """Give each crime named with its victim the date of the act of killing
    or shooting a later sentence dates (module docstring)."""
    for event in events:
        trigger = crime_noun(doc, event)
        found = later_incident(doc, events, trigger) if trigger is not None else None
        if found is None or found.time.value is None:
            continue
        value = found.time.value
        clause = event.time.value if event.time.anchor in CLAUSE_ANCHORS else None
        if value == event.time.value or not _not_later(value, clause) \
                or not _not_later(value, published.isoformat() if published else None):
            continue
        event.time = replace(found.time, anchor="narrative", background=background(value))
