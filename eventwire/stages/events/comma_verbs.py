"""**A headline's second verb after a comma** (asyndetic coordination,
headlines61): "Police clear road blockade, detain 11", "Junta seizes gold
mine, detains manager", "Gangs storm town, free inmates", "Separatists
seize port, expel governor". Headlines join two acts of one subject with
a bare comma; the tagger reads the second verb as an adjective or a noun
("free/JJ inmates", "detain/NN 11", "detains/VBZ/compound manager") and the
act is lost.

The word counts as a verb when it opens the words after a comma in the
article's first line, an object follows it, and it agrees in form with the
line's first present-tense verb: an "-s" word after an "-s" verb
("seizes ..., detains"), a bare word after a bare one ("clear ...,
detain"). The agreement is what tells "Police clear blockade, detain 11"
from a list of nouns ("Blasts hit markets, mosques"). The lexicon decides
whether the lemma is an act (``triggers``); the subject is the first
verb's (``comma_verb_subject``).

Census (headline_census on m108): 24 own and no real sentence-case headline
events missed in this form. Measured (headlines61_r3 vs m108, 39 sets): own
detection +11 in 9 sets (detain x6, detains, expel, free, torch, demand,
rejects), one own actor gained, no false event added, nothing lost; the
real texts have no such headline and are unchanged. Still missed: a second
verb the lexicon lacks ("flies him to", "sacks PM", "cancels events") and
second verbs whose subject the parse gives another clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.extensions import in_first_line
from eventwire.stages.events.headlines import COLLECTIVE_SUBJECTS

OBJECT_START = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"}
FINITE = ("VBZ", "VBP")


def _s_form(low: str) -> bool:
    return low.endswith("s") and not low.endswith("ss")


def _lemmas(low: str) -> list[str]:
    if not _s_form(low):
        return [low]
    return [low[:-1], low[:-2]] if low.endswith("es") else [low[:-1]]


def _plural_subject(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in COLLECTIVE_SUBJECTS


# doc.user_data key: (token count, first decisive index, its verb's index or -1)
_FIRST_KEY = "eventwire.events.comma_first_verb"


def _decisive(doc: Doc) -> tuple[int, int]:
    """The first token from index 1 on that decides :func:`first_verb` (a
    ":"/";" or a line break that stops the search, a present-tense verb
    after a noun, or a past-tense/modal word after a noun that stops it),
    and the verb's index there or -1; (len(doc), -1) when none does. Each
    test reads only the token and the one before it, never the word
    asked about, so one scan per document answers every word."""
    for t in doc[1:]:
        if t.text in (":", ";") or "\n" in t.text:
            return t.i, -1
        before = doc[t.i - 1]
        if before.pos_ not in ("NOUN", "PROPN") or not t.is_lower or not t.is_alpha:
            continue
        if t.tag_ in FINITE or (t.tag_ in ("JJ", "NN") and not _s_form(t.lower_) and
                                _plural_subject(before)):
            return t.i, t.i
        if t.tag_ in ("VBD", "VBN", "MD"):
            return t.i, -1
    return len(doc), -1


def first_verb(tok: Token) -> Token | None:
    """The line's first present-tense verb before ``tok``: a word tagged
    VBZ/VBP after a noun, or a bare word the tagger misread (an adjective
    or noun) after a plural or collective subject, as "clear" in "Police
    clear road blockade" (not "junta" in "Burkina junta": a singular
    noun before it is no plural subject). The search (``_decisive``) runs
    once per document, kept in ``doc.user_data`` with the token count
    (arrays.py's test for a copied or retokenized doc): the trigger step
    and the role step ask it up to three times for the same word."""
    doc = tok.doc
    kept: tuple[int, int, int] | None = doc.user_data.get(_FIRST_KEY)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[_FIRST_KEY] = (len(doc), *_decisive(doc))
    _, where, verb = kept
    # the per-word search read doc[1:tok.i - 1]: a decision past it is none
    # (the first word has none before it; the per-word slice, doc[1:-1],
    # read the whole line there, a case ``comma_verb_lemmas`` never asks)
    return doc[verb] if verb >= 0 and where <= tok.i - 2 else None


def comma_verb_lemmas(tok: Token) -> list[str]:
    """Candidate lemmas of ``tok`` when it is a headline's second verb after
    a comma (the module's class), else []."""
    doc = tok.doc
    if tok.i < 3 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != "," or \
            not tok.is_lower or not tok.is_alpha or len(tok.text) < 3:
        return []
    if tok.pos_ == "VERB" and tok.dep_ not in ("compound", "amod"):
        return []  # read as a verb already: the ordinary path
    if doc[tok.i + 1].pos_ not in OBJECT_START or not in_first_line(tok):
        return []
    verb = first_verb(tok)
    if verb is None or _s_form(verb.lower_) != _s_form(tok.lower_):
        return []
    return _lemmas(tok.lower_)


def comma_verb_subject(tok: Token) -> Token | None:
    """The subject of the first verb: the noun right before it."""
    verb = first_verb(tok)
    return tok.doc[verb.i - 1] if verb is not None else None
