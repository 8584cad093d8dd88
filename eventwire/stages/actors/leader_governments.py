"""Class *a government named after its leader* (actors27): "the Bush
administration", "the Assad regime", "Netanyahu's government", "the Biden
administration" are the state's government, GOV, of the leader's country:

* a knowledge-base entry for the whole phrase that codes it as the
  leader's elite (ELI: the dictionaries file "Bush administration" under
  the person) acts as the government: GOV replaces ELI;
* a government noun right after a person the text or the KB places
  ("Netanyahu's government", "the Biden administration" after "Joe Biden")
  takes that person's country, not the story's (the home step gave a bare
  "administration" the country the article names most).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of

GOVERNMENT_HEADS = frozenset({"administration", "government", "regime", "cabinet", "junta"})
ELITE, GOVERNMENT = "ELI", "GOV"
LEADER_RULE = "+leader"
# between the leader and the noun: nothing, or a possessive
_GAP = re.compile(r"^(?:['’]s)?\s+$")


def _known(person: ActorMention) -> bool:
    """A person the KB knows, directly or as a repeated surname of one."""
    return person.rule.startswith("kb") or "surname" in person.rule


def _head(m: ActorMention) -> str:
    words = m.text.lower().split()
    return words[-1] if words else ""


def leader_governments(doc: Doc, mentions: list[ActorMention]) -> None:
    text = text_of(doc)
    for i, m in enumerate(mentions):
        if _head(m) not in GOVERNMENT_HEADS:
            continue
        if m.rule.startswith("kb") and ELITE in m.sectors:
            m.sectors = [GOVERNMENT, *[s for s in m.sectors if s not in (ELITE, GOVERNMENT)]]
            m.rule += LEADER_RULE
            continue
        prev = mentions[i - 1] if i > 0 else None
        if prev is None or m.kind != "agent" or prev.kind != "person" or not prev.country \
                or not _known(prev) or prev.country == m.country \
                or not _GAP.match(text[prev.end:m.start] + " "):
            continue
        m.country = prev.country
        m.actor_id = f"cameo:{prev.country}{''.join(m.sectors)}"
        m.rule += LEADER_RULE
