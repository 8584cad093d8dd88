"""Certainty from the words that govern an event (MEANTIME's scale:
certain, probable, possible, underspecified)."""


from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.models import Span as TextSpan
from eventwire.nlp.cues import default_cues
from eventwire.stages.factuality.clauses import (
    ARRANGED_GOVERNORS,
    EVIDENTIAL_PASSIVES,
    GOVERNED_DEPS,
    INFINITIVE_POSSIBLE_GOVERNORS,
    PERMISSION_GOVERNORS,
    POSSIBLE_GOVERNORS,
    PREDICATE_DEPS,
    PROBABLE_GOVERNORS,
    WISH_GOVERNORS,
    children_with,
    has_subject,
    lemma_names,
)


def cue(tok: Token) -> TextSpan:
    return TextSpan(tok.text, tok.idx, tok.idx + len(tok.text))


def governing_lemmas(chain: list[Token]) -> set[str]:
    """Lemmas of the verbs above the trigger (a noun "order" is no demand)."""
    return {n for t in chain[1:] if t.pos_ in ("VERB", "AUX") for n in lemma_names(t)}


def _has_object(head: Token) -> bool:
    return any(c.dep_ == "dobj" for c in head.children)


def _governor_lemma_certainty(head: Token, link: str) -> str | None:
    """Certainty a governing word gives its complement.

    An infinitive is the verb's own complement only when the verb has no
    direct object: "offered to mediate" is an offer, "offers funding to
    search" is a purpose of the funding; and "allow" with an infinitive but
    no object can only be a (headline) passive: "Boeing allowed to bid"."""
    names = lemma_names(head)
    passive = any(c.dep_ == "auxpass" for c in head.children)
    bare_infinitive = link == "xcomp" and not _has_object(head)
    if names & EVIDENTIAL_PASSIVES and passive and link == "xcomp":
        return "possible"
    if names & PERMISSION_GOVERNORS and (passive or bare_infinitive):
        return "possible"
    if names & INFINITIVE_POSSIBLE_GOVERNORS and bare_infinitive:
        return "possible"
    if names & PROBABLE_GOVERNORS or _forecast(head, names, link):
        return "probable"
    if names & POSSIBLE_GOVERNORS:
        return "possible"
    if names & WISH_GOVERNORS:
        return "underspecified"
    return None




def _forecast(head: Token, names: set[str], link: str) -> bool:
    """Market forecasts over an infinitive or that-clause: "shares are tipped
    to rise", "investors bet that the bank will cut", and "the stock is seen
    rising", "growth is seen slowing" — a present passive of "see" with a
    complement; a past one ("was seen leaving the bank") is a sighting."""
    if link not in ("xcomp", "ccomp"):
        return False
    if names & FORECAST_GOVERNORS:
        return True
    return link == "xcomp" and head.lemma_.lower() == "see" and any(
        c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in head.children)


def arranged(tok: Token) -> bool:
    if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    # ("is to be held" is a schedule and stays certain; MEANTIME is split
    # on "were to take delivery", so "be to" is left alone). Only a past
    # arrangement leaves its outcome open ("was set to land"); a present one
    # is the source's schedule and stays certain ("the trial is set to begin").
    head = tok.head
    if head.lower_ not in ARRANGED_GOVERNORS:
        return False
    verbs = [head, head.head, *head.children]
    return any(v.tag_ == "VBD" and v.lemma_ == "be" for v in verbs)


def raised_subject_certainty(tok: Token) -> str | None:
    """"The deliveries are scheduled to …": the subject of a raising verb is
    as sure as the verb says."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    head = tok.head
    if not any(c.dep_ == "xcomp" for c in head.children):
        return None
    return "probable" if lemma_names(head) & PROBABLE_GOVERNORS else None


def reduced_when_clause(tok: Token) -> bool:
    """"calls dropped when held in a certain way": a subjectless when-clause
    states a generic condition."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and not has_subject(tok) and any(
        c.lower_ in ("when", "whenever") for c in tok.children)


def governor_certainty(tok: Token) -> str | None:
    """Certainty set by the word the trigger is the infinitive, that-clause or
    object of ("expects to cut", "it is expected that …", "negotiated the
    purchase"); a predicate ("is believed to be worth") climbs one link more,
    an object of an object does not ("attempted to address reports")."""
    if tok.dep_ not in GOVERNED_DEPS or tok.head == tok:
        return None
    found = _governor_lemma_certainty(tok.head, tok.dep_)
    head = tok.head
    if found is None and tok.dep_ == "xcomp" and head.lemma_ == "have":
        # "have options to exercise": the parser hangs the infinitive on
        # "have"; it belongs to the object noun
        found = next((c for c in (_governor_lemma_certainty(o, "acl") for o in head.children
                                  if o.dep_ == "dobj") if c), None)
    if found is None and tok.dep_ in PREDICATE_DEPS and head.dep_ in ("xcomp", "ccomp", "conj"):
        found = _governor_lemma_certainty(head.head, head.dep_)
    return found




# personal pronouns that name a person or group as the subject of "should"
PERSONAL_SUBJECTS = {"i", "we", "you", "he", "she"}
PERFECT = {"have", "has", "had", "'ve"}
PERSON_NOUNS = default_cues().words("person_nouns")
FORECAST_GOVERNORS = default_cues().words("forecast_governors")
PERSON_NOUN_ENDINGS = tuple(default_cues().words("person_noun_endings"))


def epistemic_should(tok: Token, clause: list[Token], actors: list[ActorMention]) -> bool:
    """"The shipment should arrive by Friday", "sales should recover",
    "there should be enough fuel": a "should" whose subject is no actor (a
    thing, an amount, an expletive) predicts the event — probable on
    MEANTIME's scale. With an actor or a personal pronoun as subject
    ("voters should decide", "airlines should not buy") it is advice or
    duty, which MEANTIME marks certain; "should have" is left as it was."""
    auxiliaries = children_with(clause, {"aux"})
    should = [a for a in auxiliaries if a.lower_ == "should"]
    if not should or any(a.lower_ in PERFECT for a in auxiliaries):
        return False
    verb = should[0].head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or subjects[0].i > should[0].i:
        return False  # no subject, or an inversion ("Should the talks fail")
    subj = subjects[0]
    if subj.lower_ in PERSONAL_SUBJECTS or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    return not _person_noun(subj) and not any(a.start <= subj.idx < a.end for a in actors)


def _person_noun(subj: Token) -> bool:
    """"shareholders", "investors", "the crew": a noun that names people (by
    its ending — plural for -er/-or, never "-ment" — or a word of
    ``person_nouns``)."""
    lemma, word = subj.lemma_.lower(), subj.lower_
    if subj.pos_ not in ("NOUN", "PROPN") or lemma.endswith("ment"):
        return False
    return lemma in PERSON_NOUNS or word.endswith(PERSON_NOUN_ENDINGS)
