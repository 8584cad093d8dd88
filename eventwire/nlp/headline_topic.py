"""Class *a headline's topic before a colon* (headlines62): "Bank Robbery:
Lena Holt Charged With Three Counts Of Theft", "Mall Shooting: Gunman Held
After Two Shoppers Wounded", "Casino heist: Rosa Marin charged with fraud"
-- a noun phrase that opens the article's first line and ends right before
a colon names what the news after the colon is about. The parser often
hangs it on the clause's verb as an argument ("robbery" ``nsubjpass`` of
"Charged" beside "Holt" its ``nsubj``, "heist" a second ``nsubj``,
"shooting" ``nsubj`` of the last participle "Wounded"), and the truecased
re-parse of a Title Case line (``headline_case``, headlines60) does so more
often than the Title Case parse did. The topic is no participant of that
verb: it neither does nor undergoes it (the name after the colon does), and
an act noun topic ("shooting", "robbery") is an event of its own, not the
content of the verb it hangs on (``speech_content.folded`` reads
:func:`headline_topic`).

:func:`detach_topics` (run by the ``headline_case`` component on every
article, after its re-parse and before the actors) relabels such a topic's
argument arc (``nsubj``, ``nsubjpass``, ``dobj``) as an unclassified
``dep``: the tree and the sentences stay as they are, every later reading of
the verb's subject or object finds the name after the colon instead.

Measured (39 sets, headlines62_r2 vs m111, with ``custody_holds.
headline_held``): the topic alone matched +1 real gold event ("Millom
double murder: Man charged with killing ...") and dropped 1 real false one
("Sheriff: Michigan office shooting kills 1, injures 2"), no field of a
matched event lost; r1 without the person-name exception lost a real
"killed" ("John Jenkin: Goth son held as mum and sister killed").

Not: a person's name ("John Jenkin: son held as mother and sister
killed" -- the story's person, whom the clause is about: the parse that
makes the name its verb's argument is kept), a noun after the line's start
(the phrase's head is the topic: "Police in Lima: ..." reads "Police"), a
topic the parser makes the line's root or hangs on a word before the colon
(nothing to undo), a body sentence (only the first sentence of the text,
the headline, is read).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
LOOSE = "dep"


def headline_topic(tok: Token) -> bool:
    """Is ``tok`` the head noun of the module's topic phrase: in the
    document's first sentence, its phrase opening that sentence and
    followed right away by a colon, hung on a word after the colon, and
    no person's name?"""
    doc = tok.doc
    colon = tok.i + 1
    if colon >= len(doc) or doc[colon].text != ":" or tok.head.i <= colon \
            or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ == "PERSON":
        return False
    sent = tok.sent
    if any(not t.is_space for t in doc[:sent.start]):
        return False  # not the article's first line
    start = next((t.i for t in sent if not t.is_space and not t.is_punct), sent.start)
    return tok.left_edge.i <= start


def detach_topics(doc: Doc) -> int:
    """Relabel the argument arc of a headline topic (:func:`headline_topic`)
    as ``dep``; how many were relabelled (0 or 1: one topic opens a line)."""
    for tok in doc:
        if tok.text == ":" and tok.i > 0:
            topic = doc[tok.i - 1]
            if topic.dep_ in _ARGUMENTS and headline_topic(topic):
                topic.dep_ = LOOSE
                return 1
            return 0  # only the first colon can close a line's opening phrase
        if "\n" in tok.text:
            return 0
    return 0
