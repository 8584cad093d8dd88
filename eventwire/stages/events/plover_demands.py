"""Class *a demand told as "Y must Z"* in PLOVER's view (actors27).

The record guide labels "X said Serbia must extradite him" as the
extradition with Serbia as actor and modality ``demanded`` (docs/annotation.md,
"Serbia must extradite Radoicic" COOPERATE `demanded`); PLOVER codes the
sentence as X's DEMAND on Y: the sayer is the source. So, in PLOVER's view
only (``actor_chooser.plover_source``, read by ``eval actors``), an act whose
clause carries an obligation ("must", "has to", "should") and hangs as the
content of a saying verb or of a noun of demand takes the subject of that
governing word as its source:

* "The ministry declared that China must drop its barriers" -> the ministry;
* "The President issued a reminder to Iraq that it must cooperate" -> the
  President (a noun's clause: the verb that governs the noun);
* "The forum stated that rich states must pay more" -> the forum.

Not a demand (review44): a perfect after the modal ("the gunmen must have
attacked", "the envoy should have met": an inference or a reproach), and an
adverbial clause of reason, condition or time ("because the rebels must
withdraw", "since it must repay"); and (mends27c) a clause governed by a verb
that is no saying, demanding, insisting or warning: a belief, knowledge or
finding reports no demand ("The rebels knew that the army must retreat", "The
court found that the ministry should pay", "Officials feared that the town
must be evacuated"). The verbs are the cue lists ``speech_verbs`` (say,
declare, insist, warn, urge, demand, ...), ``demand_verbs`` and
``threat_verbs``.

The record's own actor is left alone: this only chooses the PLOVER source.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.cues import default_cues
from eventwire.stages.actors.component import actor_at, resolve_mention

OBLIGATION_AUX = frozenset({"must", "should"})
# "has to", "have to": the verb "have" with an "xcomp" to the act
OBLIGATION_HAVE = frozenset({"have", "has", "had"})
CLAUSE_DEPS = frozenset({"ccomp", "acl", "advcl"})
# review44: "must have fled", "should have met": a perfect after the modal is
# an inference or a reproach about the past, no demand
PERFECT_AUX = frozenset({"have"})
# review44: an adverbial clause is a demand's content only when "that"
# introduces it (spaCy's "a reminder to Iraq that it must ..."), not a clause
# of reason, condition or time ("because the rebels must withdraw")
CONTENT_MARK = "that"
# mends27c: the verbs whose content clause can be a demand (saying,
# demanding, insisting, warning), from the shared cue lists
_CUES = default_cues()
DEMANDING_VERBS = (_CUES.words("speech_verbs") | _CUES.words("demand_verbs")
                   | _CUES.words("threat_verbs"))


def _obliged(trigger: Token) -> Token | None:
    """The verb heading the obligation clause the trigger is in, or None."""
    verb = trigger
    for _ in range(3):  # "must be ready to mediate": mediate -> ready -> be
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children):
            perfect = any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)
            return None if perfect else verb
        if verb.dep_ == "xcomp" and verb.head.lower_ in OBLIGATION_HAVE:
            return verb.head
        if verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _sayer(clause: Token) -> Token | None:
    """The subject of the word the obligation clause is the content of: a
    verb ("declared that ...") or, through a noun ("a reminder that ...",
    "its demand that ..."), the verb that governs the noun."""
    if clause.dep_ not in CLAUSE_DEPS:
        return None
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != CONTENT_MARK
                                      for c in clause.children):
        return None
    gov = clause.head
    through_noun = gov.pos_ in ("NOUN", "PROPN")
    if through_noun:
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    if not through_noun and gov.lemma_.lower() not in DEMANDING_VERBS:
        return None  # "knew that ...", "found that ...": no demand
    return next((c for c in gov.children if c.dep_ == "nsubj"), None)


def demanding_source(doc: Doc, event: EventMention) -> ActorMention | None:
    """The sayer of an obligation the event is told as (PLOVER's DEMAND
    source), or None when the event is not so told or the sayer is no
    actor mention."""
    span = char_span(doc, event.trigger.start, event.trigger.end, alignment_mode="expand")
    clause = None if span is None else _obliged(span.root)
    subject = None if clause is None else _sayer(clause)
    index = None if subject is None else actor_at(doc, subject)
    if index is None:
        return None
    sayer = resolve_mention(doc, index)
    return sayer if (sayer.country or sayer.sectors) else None
