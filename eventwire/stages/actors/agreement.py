"""Number agreement between a pronoun and its antecedent."""

from __future__ import annotations

from eventwire.models import ActorMention

IRREGULAR_PLURALS = {"men", "women", "people", "children", "police", "personnel", "youth"}
# compounds of them (review46): "gunmen", "militiamen", "fishermen", "tradespeople"
PLURAL_ENDINGS = ("men", "people")


def plural_agent(m: ActorMention) -> bool:
    """"protest leaders", "officials", "the commanders": people acting as a
    group, which "they" can stand for."""
    last = m.text.lower().split()[-1] if m.text.strip() else ""
    return m.kind == "agent" and (last in IRREGULAR_PLURALS or last.endswith(PLURAL_ENDINGS)
                                  or last.endswith("s") and not last.endswith("ss"))


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


def singular_candidates(mentions: list[ActorMention], candidates: list[int]) -> list[int]:
    """Class *"it" and "its" want a singular antecedent*: a plural agent
    ("Nigerien soldiers shot at its customs officers", "armed men stormed the
    ministry and looted it", "protest leaders said its police had fired")
    is not what a singular neuter pronoun stands for, when a singular body,
    state or organisation is among the candidates; a capitalised plural is
    part of a name ("the Revolutionary Armed Forces said it")."""
    kept = [j for j in candidates if not common_plural(mentions[j])]
    return kept or candidates


def common_plural(m: ActorMention) -> bool:
    """A plural agent written as a common noun ("troops", "armed men"); a
    capitalised last word of a longer mention is part of a name ("the
    Revolutionary Armed Forces"), a capitalised single word only starts
    its sentence (review46: "Gunmen had stormed the building", "Protesters
    smashed ...", "Demonstrators gathered")."""
    words = m.text.split()
    return plural_agent(m) and (len(words) == 1 or words[-1].islower())
