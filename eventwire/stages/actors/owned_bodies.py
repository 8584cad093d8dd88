"""Class *a state's body named by a common noun* (issue #12, actors15).

The knowledge base gives "Senate" the US Congress's code, so "Nigeria's
Senate", "the Kenyan Senate", "the Senate of the Philippines" were American.
A body named by such a noun (``eventwire/data/actors/owned_bodies.yaml``)
belongs to the state that owns it in the phrase: a possessor or a demonym
right before it ("Nigeria's Senate", "the Nigerian Senate"), or "of <state>"
right after it ("the Senate of Kenya"); it keeps the entry's sectors.

Class *a national society of an international movement*: "the Kenya Red
Cross", "the Palestine Red Crescent" are owned the same way; the KB's
movement has no country, so the owner gives it one.

Named bare ("the Senate") a body keeps the KB's country, even in a story
about another state: "The Senate voted new sanctions on Iran" names only
Iran and is American, so the story's country would misread it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.datafiles import load_yaml
from eventwire.models import ActorMention
from eventwire.paths import DATA_DIR

BODIES_PATH = DATA_DIR / "actors" / "owned_bodies.yaml"
OWNED_RULE = "+owned"
_BEFORE = re.compile(r"^(?:'s|’s)?\s*$")
_OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    with BODIES_PATH.open(encoding="utf-8") as f:
        data = load_yaml(f)
    return frozenset(str(b).lower() for b in data["bodies"] + data["societies"])


def _is_body(m: ActorMention) -> bool:
    if not m.rule.startswith("kb") or m.kind == "state":
        return False
    words = m.text.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    return " ".join(words) in _bodies()


def _owner(text: str, mentions: list[ActorMention], i: int) -> str | None:
    """The state named right before ("Nigeria's", "Kenyan") or right after
    with "of" ("of Kenya")."""
    m = mentions[i]
    prev = mentions[i - 1] if i > 0 else None
    if prev is not None and prev.kind == "state" and prev.country and \
            _BEFORE.match(text[prev.end:m.start]):
        return prev.country
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is not None and nxt.kind == "state" and nxt.country and \
            _OF_AFTER.match(text[m.end:nxt.start]):
        return nxt.country
    return None


def own_bodies(text: str, mentions: list[ActorMention]) -> None:
    """Give each body named by a common noun its owner's country (see the
    module docstring); ``mentions`` sorted by start."""
    found = [i for i, m in enumerate(mentions) if _is_body(m)]
    if not found:
        return
    for i in found:
        m = mentions[i]
        country = _owner(text, mentions, i)
        if country is not None and country != m.country:
            m.country, m.actor_id = country, f"cameo:{country}{''.join(m.sectors)}"
            m.rule += OWNED_RULE
