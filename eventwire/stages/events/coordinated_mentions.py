"""Class *a first conjunct the parse hung as a modifier* (actors26).

In "Sudan's army, RSF sign ceasefire deal", "Kyrgyz, Tajik presidents sign
border treaty" or "Ethiopian Prime Minister Abiy Ahmed and Somaliland leader
Muse Bihi Abdi signed a memorandum" the parser makes the last name the
subject and hangs the first party from it as a modifier (``nmod``,
``npadvmod``, ``dep``) instead of a conjunct, so ``reciprocal._coordinated``
finds no co-actor and the second party became the actor of a joint act
(docs/annotation.md, "Reciprocal actors": actor = first conjunct, recipient
= second). Read from the mentions instead of the parse: an actor mention
inside the subject's phrase that ends right before the actor, with only a
comma or "and" between them (and at most a few title words opening the
actor's own phrase: "and Somaliland leader Muse Bihi Abdi"), is a conjunct.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention, Span
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import doc_index
from eventwire.stages.actors.states import place_name
from eventwire.stages.events.mention_lookup import is_actor, resolved

JOINERS = (",", "and", ", and")
# words of the actor's own phrase that may stand between the joiner and the
# mention ("and [Somaliland leader] Muse Bihi Abdi"): titles and modifiers
TITLE_POS = ("PROPN", "NOUN", "ADJ")
MAX_TITLE_WORDS = 3
# how a headline's first name hangs from the verb when it is no conjunct
STRAY_DEPS = ("dep", "npadvmod", "nmod", "nsubj", "amod")  # "[Indian], Chinese troops clash"
STRAY_POS = ("PROPN", "ADJ")
# the same joiner read from the sentence's text (set_reciprocal has no Doc)
JOINED_TEXT = re.compile(r"^\s*(?:,\s*and|,|and)\s+(?:[\w.-]+\s+){0,3}$")


def _joined(doc: Doc, end: int, start: int) -> bool:
    """Only a joiner, then at most a few title words, between ``end`` and ``start``."""
    between = doc.char_span(end, start, alignment_mode="expand")
    if between is None:
        return False
    words = [t for t in between if not t.is_space]
    if not words or words[0].lower_ not in ("and", ","):
        return False
    rest = words[2:] if len(words) > 1 and words[0].text == "," and words[1].lower_ == "and" \
        else words[1:]
    return len(rest) <= MAX_TITLE_WORDS and all(t.pos_ in TITLE_POS for t in rest)


def _phrase_start(subject: Token) -> int:
    """Where the subject's phrase starts, with a stray name the parse hung
    from the verb just before it ("[Kyrgyz], Tajik presidents sign": ``dep``)."""
    left = subject.left_edge
    strays = [c for c in subject.head.children
              if c.dep_ in STRAY_DEPS and c.i < left.i and c.pos_ in STRAY_POS]
    return min([left.idx] + [c.left_edge.idx for c in strays])


def first_conjuncts(doc: Doc, subject: Token, actor: ActorMention) -> list[ActorMention]:
    """The actor mention coordinated before ``actor`` inside the phrase of
    ``subject`` that the parse did not mark as a conjunct: of the mentions
    there, the one ending closest before the actor with only a joiner (and
    the actor's title words) between them."""
    left = _phrase_start(subject)
    if left >= actor.start:
        return []
    mentions = get_list(doc, "actor_mentions")
    before = sorted((i for i in doc_index(doc, "actor_mentions").within(left, actor.start)
                     if mentions[i].rule != "pronoun"), key=lambda i: -mentions[i].end)
    for i in before:
        if _joined(doc, mentions[i].end, actor.start):
            found = _shared_head(doc, resolved(mentions, i), actor)
            return [found] if is_actor(found) else []
    return []


def _shared_head(doc: Doc, found: ActorMention, actor: ActorMention) -> ActorMention:
    """A bare demonym coordinated with a phrase's modifier shares its head
    noun ("[Indian], Chinese troops clash": Indian troops, the troops'
    sectors) when it has no sector of its own. A demonym is an adjective,
    or a word tagged as a name that names no place ("Kyrgyz", "Malian" in
    headlines are PROPN; "Kenya" is a place and stands for its state)."""
    span = doc.char_span(found.start, found.end)
    if found.sectors or not actor.sectors or span is None or len(span) != 1 \
            or span[0].pos_ != "ADJ" and (span[0].pos_ != "PROPN" or place_name(found)):
        return found
    return replace(found, sectors=list(actor.sectors))


def joined_in(sentence: Span, first: ActorMention, second: ActorMention) -> bool:
    """Whether two mentions of the sentence are two parties coordinated by a
    joiner ("Abiy Ahmed and Somaliland leader Muse Bihi Abdi"), not one
    joint actor's modifier ("Somali and AU troops": one mention)."""
    lo, hi = first.end - sentence.start, second.start - sentence.start
    return 0 <= lo <= hi <= len(sentence.text) and bool(JOINED_TEXT.match(sentence.text[lo:hi]))
