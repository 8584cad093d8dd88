"""Class *the doer of a gerund hung one link below a passive or predicative
clause* (actors37): the surface subject of that clause does the gerund's
act, though the parse gives the gerund's verb no subject and the passive
verb is not the gerund's direct head.

* a passive gerund between ("was jailed after being convicted of stabbing
  his neighbour": the jailed one stabs);
* a passive conjunct between ("was shot and killed after pointing a rifle
  at officers": the one shot points);
* a predicative adjective between ("was found guilty of torching the
  depot", "a jury found her guilty of poisoning", "is guilty of beating");
* a charge noun between ("was charged with murder for shooting a
  guard", "was arrested on charges of bombing");
* a subordinated -ing clause on a passive verb ("was wounded while
  guarding the checkpoint", "was detained after throwing stones"): with
  "while", "after", "before", ... the nearest subject does the act, even
  a passive one and even with a ``by`` agent ("was shot by police while
  fleeing": the one shot flees). A free adjunct with no subordinator ("was
  shelled by the army, killing five") is ``free_adjuncts``' class: the
  agent does it.

``verb_roles._gerund_controller`` and ``verb_roles.subject_of`` ask these
after their own rules found no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import child
from eventwire.stages.events.passives import (
    passive_after,
    passive_controller,
    resolve_relative,
    shared_passive,
)

# the subordinators after which an -ing clause keeps its clause's subject
SUBORDINATORS = frozenset({"while", "whilst", "after", "before", "when", "since", "upon",
                           "on", "despite", "without", "until"})


def undergoer(verb: Token) -> Token | None:
    """The patient subject of a passive verb: its own passive subject, the
    subject of the clause a passive gerund modifies ("after being
    convicted"), or the subject a passive conjunct shares ("was shot and
    killed")."""
    subj = child(verb, {"nsubjpass"})
    if subj is not None:
        return resolve_relative(subj)
    if verb.dep_ == "pcomp":
        return passive_after(verb)
    if verb.dep_ == "conj":
        return shared_passive(verb)
    return None


def predicate_controller(adj: Token) -> Token | None:
    """A gerund after a predicative adjective ("guilty of", "responsible
    for"): the object the adjective is predicated of ("found him guilty",
    or the small clause's subject the parse makes of it), else the subject
    of its verb ("was found guilty", "is guilty")."""
    if adj.pos_ != "ADJ":
        return None
    own = child(adj, {"nsubj"})
    if own is not None:
        return resolve_relative(own)
    if adj.dep_ not in ("acomp", "oprd"):
        return None
    head = adj.head
    subj = (child(head, {"dobj"}) if adj.dep_ == "oprd" else None) or \
        child(head, {"nsubjpass", "nsubj"})
    return resolve_relative(subj) if subj is not None else None


def charge_controller(noun: Token) -> Token | None:
    """A gerund after a noun in a passive verb's prepositional phrase ("was
    charged with murder for shooting", "was held on charges of looting"):
    the passive verb's patient (not when the phrase is the ``by`` agent:
    "was defeated by a plan of cutting ...")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return passive_controller(prep.head, prep)


def subordinated_controller(gerund: Token) -> Token | None:
    """An -ing adverbial clause with a subordinator on a passive verb ("was
    wounded while guarding"): the passive verb's patient."""
    if gerund.dep_ != "advcl" or gerund.tag_ != "VBG":
        return None
    mark = child(gerund, {"mark", "prep"})
    if mark is None or mark.lower_ not in SUBORDINATORS or mark.i > gerund.i:
        return None
    head = gerund.head
    if head.tag_ != "VBN" or child(head, {"nsubj"}) is not None:
        return None
    return undergoer(head)
