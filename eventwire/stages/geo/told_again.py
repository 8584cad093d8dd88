"""The scene of an attack named again by a definite noun (place38).

The guide's place rules give a body mention that has no place of its own
the place the text gave that event (docs/annotation.md, "Places": "the
attack would not go unanswered" takes the attack's place; place12: the
sets agree for coreferent mentions). A *singular definite or possessed
noun of one violent incident* — "the attack", "the shooting", "this
bombing", "Saturday's ambush", "the missile strike" — refers back to an
incident the article has already told; when its sentence names no place
("The army denied carrying out the strike", "Police are investigating the
shooting", "The governor condemned the attack") it happened at that
incident's scene: the place of the last earlier attack the text placed
itself, below a country.

Not: a plural ("the killings", "the attacks": a series or a wider class,
which gold often leaves unplaced), a noun dated to a month or a year of
its own ("the July 2021 assassination", "the October 7 massacre", "the
killing of a clan leader last month": an earlier incident), a bare or indefinite noun ("an attack",
"attacks on shipping": a new or generic act), a verb ("gunmen shot two
guards": a new act of the story, not the incident named again), a noun the
rules placed (its own place wins), a headline mention (the guide places it
from the headline's words only), a scene given only by a country ("an
attack in Somalia" says no scene and ends the earlier one). Run last in
``component.EventPlacer`` so it only fills places no rule, chooser or
dateline decision gave. Flag ``told_again`` in ``place_scope.VARIANTS``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.arrays import char_span
from eventwire.stages.geo.place_scope import NATION_PRECISIONS, VARIANTS, scene_type

SCENE_TYPES = {"ASSAULT"}
STATED = {"trigger", "clause", "sentence", "scene"}
# nouns naming one violent incident (not "violence", "war", "fighting":
# a state, not an incident one can name again)
INCIDENT_NOUNS = {"attack", "shooting", "strike", "bombing", "killing", "clash", "raid",
                  "assault", "explosion", "blast", "ambush", "massacre", "abduction",
                  "kidnapping", "stabbing", "murder", "assassination"}
DEFINITE = {"the", "this", "that"}
# a date word inside the noun phrase dates another incident ("the July 2021
# assassination", "the October 7 massacre", "the killing ... last month");
# a weekday ("Saturday's shooting") is the story's own day
OTHER_PERIOD = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "month", "year"}
TOLD_AGAIN_CONFIDENCE = 0.4


def told_again_scenes(doc: Doc, events: list[EventMention], header: tuple[int, int]) -> None:
    """Class *an attack named again by a definite noun*: an ASSAULT whose
    trigger is a singular definite or possessed incident noun and that has
    no stated place (none, or the article's focus) takes the place of the
    last earlier ASSAULT placed below a country by the text."""
    if not VARIANTS["told_again"]:
        return
    last: PlaceMention | None = None
    for event in sorted(events, key=lambda e: e.trigger.start):
        if scene_type(event) not in SCENE_TYPES:
            continue
        place = event.place
        if place is not None and place.basis in STATED:
            last = None if place.precision in NATION_PRECISIONS else place
        elif last is not None and (place is None or place.basis == "focus") and \
                event.trigger.start >= header[1] and named_again(doc, event):
            event.place = replace(last, basis="scene",
                                  confidence=round(last.confidence * TOLD_AGAIN_CONFIDENCE, 3))


def named_again(doc: Doc, event: EventMention) -> bool:
    """The trigger is a singular incident noun with a definite determiner or
    a possessor ("the attack", "Saturday's shooting", "its raid")."""
    span = char_span(doc, event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span is not None and _definite_incident(span.root)


def _definite_incident(noun: Token) -> bool:
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in INCIDENT_NOUNS:
        return False
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                   for c in noun.children)
    return definite and not _dated(noun)


def _dated(noun: Token) -> bool:
    """A month, a year or a "month"/"year" word of a date inside the noun's
    phrase (its own date: another incident)."""
    return any(t.ent_type_ == "DATE" and (t.lower_ in OTHER_PERIOD or
                                          (t.like_num and len(t.text) == 4))
               for t in noun.subtree if t.i != noun.i)
