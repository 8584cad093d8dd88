"""Class *a missile fired into the sea or as a test* (issue #12, branch
types27): "North Korea fired two ballistic missiles into the sea", "the
navy test-fired a cruise missile", "Iran launched a missile into the Gulf
during the drill". Firing a missile at no one is a show of force, the
manual's MOBILIZE `weapons` ("increase readiness of weapons systems"; the
guide labels "missiles fired into waters" MOBILIZE `weapons`), not an
attack; a missile fired *at* a town, a ship or a state stays ASSAULT.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import children_at, children_of

FIRING = {"fire", "launch", "test", "test-fire"}
MISSILES = {"missile", "missiles", "icbm", "icbms", "projectile", "projectiles"}
WATERS = {"sea", "water", "waters", "ocean", "gulf"}
TARGET_PREPS = {"at", "on", "against", "toward", "towards"}
TIME_ENTS = {"DATE", "TIME"}
TIME_WORDS = {"dawn", "dusk", "night", "midnight", "noon", "morning", "evening", "time"}
TEST_WORDS = {"test", "tests", "test-fire", "test-fired", "test-firing"}


def _missile(tok: Token) -> bool:
    """The act's weapon is a missile: its object or passive subject."""
    return any(dep in ("dobj", "nsubjpass") and tok.doc[i].lemma_.lower() in MISSILES
               for dep, i, _ in children_of(tok))


def _preps(tok: Token) -> list[tuple[str, set[str]]]:
    """(preposition, lemmas of its objects) of the verb; a time phrase ("on
    Sunday", "at dawn") names no target and is left out."""
    doc = tok.doc
    out = []
    for dep, i, lower in children_of(tok):
        if dep != "prep":
            continue
        objs = [doc[j] for d, j, _ in children_at(doc, i) if d == "pobj"]
        if any(o.ent_type_ in TIME_ENTS or o.lemma_.lower() in TIME_WORDS for o in objs):
            continue
        out.append((lower, {o.lemma_.lower() for o in objs}))
    return out


def _tested(tok: Token) -> bool:
    """"test-fired" (tokenised test - fired) or a "test" word on the verb."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].lower_ == "-" and doc[tok.i - 2].lower_ == "test":
        return True
    return tok.lower_ in TEST_WORDS or any(lower in TEST_WORDS for _, _, lower in children_of(tok))


def missile_test(trigger: Token) -> bool:
    """``trigger`` fires or launches a missile into the sea or as a test,
    with no target named on the verb."""
    if trigger.lemma_.lower() not in FIRING or not _missile(trigger):
        return False
    preps = _preps(trigger)
    if any(prep in TARGET_PREPS for prep, _ in preps):
        return False
    return _tested(trigger) or any(prep == "into" and objs & WATERS for prep, objs in preps)
