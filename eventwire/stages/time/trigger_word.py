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
from eventwire.nlp.spans import expand_root
from eventwire.stages.time.governing import token_at

PREMODIFIER_DEPS = {"compound", "amod", "nmod", "nummod"}


def trigger_word(doc: Doc, trigger: CharSpan) -> Token | None:
    """The word of ``trigger`` the time stage reads: its head noun for a
    multiword event noun, else its first word."""
    first = token_at(doc, trigger.start)
    # the root of the expand-aligned span, kept per trigger (speed58)
    root_i, start, end = expand_root(doc, trigger.start, trigger.end)
    if first is None or end - start < 2:  # no span: (-1, 0, 0)
        return first
    root = doc[root_i]
    if root_i == first.i or first.dep_ not in PREMODIFIER_DEPS \
            or not start <= first.head.i < end or root.pos_ not in ("NOUN", "PROPN"):
        return first
    return root
