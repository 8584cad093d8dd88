"""A nationality adjective read off a noun phrase, shared by the two rules
that take a recipient's country from the words of a phrase:
``own_nationality`` (recip37: "Chilean lorry driver Pedro Araya", "a
Maltese-flagged oil tanker") and ``flagged_vessels`` (recips30: "the
Liberian-flagged tanker", "an Ethiopian vessel").

Both read the text right after a demonym for a hyphenated word: a suffix
that names the phrase's home ("-flagged", "-registered", "-owned",
"-based") keeps the demonym a nationality; any other ("Russian-backed",
"Iran-allied") or a hyphen before it ("pro-Russian") makes it a stance.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.extensions import text_of
from eventwire.stages.geo.gazetteer import gazetteer

# the suffixes that name a ship's flag ("Liberian-flagged", "Panama-registered")
FLAG_SUFFIXES = ("-flagged", "-registered")
# the suffixes after a demonym that still name the phrase's home
HOME_SUFFIXES = (*FLAG_SUFFIXES, "-owned", "-based")
# how much text after a demonym is read for its suffix (the longest, "-registered", and room)
AFTER_WIDTH = 12


def text_after(doc: Doc, tok: Token) -> str:
    """The lower-cased text right after ``tok`` (``AFTER_WIDTH`` characters),
    cut from :func:`text_of` (speed38: ``doc.text`` joins every token of the
    article anew, twice per demonym asked)."""
    end = tok.idx + len(tok.text)
    return text_of(doc)[end:end + AFTER_WIDTH].lower()


def in_stance(doc: Doc, tok: Token) -> bool:
    """The demonym stands in a hyphenated stance ("pro-Russian",
    "Russian-backed"), not before a home suffix ("Maltese-flagged")."""
    after = text_after(doc, tok)
    return text_of(doc)[max(0, tok.idx - 1):tok.idx] == "-" or (
        after.startswith("-") and not after.startswith(HOME_SUFFIXES))


def names_a_flag(doc: Doc, tok: Token) -> bool:
    """The word after ``tok`` flags or registers it: "Liberian-flagged",
    "Panama registered"."""
    return text_after(doc, tok).startswith(
        (*FLAG_SUFFIXES, *(" " + s[1:] for s in FLAG_SUFFIXES)))


def demonym_country(doc: Doc, tok: Token) -> str | None:
    """The country a capitalised demonym names, unless it stands in a
    hyphenated stance (:func:`in_stance`)."""
    if not tok.text[:1].isupper() or in_stance(doc, tok):
        return None
    return gazetteer().demonym(tok.text)
