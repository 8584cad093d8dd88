"""Class *a stated readiness or offer* (issue #12, branch dates33): "ready
to" tells a standing disposition and "offered to" a speech act, neither a
dated happening, so the guide leaves them undated unless the text dates the
readiness or the offer itself.

"The strikers said they were ready to return to the mines", "The bloc
stood ready to send observers", "The church remains ready to broker a
truce", "'Our engineers are ready to rebuild the bridge,' the governor
said"; "The African Union offered to host talks", "China offered emergency
aid", "the leader offers to resign":
the annotation guide labels offers and readiness AGREE, and rule 1 of
"Event dates" leaves a speech act, or a statement's content, with no time
expression of its own ``null``. Without this class the event took the
text's time line, the story's day or the publication day (the undated
model reads it as a past act of the narrative).

Counted on rec_a..rec_x before the rule (matched events whose trigger is
"ready", run c1 of this branch): gold leaves 20 of 21 undated; we dated 10
of them, in nine sets (d, e, g, h, i, n, q, t, w), all from the time line,
the story's day or a clause's date (``narrative`` / ``sentence`` anchors);
the one gold date ("said this month that Lebanon was ready") is the
saying's own date (``speech``). The verb "offer": gold leaves all 27
matched events undated; we dated 9, in eight sets (q, r, s, t, u, v, w, x),
from the time line, the story's day or the publication day. A date of the
event's own words (``explicit``: "offered on Monday to mediate") or of the
saying that states it (``speech``) is kept.

"willing to" and "prepared to" are the same disposition ("the government
was willing to negotiate", "the garrison was prepared to withdraw"; review66:
gold leaves all four such matched events of rec_a..rec_x undated, three
sets); the words are the events stage's ``READINESS_WORDS``, kept there once.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, TimeValue
from eventwire.stages.events.offered_help import READINESS_WORDS
from eventwire.stages.time.governing import token_at

OFFER = "offer"
OWN_ANCHORS = {"explicit", "speech"}


def readiness(trigger: Token) -> bool:
    """The trigger is a predicative adjective of readiness, "ready",
    "willing" or "prepared" (of "be", "stand", "remain" ...: the events
    stage's ``READINESS_WORDS``, which make it the offer's trigger), not the
    verb "ready" ("troops readied the guns"), or the
    verb "offer" ("offered to mediate", "offers to resign"), not the noun
    ("rejected the offer": the event a noun names may be told again, dated)."""
    if trigger.pos_ == "ADJ":
        return trigger.lower_ in READINESS_WORDS
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() == OFFER


def undate_readiness(doc: Doc, events: list[EventMention]) -> None:
    """Leave a stated readiness or offer with no date of its own undated, whatever an
    earlier pass gave it (module docstring)."""
    for event in events:
        if event.time.value is None or event.time.anchor in OWN_ANCHORS:
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None and readiness(trigger):
            event.time = TimeValue(anchor="unknown")
