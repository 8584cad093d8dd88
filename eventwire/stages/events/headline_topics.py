"""Class *a headline's topic before a colon* (headlines62): "Bank Robbery:
Lena Holt Charged With Three Counts Of Theft", "Lidl Shooting: Gunman Held
After Two Shoppers Wounded", "Depot fire: owner arrested over insurance
claim" -- a noun phrase that opens the article's first line and ends right
before a colon names what the news after the colon is about. The parser
often hangs it on the clause's verb as a subject ("robbery" ``nsubjpass``
of "Charged" beside "Holt" its ``nsubj``; "shooting" ``nsubj`` of the last
participle "Wounded"), and the truecased re-parse of a Title Case line
(``nlp.headline_case``, headlines60) does so more often than the Title Case
parse did. The topic is no participant of that verb: it does not undergo
it (the name after the colon does: ``passives.bare_passive``), and an act
noun topic ("shooting", "robbery") is an event of its own, not the content
of the verb it is hung on (``speech_content.folded``).

Not: a noun after the line's start ("Police in Lima: ..."'s "Lima" is part
of the phrase, the phrase's head is the topic), a colon that a quote or a
speaker's words follow (the parser makes no such noun a subject of the
quoted verb's clause unless it is misread, and the rule reads only
subjects and objects), a body sentence (only the first line is read).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import child

# the slots of the clause's verb the parser gives the topic
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def headline_topic(tok: Token) -> bool:
    """Is ``tok`` the head noun of the module's topic phrase: in the
    document's first sentence, its phrase opening that sentence and
    followed right away by a colon, and hung on a word after the colon
    as that word's subject or object?"""
    if tok.dep_ not in _ARGUMENT_DEPS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = tok.doc
    colon = tok.i + 1
    if colon >= len(doc) or doc[colon].text != ":" or tok.head.i <= colon:
        return False
    sent = tok.sent
    if any(not t.is_space for t in doc[:sent.start]):
        return False  # not the article's first line
    start = next((t.i for t in sent if not t.is_space and not t.is_punct), sent.start)
    return tok.left_edge.i <= start


def own_passive_subject(verb: Token) -> Token | None:
    """The verb's passive subject (``nsubjpass``), unless it is a headline's
    topic (:func:`headline_topic`): "Bank Robbery: Lena Holt Charged" --
    the robbery does not undergo the charge (``verb_roles``)."""
    passive = child(verb, {"nsubjpass"})
    return None if passive is None or headline_topic(passive) else passive
