"""Where the doer of an act named by a noun stands outside the noun's own
phrase (issue #12, nounactors16); ``roles.noun_roles`` asks these when the
noun has no possessor, ``by``-phrase or agent modifier of its own.

* *who is behind an act*: "Belgrade was behind the attack", "the group
  was responsible for the bombing" (not "held X responsible for any new
  attack"), "his client had no role in the
  attacks", "the man had nothing to do with the killings" -- a predicate of
  responsibility names the (alleged or denied) doer as its subject;
* *the one accused of an act* (actors41, the guide's "Actor decisions
  across the record sets"): "blamed the separatists for the bombing",
  "accused the navy of the sinking", "was charged with murder for the
  shootings", "the nurse accused of the poisonings", "accuses agents of a
  role in the killing" -- the one an accusing verb names is the doer of the
  act in its "for"/"of" complement (not "held X responsible for any new
  attack", not "accused X of failing to prevent the attack");
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
# verbs that name someone as the doer of an act in their for/of complement
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "indict"})
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
    responsible for", "have a role / no role in", "have nothing to do with";
    and class *the one accused of an act* (``accused_doer``)."""
    if noun.dep_ != "pobj":
        return None
    prep, host = noun.head, noun.head.head
    word = prep.lower_
    accused = accused_doer(prep)
    if accused is not None:
        return accused
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


def _accusing(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ACCUSING_VERBS


def _accused_of(verb: Token) -> Token | None:
    """Whom the accusing ``verb`` names: its object ("blamed the rebels"),
    the subject of its passive ("was charged"), the noun a reduced relative
    hangs on ("the man accused of")."""
    obj = child(verb, {"dobj"})
    if obj is not None:
        return obj
    if (subj := child(verb, {"nsubjpass"})) is not None:
        return subj
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return None


def accused_doer(prep: Token) -> Token | None:
    """Class *the one accused of an act*: ``prep`` ("for", "of", "in" after
    a share noun) opens an accusing verb's complement, hung on the verb, on
    its object ("blamed [the rebels for] the attack"), on the charge
    ("charged with [murder for] the shootings") or on a share noun
    ("accuses agents of a [role in] the killing"); the one accused."""
    word, host = prep.lower_, prep.head
    if word == "in" and host.lemma_.lower() in SHARE_NOUNS and host.dep_ == "pobj":
        word, host = "of", host.head.head  # "of a role in the killing"
    if word not in ("for", "of"):
        return None
    if _accusing(host):
        return _accused_of(host)
    if host.dep_ == "dobj" and _accusing(host.head):
        return host  # "blamed the rebels for ...": the prep hangs on the object
    if host.dep_ == "pobj" and host.head.lower_ == "with" and _accusing(host.head.head):
        return _accused_of(host.head.head)  # "charged with murder for ..."
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
