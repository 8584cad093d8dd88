"""Class *a multiword event noun is read at its head* (issue #12, branch
dates40).

An event named by a compound noun — "air strike", "hunger strike", "house
arrest", "arrest warrant", "phone call", "peace talks" — has a trigger span
whose first word is a pre-modifier of the last. The time stage read the
first word: "air" (a ``compound`` of "strike") is no object of the clause's
verb, so :func:`eventwire.stages.time.governing.hosts` found no clause to
carry it and the clause's own date never reached it ("carried out an air
strike on a rebel camp on Wednesday", "issued an arrest warrant for the
minister in January", "began a hunger strike on Thursday"): the undated
model decided instead. The census behind it (``tools/timex_position_census.py``)
counts the events whose sentence holds the date gold gives them, by the
date's position and by how the trigger's first word stands in its span.

The head is the span's syntactic root when the first word hangs inside
the span as a pre-modifier and the root is a noun. Left as they were: a
one-word trigger, a span that opens with its head ("strike on the camp"),
a verb phrase ("facing manslaughter charges", "bear the consequences":
the first word is the head) and a span whose root is not a noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import Span as CharSpan
from eventwire.nlp.arrays import char_span
from eventwire.stages.time.governing import token_at

PREMODIFIER_DEPS = {"compound", "amod", "nmod", "nummod"}


def trigger_word(doc: Doc, trigger: CharSpan) -> Token | None:
    """The word of ``trigger`` the time stage reads: its head noun for a
    multiword event noun, else its first word."""
    first = token_at(doc, trigger.start)
    span = char_span(doc, trigger.start, trigger.end, alignment_mode="expand")
    if first is None or span is None or len(span) < 2:
        return first
    root = span.root
    if root == first or first.dep_ not in PREMODIFIER_DEPS or first.head not in span \
            or root.pos_ not in ("NOUN", "PROPN"):
        return first
    return root
