"""Parties outside a story's own world (sports.py: outside the game;
market_wars.py: outside the market). A sentence of a match report or of a
company market war that names one of them — armed groups and security forces
from ``curated.yaml`` plus the story kind's own ``party_words`` — may hold an
event ("fans rioted after the derby and police fired tear gas", "gunmen
torched the chain's stores"); the kind's ``shared_parties`` are words that
read as a party elsewhere but belong to the story ("point guard", "sales
force"). One function for both story kinds (review72 found the two copies).
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from spacy.attrs import LOWER
from spacy.tokens import Doc

from eventwire.datafiles import word_list_loader
from eventwire.nlp.arrays import column
from eventwire.paths import DATA_DIR

curated_groups = word_list_loader(DATA_DIR / "events" / "curated.yaml",
                                  ("armed_groups", "security_words"))


def outside_parties(own: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """``own["party_words"]`` with curated.yaml's armed groups and security
    forces, less ``own["shared_parties"]``."""
    groups = curated_groups()
    return own["party_words"] | ((groups["armed_groups"] | groups["security_words"])
                                 - own["shared_parties"])


def sentences_naming(doc: Doc, story: Set[int], parties: Set[int]) -> tuple[int, int]:
    """(sentences naming a word of the story, sentences naming a party), the
    words given as string ids of their lower-case forms: one read of the
    LOWER column, no string per word (review72)."""
    told = others = 0
    lowers = column(doc, LOWER)
    for sent in doc.sents:
        lows = set(lowers[sent.start:sent.end])
        told += not lows.isdisjoint(story)
        others += not lows.isdisjoint(parties)
    return told, others
