"""Class *the venue of a report* (place34, docs/BENCHMARKS.md "place34").

A locative phrase on a verb of reporting (any verb that introduces
someone's words: "said", "claimed", "confirmed", "denied") says where the
report was made, not where the material act it reports happened: "the interior minister
told reporters in Mombasa that police had arrested 40 looters", "a
regional army spokesman said in Kandahar that soldiers killed six
insurgents", "soldiers fought the gunmen again at dawn, a police spokesman
told reporters in Kisumu", "the mayor said at a news conference in Tucson
that police had detained nine men". The event-place rules place an
event by any place of a clause that governs it (``event_place._governs``);
for such a place that clause is the report, so the act is left to its own
words (or the dateline).

Only the reporting verb's own phrase ("said in X", "told reporters in X",
"said at a news conference in X") is read: a place on the speaker
("police in Tamale said", ``place_scope.speaker_seat`` decides verbal acts
there) is not this class. A verbal act of the speaker ("'we reject these
claims,' the minister told reporters in Lusaka", ``place_scope.VERBAL_TYPES``)
is made where it is said, and keeps the place (``place_scope.speech_venue``
is the participle twin: "speaking in Gulu, the minister accused"). A
locative before the verb sets the scene of the whole sentence ("In Kabul,
officials said ...", "Among supporters in Kano, witnesses said ...") unless
it is the briefing's ("At a news conference in Juba, the spokesman said").

An act the report itself puts where the speaker stands ("'gunmen stormed
the checkpoint here,' the governor told reporters in Kandahar", "said in
Tucson that police had arrested nine men here", "burned two markets in this
city, the bishop told journalists in Goma") is at the venue: a deictic
"here" or "this <noun>" on the act keeps the place (``DEICTIC``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import EventMention
from eventwire.nlp.cues import default_cues
from eventwire.stages.geo.place_scope import SCENE_PREPS, VARIANTS, verbal_act

# every verb that introduces someone's words ("said", "claimed", "confirmed",
# "denied", "tweeted in X that"), not only factuality's neutral reporting_verbs
REPORTING = default_cues().words("speech_verbs")
# the occasion of a report ("at a news conference in X", "at a briefing in X")
BRIEFINGS = {"conference", "briefing"}
# the hearers of a report whose own locative is the report's venue
# ("told reporters in Mombasa", "said at a news conference in Tucson")
HEARERS = default_cues().words("press_audience") | {"lawmaker", "parliament"} | BRIEFINGS
HOPS = 4
# how a reported act hangs on the report: its content clause ("said in X
# that troops had ...", "..., he told reporters in X"), never the report's
# object or subject ("announced the arrests in X": the arrests are the report)
CONTENT_DEPS = {"ccomp", "parataxis"}
# the speaker's own spot named inside the reported act ("here", "in this city")
DEICTIC = "here"
DEICTIC_DET = "this"


def report_verb(place: Token) -> Token | None:
    """The reporting verb whose own locative phrase holds ``place`` (the
    head of the place's phrase): "said in X", "told reporters in X", "said
    at a news conference in X"; else None. The verb has its speaker as
    subject: a passive "violence was reported in X" places what is
    reported there. ``report_venue`` also wants the phrase after the verb
    or inside a fronted briefing (``_after_or_briefing``)."""
    if place.dep_ != "pobj" or place.head.lower_ not in SCENE_PREPS:
        return None
    cur = place.head.head
    for _ in range(HOPS):
        if cur.pos_ in ("VERB", "AUX"):
            spoken = cur.lemma_.lower() in REPORTING and any(
                c.dep_ == "nsubj" for c in cur.children)
            return cur if spoken else None
        if cur.lemma_.lower() not in HEARERS and cur.pos_ != "ADP":
            return None
        cur = cur.head
    return None


def report_venue(place: Token, trigger: Token, event: EventMention) -> bool:
    """The place is the venue of a report that governs a material act
    (module docstring): it does not place the act."""
    if not VARIANTS["report_venue"] or verbal_act(event.type, event.rules):
        return False
    verb = report_verb(place)
    return verb is not None and _after_or_briefing(place, verb) and \
        _content_of(trigger, verb) and not _deictic(trigger)


def _after_or_briefing(place: Token, verb: Token) -> bool:
    """The phrase follows the verb ("said in X"), or, fronted, names the
    briefing ("At a news conference in X, the minister said"): a bare
    fronted locative ("In Kabul, officials said") or one on an audience
    ("Among supporters in Kano, witnesses said") sets the scene of the
    whole sentence."""
    return verb.i < place.i or place.head.head.lemma_.lower() in BRIEFINGS


def _deictic(trigger: Token) -> bool:
    """The act's own words put it where the speaker stands: "here" or a
    locative "in this city" on the trigger."""
    for c in trigger.children:
        if c.lower_ == DEICTIC:
            return True
        if c.dep_ == "prep" and c.lower_ in SCENE_PREPS and any(
                o.dep_ == "pobj" and any(d.lower_ == DEICTIC_DET for d in o.children)
                for o in c.children):
            return True
    return False


def _content_of(trigger: Token, verb: Token) -> bool:
    """The trigger lies in a content clause of ``verb`` (``CONTENT_DEPS``)."""
    cur = trigger
    while cur.head != cur and cur.head != verb:
        cur = cur.head
    return cur.head == verb and cur != verb and cur.dep_ in CONTENT_DEPS
