"""The one who vows a sanction told in the passive (issue #12, actors39).

Class *the speaker of a reported passive threat with no agent*: a speaker
who announces what will be done to someone without saying who will do it
("anyone who loots will be prosecuted," the minister said; the governor
warned that the ringleaders would be hunted down; "violators can be
detained without a warrant," the army command said) vows the act, and the
labelling guide (Vows of justice; the twenty-eighth session's decision on
the passive threat) makes the one who vows its actor: the subject of the
nearest reporting or warning verb above the threatened act
(``consequences.warner``).

Only a THREATEN takes the vower (the caller gates on the event type): an
announced trial or release ("the suspects would be tried", "the crew would
be freed") keeps no actor. The act must be in the passive, under a modal of
the future, of obligation or of possibility (a vow, not a report of a past
threat: "denied that any farmer had been threatened" names a threat whose
doer is unknown), with no ``by`` agent ("would be punished by the courts":
the courts) and no denial above it ("denied that the men would be
punished" vows nothing). An active clause keeps its subject ("the army will
crush them": the army), which the other rules give.

The one threatened is a wrongdoer the sentence describes, not a group it
names: "anyone who", "whoever", "those responsible", "any unlawful
gathering", a noun with a relative clause ("strikers who blocked roads") or
a noun of wrongdoing ("the perpetrators", "looters"). An announced measure
on a named group ("the new arrivals would be detained", "46 of those held
would be deported", "the boats would be sunk": COERCE in the gold, no
actor) and a refusal ("we will not be intimidated", "the border will not be
closed": negated) are near-misses.

Class *a punishment vowed on a condition* (rules61, docs/annotation.md
relabel61 (b): "if the officers acted excessively, they will be punished"
THREATEN, the promiser the actor): a pronoun subject of the passive act is a
wrongdoer the sentence describes when an if- or unless-clause on the act
tells the wrong ("if the guards are found guilty, they will be jailed").
Not: a pronoun with no such clause ("they will be punished," said X after
naming the strikers: the group is named, not described).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.consequences import warner
from eventwire.stages.events.mention_lookup import child, pobj

# future, obligation and possibility: "will be arrested", "must be punished",
# "can be detained"
VOW_MODALS = {"will", "would", "shall", "must", "'ll", "wo", "can", "could", "may"}
# reporting verbs that vow nothing: a denial
DENIALS = {"deny", "dismiss", "reject"}
# a wrongdoer described, not named: "anyone who ...", "any unlawful gathering"
GENERIC = {"anyone", "anybody", "whoever", "those", "any", "no"}
# nouns that name their referent by a wrong done
WRONGDOERS = {"perpetrator", "culprit", "offender", "violator", "looter", "rioter",
              "attacker", "assailant", "criminal", "ringleader", "wrongdoer", "saboteur"}


def _wrongdoer(subject: Token) -> bool:
    """The passive subject is a wrongdoer the sentence describes: a clause
    ("whoever torched the depot"), a generic pronoun or determiner, a noun of
    wrongdoing, or a noun restricted by a clause or by "responsible"."""
    if subject.dep_ == "csubjpass" or subject.lemma_.lower() in WRONGDOERS:
        return True
    kids = list(subject.children)
    if subject.lower_ in GENERIC or any(c.dep_ == "det" and c.lower_ in GENERIC for c in kids):
        return True
    if subject.pos_ == "PRON" and _conditioned(subject.head):
        return True  # "if the officers acted excessively, they will be punished"
    return subject.pos_ == "NOUN" and any(
        c.dep_ in ("relcl", "acl") or c.lower_ == "responsible" for c in kids)


CONDITION_MARKS = {"if", "unless"}


def _conditioned(verb: Token) -> bool:
    """``verb`` has an if- or unless-clause ("if X is found guilty")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                         for m in c.children) for c in verb.children)


def _passive_verb(verb: Token) -> Token | None:
    """``verb``, or the verb it is conjoined to ("will be found and punished"),
    when that carries the passive auxiliary, a vow modal, no negation and a
    wrongdoer as its subject."""
    for cand in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        kids = list(cand.children)
        passive = any(c.dep_ == "auxpass" for c in kids)
        modal = any(c.dep_ == "aux" and c.lower_ in VOW_MODALS for c in kids)
        if passive and modal:
            if any(c.dep_ == "neg" for c in kids):
                return None
            subject = child(cand, {"nsubjpass", "csubjpass"})
            return cand if subject is not None and _wrongdoer(subject) else None
    return None


def _denied(verb: Token) -> bool:
    """A denial above the act ("denied that the protesters would be punished")."""
    return any(a.lemma_.lower() in DENIALS for a in verb.ancestors)


# a court step vowed against a described wrongdoer is the threatened sanction
# (types44): "anyone who loots will be prosecuted" THREATEN `arrest`
PROSECUTE_VERBS = {"prosecute", "indict"}
# "those arrested would be prosecuted": a group named by its custody, not a vow
CUSTODY_WORDS = {"arrest", "detain", "hold", "charge", "catch", "capture", "accuse"}


def vowed_prosecution(verb: Token) -> bool:
    """``verb`` is "prosecuted" told as a vow against a wrongdoer the sentence
    describes ("anyone who attacked public property would be prosecuted",
    "those responsible will be prosecuted"): docs/annotation.md types it
    THREATEN `arrest` (rec_b, rec_u, "The speaker as doer of a threat in the
    passive"), not the lexicon's ACCUSE of a charge brought. Not: a named or
    custody-named group ("the crews would be prosecuted", "those arrested
    will be prosecuted": an announced step, ACCUSE), an agent ("by the
    state"), a denial, a negation, a past ("were prosecuted")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PROSECUTE_VERBS:
        return False
    passive = _passive_verb(verb)
    if passive is None or pobj(verb, {"by"}) is not None or _denied(verb):
        return False
    subject = child(passive, {"nsubjpass", "csubjpass"})
    return subject is None or not any(
        c.dep_ == "acl" and c.lemma_.lower() in CUSTODY_WORDS for c in subject.children)


def vower(verb: Token) -> Token | None:
    """The speaker who vows the passive act ``verb``, or None: the act is not
    a vow in the passive, it names its own agent, or no speaker is above it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    passive = _passive_verb(verb)
    if passive is None or pobj(verb, {"by"}) is not None or pobj(passive, {"by"}) is not None:
        return None
    return None if _denied(verb) else warner(verb)
