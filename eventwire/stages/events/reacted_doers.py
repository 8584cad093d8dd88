"""Class *a reaction to another party's act takes that act's doer* (issue
#12, branch recip51; docs/annotation.md "Questions decided (relabel59)").

A reaction -- condemning, calling it a name, welcoming, backing,
rejecting, denying, appealing, a court suspending -- told in a clause that
hangs on the act it reacts to has the act's doer as recipient, when the
sentence names that doer:

* **a summarising apposition** (:data:`SUMMARY_NOUNS`): "Quito closed the
  border, a move Lima called reckless", "the board raised fares, a step the
  unions denounced", "(in) a decision the company is appealing", "an attack
  condemned by the UN" -- the noun "move" / "step" / "decision" stands for
  the clause it is set beside, whose subject did the act;
* **a relative "which" standing for the act**: "the council dissolved the
  assembly, which the bloc condemned" -- the relative hangs on the act's
  last noun, and the doer is the subject of the clause that noun is in.

The possessive and by-phrase forms ("welcomed Oslo's decision", "rejected a
plan by the opposition") are already the verb side's
(``verb_roles._possessor_of_act``). Near misses left to the other rules: a
passive act with no agent ("Ruiz was held, a move his lawyers called
persecution": no doer named), the reaction's own actor as the act's doer
("the ministry banned X, a decision it defended"), a relative whose
pronoun is the reaction's subject ("a lawyer who criticised it"), a doer
named only in an earlier sentence (undecided in the guide).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.mention_lookup import child, pobj
from eventwire.stages.events.participants import actor_mention
from eventwire.stages.events.verb_roles import subject_of

# nouns that sum up a clause's act when set beside it
SUMMARY_NOUNS = frozenset({
    "move", "step", "decision", "ruling", "order", "charge", "claim", "allegation",
    "accusation", "offer", "proposal", "plan", "measure", "action", "act", "announcement",
    "statement", "remark", "demand", "request", "threat", "deal", "incident", "attack",
    "initiative", "intervention", "closure", "ban", "verdict", "policy",
    "development", "gesture", "manoeuvre", "maneuver", "bid", "tactic", "assertion",
    "accusations", "allegations", "claims", "charges", "measures", "actions", "steps"})
# how a summarising noun hangs beside its clause (parses vary)
BESIDE_DEPS = frozenset({"appos", "npadvmod", "advmod", "dobj", "attr", "oprd", "dep"})
# nouns that sum up what was said: the saying, not the reported clause, is the act
# ("the mayor said the union had lied, a claim the union denied": the mayor)
SAYING_NOUNS = frozenset({"claim", "claims", "charge", "charges", "allegation",
                          "allegations", "accusation", "accusations", "assertion"})
# how a reaction verb inside the relative reaches the relative's verb
UP_DEPS = frozenset({"xcomp", "ccomp", "oprd", "acomp", "attr", "dobj", "advcl"})
# "in a move Z condemned" (not "said in a statement that ...")
IN_NOUNS = frozenset({"move", "step", "decision"})
# how a noun hangs from the verb whose act it is part of
NOUN_UP_DEPS = frozenset({"dobj", "pobj", "prep", "nsubj", "attr", "dative", "appos",
                          "compound", "conj", "npadvmod"})
# the reactions' PLOVER types (the relabel59 gold: REJECT, ACCUSE, SUPPORT); an
# AGREE or a force told in such a relative is no reaction ("the deal, which
# both sides signed in 2015")
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
RELATIVE_SUBJECTS = frozenset({"who", "that", "which", "whom"})
# a clause that itself only judges a thing does not make it: in "praised the
# report, which critics condemned" the report's author is unnamed
JUDGING_LEMMAS = frozenset({
    "praise", "welcome", "criticise", "criticize", "condemn", "reject", "denounce", "back",
    "support", "endorse", "hail", "slam", "call", "describe", "deny", "dismiss", "read",
    "cite", "review", "see", "receive", "study", "discuss", "question", "oppose", "accept"})


def _relative_verb(trigger: Token) -> Token | None:
    """The relative or participle clause the reaction is told in ("a move
    Z called *hostile*", "a decision Z said it would *contest*")."""
    cur = trigger
    for _ in range(3):
        if cur.dep_ in ("relcl", "acl"):
            return cur
        if cur.dep_ not in UP_DEPS or cur.head == cur:
            return None
        cur = cur.head
    return cur if cur.dep_ in ("relcl", "acl") else None


def _reacts_to_head(clause: Token) -> bool:
    """The relative's head noun is what the reaction acts on, not its doer:
    no relative pronoun subject ("a lawyer who criticised it"), and a
    participle is a passive one ("an attack condemned by the UN")."""
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN"
    subj = child(clause, {"nsubj"})
    return subj is None or subj.lower_ not in RELATIVE_SUBJECTS


def _which_relative(clause: Token) -> bool:
    """", which Z condemned": a comma-set relative whose pronoun is the
    object of the reaction."""
    which = next((c for c in clause.children if c.lower_ == "which"
                  and c.dep_ in ("dobj", "nsubjpass", "pobj")), None)
    return which is not None and which.i > 0 and clause.doc[which.i - 1].text == ","


def _set_off(phrase: Token) -> bool:
    """A summarising phrase is set off by a comma (", a move …", ", in a
    move …"); a plain object ("appeal the ruling, which …") is the verb's own."""
    start = phrase.left_edge.i
    return start > 0 and phrase.doc[start - 1].text in (",", "--", "—", "–")


def _plain_thing(head: Token) -> bool:
    """A "which" stands for the clause's act only after a common noun that
    is neither the clause's subject, a name ("the UAE, which it accuses of
    …": the party itself) nor an act of its own ("appeal the ruling, which
    its president called …": the ruling's doer is not named)."""
    return head.pos_ == "NOUN" and head.dep_ != "nsubj" and not head.ent_type_ \
        and head.lemma_.lower() not in SUMMARY_NOUNS and head.lower_ not in SUMMARY_NOUNS


def _act_verb(noun: Token) -> Token | None:
    """The verb of the clause the noun is part of, climbing noun links."""
    cur = noun
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("amod", "compound"):
            return cur
        if cur.dep_ not in NOUN_UP_DEPS or cur.head == cur:
            return None
        cur = cur.head
    return None


def _summarised_verb(clause: Token) -> Token | None:
    """The act clause a summarising noun or a "which" relative stands for."""
    head = clause.head
    if head.lemma_.lower() in SUMMARY_NOUNS or head.lower_ in SUMMARY_NOUNS:
        beside = head.dep_ in BESIDE_DEPS or (head.dep_ == "pobj" and head.head.lower_ == "in"
                                              and head.lower_ in IN_NOUNS)
        if not beside or not _set_off(head.head if head.dep_ == "pobj" else head):
            return None
        anchor = head.head.head if head.dep_ == "pobj" else head.head
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else _act_verb(anchor)
        if verb is not None and verb.dep_ == "ccomp" and head.lower_ in SAYING_NOUNS:
            return verb.head  # the parse hung "a claim" on the reported clause
        return verb
    if clause.dep_ == "relcl" and _which_relative(clause) and _plain_thing(head):
        verb = _act_verb(head)
        return None if verb is None or verb.lemma_.lower() in JUDGING_LEMMAS else verb
    return None


def act_doer(verb: Token) -> Token | None:
    """Who did the act: the subject, or a passive's by-agent; a passive
    with no agent names no doer."""
    if child(verb, {"nsubjpass"}) is not None or child(verb, {"auxpass"}) is not None:
        return pobj(verb, {"by"})
    return subject_of(verb)


def reacted_doer(doc: Doc, trigger: Token, kind: str | None,
                 actor: ActorMention | None) -> ActorMention | None:
    """The doer of the act a reaction in a summarising apposition or a
    "which" relative reacts to; None when the sentence names none or the
    doer is the reaction's own actor."""
    if kind not in REACTION_TYPES:
        return None
    clause = _relative_verb(trigger)
    if clause is None or not _reacts_to_head(clause):
        return None
    verb = _summarised_verb(clause)
    if verb is None or verb == clause or verb in clause.subtree:
        return None
    doer_tok = act_doer(verb)
    if doer_tok is None or doer_tok in clause.subtree or doer_tok.pos_ not in (
            "NOUN", "PROPN", "PRON"):
        return None
    doer = actor_mention(doc, doer_tok)
    if doer is None or _same(doer, actor):
        return None
    return doer


def _same(doer: ActorMention, actor: ActorMention | None) -> bool:
    """The reaction's own actor is no recipient of its own act."""
    if actor is None:
        return False
    if doer.start < actor.end and actor.start < doer.end:
        return True
    return bool(doer.actor_id) and doer.actor_id == actor.actor_id
