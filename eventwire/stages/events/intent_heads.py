"""Announced acts and their intent words, for the events component
(split from component.py along this seam, thirty-fourth session): which
intent word carries an announced act's type ("vowed to punish"), which
token's tense and mood announce a nominal act ("will give [a grant]"), and
the readiness adjective that is an offer's trigger ("stood ready to send").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.intent import intent_head, intent_type
from eventwire.stages.events.lexicon_candidates import Candidate
from eventwire.stages.events.offered_help import READINESS_WORDS


def merge_intent_heads(cands: list[Candidate], verbs: dict[int, Candidate]
                        ) -> tuple[dict[int, tuple[str, str]], set[int], set[int]]:
    """"vowed to punish", "offered to help": when the intent word is itself a
    trigger, it carries the announced type and the announced act is no
    separate event; an announced protest is the other way round ("promised
    to remain on the streets": the PROTEST, no promise; docs/annotation.md).
    Returns (head index -> new type and rule, skipped, the protests' heads)."""
    merged: dict[int, tuple[str, str]] = {}
    skipped: set[int] = set()
    protest_heads: set[int] = set()
    for cand in cands:
        if cand.nominal:
            continue
        head = intent_head(cand.token)
        if head is None or head.i not in verbs:
            continue
        if cand.type == "PROTEST" and intent_type(cand.token, cand.type) is None:
            protest_heads.add(head.i)  # "promised to return to the streets": the protest
            continue
        retyped = intent_type(cand.token, cand.type)
        if retyped is not None:
            merged[head.i] = retyped
            skipped.add(cand.token.i)
    return merged, skipped | protest_heads, protest_heads


def intent_host(cand: Candidate, verbs: dict[int, Candidate]) -> Token:
    """The token whose tense and mood announce the event: the trigger, or for
    a noun the plain verb it is the object of ("will give [a grant]")."""
    tok = cand.token
    if cand.nominal and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
            tok.head.i not in verbs:
        return tok.head
    return tok


def readiness_word(host: Token) -> Token | None:
    """**Readiness is the offer** (docs/annotation.md: "was ready to hold
    talks", "stood ready to send rescuers if asked", "willing to resign"):
    the adjective that announces the act is the AGREE (or THREATEN) event's
    trigger, not the announced act."""
    head = intent_head(host)
    if head is None or head.pos_ != "ADJ" or head.lower_ not in READINESS_WORDS:
        return None
    return head
