"""The word lists of ``eventwire/data/events/detection.yaml``, read once for
the two modules that use them (``detection`` and ``physical``; mends24: each
had its own loader and its own ``_lemma`` / ``_in`` over the same file)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_lists
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "detection.yaml"


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """Every list of the file, lower-cased."""
    return word_lists(WORDS)


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def listed(tok: Token, key: str) -> bool:
    """The token's form or lemma is in the list ``key``."""
    return tok.lower_ in words()[key] or lemma(tok) in words()[key]
