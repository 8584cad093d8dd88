"""The word lists of ``eventwire/data/events/detection.yaml``, read once for
the two modules that use them (``detection`` and ``physical``; mends24: each
had its own loader and its own ``_lemma`` / ``_in`` over the same file)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "detection.yaml"


# Every list of the file, lower-cased.
words = word_list_loader(WORDS)


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def listed(tok: Token, key: str) -> bool:
    """The token's form or lemma is in the list ``key``."""
    return tok.lower_ in words()[key] or lemma(tok) in words()[key]
