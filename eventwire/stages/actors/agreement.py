"""Number agreement between a pronoun and its antecedent."""

from __future__ import annotations

from eventwire.models import ActorMention

IRREGULAR_PLURALS = {"men", "women", "people", "children", "police", "personnel", "youth"}


def plural_agent(m: ActorMention) -> bool:
    """"protest leaders", "officials", "the commanders": people acting as a
    group, which "they" can stand for."""
    last = m.text.lower().split()[-1] if m.text.strip() else ""
    return m.kind == "agent" and (last in IRREGULAR_PLURALS or
                                  last.endswith("s") and not last.endswith("ss"))


def agreeing_in_number(mentions: list[ActorMention], candidates: list[int]) -> list[int]:
    """Class *plural pronouns want a plural antecedent*: when "they"/"them"
    has a plural agent ("protesters", "armed men", "farmers") among its
    candidates, a singular agent noun ("the officer", "the ministry",
    "television") or a place/state ("Lagos", "parliament"'s country) is
    not what it stands for; named groups and organisations stay."""
    if not any(plural_agent(mentions[j]) for j in candidates):
        return candidates
    return [j for j in candidates if plural_agent(mentions[j])
            or mentions[j].kind not in ("agent", "state")]
