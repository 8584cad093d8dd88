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

from collections.abc import Mapping

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

curated_groups = word_list_loader(DATA_DIR / "events" / "curated.yaml",
                                  ("armed_groups", "security_words"))


def outside_parties(own: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """``own["party_words"]`` with curated.yaml's armed groups and security
    forces, less ``own["shared_parties"]``."""
    groups = curated_groups()
    return own["party_words"] | ((groups["armed_groups"] | groups["security_words"])
                                 - own["shared_parties"])
