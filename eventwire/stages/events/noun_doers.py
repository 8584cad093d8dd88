"""Where the doer of an act named by a noun stands outside the noun's own
phrase (issue #12, nounactors16); ``roles.noun_roles`` asks these when the
noun has no possessor, ``by``-phrase or agent modifier of its own.

* *who is behind an act*: "Belgrade was behind the attack", "the group
  was responsible for the bombing" (not "held X responsible for any new
  attack"), "his client had no role in the
  attacks", "the man had nothing to do with the killings" -- a predicate of
  responsibility names the (alleged or denied) doer as its subject;
* *a measure of an act*: "China began three days of exercises", "police
  began two hours of negotiations", "the sides will hold a new round of
  talks", "eight days of riots by angry youths" -- the act sits under a
  noun of duration or number, which carries the support verb (or the
  ``by``-phrase) the act itself would.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.spans import self_and_heads
from eventwire.stages.events.mention_lookup import child, pobj

# "had a role in", "denied any involvement in", "played a part in"
SHARE_NOUNS = {"role", "involvement", "part", "hand", "complicity", "responsibility"}
# nouns of a run of acts: "a wave of", "a series of" (aggregates.py reads them too)
RUN_NOUNS = frozenset({"series", "wave", "spate", "string", "rash", "spree", "flurry"})
# nouns that count or time an act: "three days of", "a new round of"
MEASURE_NOUNS = {"day", "night", "week", "month", "year", "hour", "round", "bout", "session",
                 "spell"} | RUN_NOUNS
# verbs whose subject does the measured act ("ended days of protests" is not one)
MEASURE_SUPPORT = frozenset({"begin", "start", "hold", "stage", "conduct", "launch", "carry",
                             "complete", "continue", "resume", "mount", "wage", "open",
                             "finish", "conclude"})
# the lemmatizer reads "staged" as "stag": the word forms, too (time.anaphora reads them)
STAGE_FORMS = frozenset({"staged", "stages", "staging"})


def does_measure(verb: Token, lemmas: frozenset[str] = MEASURE_SUPPORT) -> bool:
    """The verb is one of ``lemmas`` (by lemma, or "staged" by its form)."""
    return verb.lemma_.lower() in lemmas or ("stage" in lemmas and verb.lower_ in STAGE_FORMS)


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the nearest verb or copula at most three steps up."""
    for cur in self_and_heads(tok, 3):
        if cur.pos_ in ("VERB", "AUX") and (subj := child(cur, {"nsubj"})) is not None:
            return subj
    return None


def behind_act(noun: Token) -> Token | None:
    """Class *who is behind an act*: the subject of "be behind", "be
    responsible for", "have a role / no role in", "have nothing to do with".
    (Not the accused of "blamed X for the attack", "charged X with the
    murder": the record guide names X in some articles, none in more.)"""
    if noun.dep_ != "pobj":
        return None
    prep, host = noun.head, noun.head.head
    word = prep.lower_
    if word == "behind" and host.lemma_ == "be":
        return child(host, {"nsubj"})
    if word == "for" and host.lower_ == "responsible" and host.head.lemma_ == "be":
        return child(host.head, {"nsubj"})  # not "held X responsible for any attack"
    if word == "in" and host.lemma_.lower() in SHARE_NOUNS and host.dep_ == "dobj":
        return _clause_subject(host.head)
    if word == "with" and host.lower_ == "do" and \
            any(c.lower_ in ("nothing", "anything") for c in [host.head, *host.head.children]):
        return _clause_subject(host.head)
    return None


def measure_of(noun: Token) -> Token | None:
    """Class *a measure of an act*: the noun of duration or number an event
    noun hangs from by "of" ("three days of [exercises]"), or ``None``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head == prep:
        return None
    carrier = prep.head
    return carrier if carrier.lemma_.lower() in MEASURE_NOUNS else None


def measured_doer(carrier: Token, subject_of: Token | None, clause_lends: bool
                  ) -> Token | None:
    """The doer a measure noun brings: its own ``by``-phrase ("eight days of
    riots by youths"), else -- when ``clause_lends`` (the clause is not one
    about the act, ``not_the_doer``) -- ``subject_of``, the subject (found by
    the caller) of the support verb the measure is the object of."""
    agent = pobj(carrier, {"by"})
    if agent is not None or not clause_lends:
        return agent
    if carrier.dep_ == "dobj" and does_measure(carrier.head):
        return subject_of
    return None
