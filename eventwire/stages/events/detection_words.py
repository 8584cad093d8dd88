"""The word lists of ``eventwire/data/events/detection.yaml``, read once for
the two modules that use them (``detection`` and ``physical``; mends24: each
had its own loader and its own ``_lemma`` / ``_in`` over the same file)."""

from __future__ import annotations

from spacy.strings import StringStore
from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.arrays import remember
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "detection.yaml"


# Every list of the file, lower-cased.
words = word_list_loader(WORDS)


# A lemma's string id -> the lemma lower-cased (a ``remember`` memo: a pure
# function of the word).
_LOWER_LEMMAS: dict[int, str] = {}


def lemma(tok: Token) -> str:
    """``tok.lemma_.lower()``, kept per lemma id (speed38: ~180k asks per 200
    articles, each decoding the lemma's string and lower-casing it anew)."""
    key = tok.lemma
    found = _LOWER_LEMMAS.get(key)
    return remember(_LOWER_LEMMAS, key, tok.lemma_.lower()) if found is None else found


def lemma_of_id(strings: StringStore, key: int) -> str:
    """:func:`lemma` of the word whose lemma's string id is ``key`` (a
    ``LEMMA`` column value), from the same memo: no Token (speed43)."""
    found = _LOWER_LEMMAS.get(key)
    return remember(_LOWER_LEMMAS, key, strings[key].lower()) if found is None else found


def listed(tok: Token, key: str) -> bool:
    """The token's form or lemma is in the list ``key``."""
    return tok.lower_ in words()[key] or lemma(tok) in words()[key]
