"""Class *the one judged or let: the subject of a small clause under a
verdict or a permission* (recip47).

A verdict and a permission act on someone the parser does not give as
their object: in "a jury found Gigante guilty", "the court finds them
guilty", "the government allowed international observers to oversee the
elections" the spaCy model hangs the judged or let party as the subject
of a complement clause (``ccomp``) under the trigger -- a small clause
("Gigante guilty") or an infinitive ("observers to oversee"). The record
guide makes that party the recipient: the convicted of a verdict
(SANCTION, docs/annotation.md "A verdict 'found guilty'") and the party
let do something (RETREAT / CONCEDE, "Boeing allowed to bid").

Why only these verbs and shapes: the subject of any other content clause
is the subject of a reported or demanded act ("warned that the rebels
would pay", "demanded that the army withdraw", "found that the police
had acted lawfully"), which the guide does not make the recipient (the
census of recip47 found those labelled both ways). So: a verb of finding
or declaring with an adjective of guilt as the clause's head, and a verb
of permitting with an infinitive, not negated ("will not allow anyone to
abduct our citizens" is a restriction with no recipient, COERCE).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import child

# verbs of a verdict whose small clause names the judged ("found X guilty")
VERDICT_LEMMAS = frozenset({"find", "declare", "pronounce", "adjudge"})
# the adjectives of a verdict ("guilty", "not guilty", "innocent", "liable")
VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "culpable", "responsible"})
# verbs of letting whose infinitive's subject is the one let
PERMIT_LEMMAS = frozenset({"allow", "permit"})
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _clause_subject(clause: Token) -> Token | None:
    """The subject of a complement clause, a noun or a pronoun (never a
    relative pronoun or an expletive "it")."""
    subject = child(clause, SUBJECT_DEPS)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON") or \
            subject.lower_ in ("it", "that", "which", "there"):
        return None
    return subject


def _verdict_subject(verb: Token) -> Token | None:
    """ "found Hiller guilty", "finds them not guilty": the subject of an
    adjective of guilt under a verb of finding or declaring."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")
                   and c.lower_ in VERDICT_WORDS), None)
    return _clause_subject(clause) if clause is not None else None


def _permitted_subject(verb: Token) -> Token | None:
    """ "allowed international observers to oversee the elections": the
    subject of an infinitive under a verb of letting that is not denied."""
    if child(verb, {"neg"}) is not None:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                   and _infinitive(c)), None)
    return _clause_subject(clause) if clause is not None else None


def _infinitive(verb: Token) -> bool:
    """A "to" infinitive: "(observers) to oversee"."""
    aux = child(verb, {"aux"})
    return aux is not None and aux.lower_ == "to"


def small_clause_subject(verb: Token) -> Token | None:
    """The party a verdict or a permission acts on when the parser reads it
    as the subject of a complement clause under the trigger (module
    docstring); None for any other verb or shape."""
    if child(verb, {"dobj"}) is not None:
        return None  # the object the parser gave is the party ("found him guilty" read so)
    lemma = verb.lemma_.lower()
    if lemma in VERDICT_LEMMAS:
        return _verdict_subject(verb)
    if lemma in PERMIT_LEMMAS:
        return _permitted_subject(verb)
    return None
