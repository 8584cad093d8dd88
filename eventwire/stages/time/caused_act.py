"""Class *the act a dated cause brought about* (issue #12, branch dates36).

A past act that pushed someone into another act is told with a causative
verb and a to-infinitive:

* "Last month, students stormed the embassy, prompting London to expel
  the envoy" — the expulsion is last month's;
* "In March 2018, mass protests forced the premier to resign" — the
  resignation is March 2018's;
* "The gunboat fired warning shots, forcing the smugglers to surrender" —
  the surrender is the day of the shots.

The infinitive has no tense or date of its own, so the earlier steps leave
it undated; the guide dates it with its cause (the act told, not a plan).
An undated event whose trigger is such an infinitive takes the date of the
cause: the causative verb's own event, else the act it hangs on (a
participle clause "…, prompting X to V" or a coordinated "and forced X to
V"), else an event named in its subject ("weeks of strikes forced …"). Only a causative
in the past (a past tense, a perfect or a participle clause), never one
with a modal or a future ("will force them to quit", "could prompt X to
leave") nor a present progressive ("donors are pressuring the junta to
release them": pressure still going on, its act not yet done; review86),
and only a cause that happened (asserted or reported) with a date of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.stages.time.act_kinds import happened
from eventwire.stages.time.governing import token_at

CAUSATIVE_LEMMAS = {"prompt", "force", "compel", "push", "spur", "lead", "cause", "drive",
                    "oblige", "pressure"}
PAST_TAGS = {"VBD", "VBN", "VBG"}
HOST_DEPS = {"advcl", "conj", "xcomp", "ccomp"}  # the participle / conjunct hangs on the act


def causative_of(trigger: Token) -> Token | None:
    """The past causative verb whose to-infinitive complement ``trigger`` is."""
    if trigger.tag_ != "VB" or not any(c.lower_ == "to" and c.dep_ == "aux"
                                       for c in trigger.children):
        return None
    cause = trigger.head
    if trigger.dep_ not in ("xcomp", "ccomp", "oprd") or cause.lemma_.lower() not in \
            CAUSATIVE_LEMMAS or cause.tag_ not in PAST_TAGS:
        return None
    if any(c.dep_ in ("aux", "auxpass") and _not_past(c, cause) for c in cause.children):
        return None
    return cause


def _not_past(aux: Token, cause: Token) -> bool:
    """A modal or future auxiliary, or the present "is"/"are" of a
    progressive ("are pressuring X to V"; "were forcing" stays past)."""
    return aux.tag_ == "MD" or aux.lower_ in ("will", "shall") or (
        cause.tag_ == "VBG" and aux.tag_ in ("VBZ", "VBP"))


def _hosts(cause: Token) -> list[Token]:
    """Where the cause's date is told, nearest first (module docstring)."""
    out = [cause]
    if cause.dep_ in HOST_DEPS and cause.head is not cause:
        out.append(cause.head)
    out.extend(t for c in cause.children if c.dep_ == "nsubj" for t in c.subtree)
    return out


def date_caused_acts(doc: Doc, events: list[EventMention],
                     background: Callable[[str | None], bool]) -> None:
    """Date each undated caused act with its cause's date."""
    by_start = {e.trigger.start: e for e in events}
    for event in events:
        if event.time.value is not None:
            continue
        trigger = token_at(doc, event.trigger.start)
        cause = causative_of(trigger) if trigger is not None else None
        if cause is None:
            continue
        for host in _hosts(cause):
            found = by_start.get(host.idx)
            if found is None or found is event:
                continue
            if found.time.value is not None and happened(found):
                event.time = replace(found.time, anchor="narrative",
                                     background=background(found.time.value))
            break
