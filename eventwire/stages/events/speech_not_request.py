"""Asking and insisting that are speech, not requests.

"asked how she felt", "when asked about the raid" ask a question;
"insisted that his client had no role" insists that something *is* so.
Neither asks anyone to do anything, so neither is a REQUEST (the events
guide: a request asks someone *to* do or *for* something). Split out of
``nonevents`` (which asks both predicates through ``not_an_event``) when
that module passed 400 lines; the predicates are unchanged.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.detection_words import lemma as _lemma

QUESTION_WORDS = {"if", "whether", "how", "what", "why", "who", "whom", "whose", "when",
                  "where", "which"}


def is_question(tok: Token) -> bool:
    """"he asked how she felt", "asked if the US would attack", ""Why such a
    sentence?" asked the group's head", "when asked about the raid": asking a
    question is speech, no REQUEST. A request asks someone *to* do or *for*
    something ("asked Moscow to protect them", "asked for help")."""
    if tok.pos_ != "VERB" or _lemma(tok) != "ask":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in kids):
        return True
    if tok.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in kids):
        return True  # "when asked by reporters"
    return any(_opens_question(c) for c in kids if c.dep_ in ("ccomp", "advcl", "dobj"))


def _opens_question(clause: Token) -> bool:
    """The clause starts with a question word ("how she felt", "if he had a
    gun", a quoted "Why ...?")."""
    first = [t for t in clause.subtree if not t.is_punct][:2]
    return any(t.lower_ in QUESTION_WORDS and t.dep_ in ("mark", "advmod", "nsubj", "dobj",
                                                          "attr", "det") for t in first)


CLAIM_TAGS = {"VBD", "VBZ", "VBP"}
CLAIM_AUX = {"has", "have", "had", "is", "are", "was", "were", "did", "does", "do"}


def is_insisted_claim(tok: Token) -> bool:
    """"insisted that his client had no role", "insists the two men are not
    held", "insisted on remaining anonymous": insisting that something *is*
    so, or on one's own conduct, is a statement, no REQUEST. "insisted on
    further concessions", "insisted that the minister resign" ask for
    something and stay."""
    if tok.pos_ != "VERB" or _lemma(tok) != "insist":
        return False
    for c in tok.children:
        if c.dep_ == "ccomp" and (c.tag_ in CLAIM_TAGS or any(
                a.dep_ in ("aux", "auxpass") and a.lower_ in CLAIM_AUX for a in c.children)):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            return True
    return False
