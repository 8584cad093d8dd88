"""A violent act named by its noun where the text only says it happened
(issue #12, branch events53).

Class *nouns of violent events as the subject of a verb of occurrence*:
real crime copy tells a shooting, a murder or a fight by its noun and a
verb that adds nothing but its happening -- "gunfire erupted outside the
school", "the murder took place behind the bar", "the shots began after
midnight", "fights broke out between fans and police", "the fight lasted
almost two hours", "gunfire was reported in the area". docs/annotation.md
labels a re-mention of an act by its noun ("Re-mentions", "Repeated
mentions": "the shooting", "the attack") and, with a light or aspectual
verb, puts the trigger on the noun ("clashes broke out" -> clashes);
events52's census of m71 found the class the largest of the real misses
(docs/BENCHMARKS.md "events52", "events53"). ``outbreak.py`` reads the
nouns of collective violence ("violence erupted", "a riot broke out");
this module reads the nouns of one violent act, typed ASSAULT with the
mode the noun names (``occurred_acts.yaml``).

Not: the act a harm verb of the sentence already tells ("was shot dead
when gunfire erupted": the guide's sub-step), a hypothetical or feared
act ("a fight could break out", "fears that shooting may start"), a
negated one ("no shots were reported", "no fight took place"), a charge
("charged with murder" is no subject), a bare singular of a film or a
bout ("Shooting began in May": ``determined_nouns`` need a determiner, a
possessor, a number or an adjective), a sentence of a game or a film
(``game_words``, ``sports.game_only``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from eventwire.datafiles import load_yaml
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import pobj, prep_objects
from eventwire.stages.events.sports import game_only

WORDS = DATA_DIR / "events" / "occurred_acts.yaml"
NEGATORS = frozenset({"no", "not", "never", "n't", "without"})
FROM = frozenset({"from"})


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    raw: dict[str, Any] = load_yaml(WORDS.read_text(encoding="utf-8"))
    return {k: (dict(v) if isinstance(v, dict) else frozenset(v)) for k, v in raw.items()}


def act_nouns() -> frozenset[str]:
    """The forms these classes start from (one set test per token)."""
    return frozenset(words()["act_nouns"]) | {"fire"}


def occurred_act(tok: Token) -> tuple[str, str | None] | None:
    """(ASSAULT, mode) when ``tok`` is a violent act's noun that is the
    subject of a verb of occurrence, else None. Reads the word first."""
    w = words()
    if tok.lower_ not in w["act_nouns"] or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = _occurrence_verb(tok, w)
    if verb is None or _hedged(tok, verb, w) or not _determined(tok, w) or _told_by_harm(verb, w):
        return None
    lows = _sentence_words(tok)
    if not lows.isdisjoint(w["game_words"]) or not lows.isdisjoint(w["staged_words"]):
        return None
    if game_only(tok):
        return None
    mode: str | None = w["act_nouns"][tok.lower_]
    return "ASSAULT", mode


def staged_act(tok: Token) -> bool:
    """"The shooting lasted three weeks and the film opens in May": a
    camera's shooting or shot told happening, in a sentence of a film or a
    photo (``staged_words``), is no event at all; the lexicon's "shooting"
    would read it as gunfire. Reads the word first."""
    w = words()
    if tok.lower_ not in w["act_nouns"] or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return _occurrence_verb(tok, w) is not None and \
        not _sentence_words(tok).isdisjoint(w["staged_words"])


@lru_cache(maxsize=1)
def occurrence_lemmas() -> frozenset[str]:
    """The lemmas of every verb of occurrence (one set test per verb)."""
    w = words()
    return frozenset(w["occurrence_verbs"] | set(w["occurrence_particles"]) |
                     set(w["occurrence_objects"]) | {"report"})


def tells_occurred_act(verb: Token) -> bool:
    """Whether ``verb`` only says that its subject, a violent act's noun
    of this class, happened ("rang" of "shots rang out", "erupted" of
    "gunfire erupted"): the noun is the trigger (docs/annotation.md
    "Triggers": "clashes broke out" -> clashes), the verb no event."""
    if verb.lemma_.lower() not in occurrence_lemmas():
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and occurred_act(c) is not None
               for c in verb.children)


def _occurrence_verb(noun: Token, w: dict[str, Any]) -> Token | None:
    """The verb of occurrence ``noun`` is the subject of: an active verb
    ("erupted", "took place", "rang out") or the passive "was reported"."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or noun.i > verb.i:
        return None
    if noun.dep_ == "nsubjpass":
        return verb if verb.lemma_.lower() == "report" else None
    if noun.dep_ != "nsubj":
        return None
    lemma = verb.lemma_.lower()
    if lemma in w["occurrence_verbs"]:
        return verb
    particle = w["occurrence_particles"].get(lemma)
    obj = w["occurrence_objects"].get(lemma)
    for c in verb.children:
        if particle is not None and c.dep_ == "prt" and c.lower_ == particle:
            return verb
        if obj is not None and c.dep_ == "dobj" and c.lower_ == obj:
            return verb
    return None


def _hedged(noun: Token, verb: Token, w: dict[str, Any]) -> bool:
    """A modal, a condition or a negation on the verb, "no" on the noun, or
    a verb of fear or risk above the verb."""
    hyp = w["hypothetical_words"]
    if any(c.lower_ in NEGATORS for c in noun.children if c.dep_ == "det"):
        return True
    if any(c.lower_ in hyp or c.lower_ in NEGATORS for c in verb.children
           if c.dep_ in ("aux", "mark", "neg")):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in hyp


def _told_by_harm(verb: Token, w: dict[str, Any]) -> bool:
    """The occurrence verb is a clause of a harm verb ("Horton was shot and
    killed when gunfire erupted"): the harm verb's event is the act, the
    noun a sub-step of it in the same sentence."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or head.lemma_.lower() not in w["harm_verbs"]:
        return False
    # one line: a headline's "shot" the parser joined to the body's first
    # clause ("... was shot in the back\nAs fights erupted") tells another act
    lo, hi = sorted((head.i, verb.i))
    return not any("\n" in t.text for t in verb.doc[lo:hi])


def _determined(noun: Token, w: dict[str, Any]) -> bool:
    """A noun of ``determined_nouns`` needs a determiner, a possessor, a
    number or an adjective of its own to name one act ("the shooting",
    "a brief fight", "two shots")."""
    if noun.lower_ not in w["determined_nouns"]:
        return True
    return any(c.dep_ in ("det", "poss", "nummod", "amod") for c in noun.children)


def _sentence_words(tok: Token) -> set[str]:
    return {t.lower_ for t in tok.sent}


def under_fire(tok: Token) -> bool:
    """"came under fire from two boats", "a patrol came under Israeli fire",
    "pirates brought the ship under heavy fire": gunfire at a target, ASSAULT
    ``firearms`` on "fire" (physical harm, docs/annotation.md; the records
    label it in rec_c, rec_f, rec_k, rec_m and rec_x, and leave a coach
    "under fire" with no event, rec_aa's decisions). Read when the from-phrase names who fires (an
    armed agent), or, with no from-phrase of someone else, the target is a
    thing or body shots are fired at ("fire_targets") and no reason or
    critic ("for its handling", "over the budget") makes it criticism: "the
    minister came under fire from lawmakers" is not. Not a hypothetical or
    negated verb."""
    if tok.lower_ != "fire" or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or \
            tok.head.lower_ != "under":
        return False
    w = words()
    verb = tok.head.head
    froms = prep_objects(tok, FROM) + prep_objects(verb, FROM)
    if any(g.lower_ in w["armed_agents"] for g in froms):
        return not _hedged(tok, verb, w)
    if froms or any(c.dep_ == "prep" and c.lower_ in w["criticism_preps"]
                    for c in (*tok.children, *verb.children)):
        return False
    target = _fire_target(verb, w)
    return target is not None and target.lower_ in w["fire_targets"] and not _hedged(tok, verb, w)


def _fire_target(verb: Token, w: dict[str, Any]) -> Token | None:
    """The subject of "came under fire", the object of "brought ... under
    fire"; "one of their bases" stands for its bases."""
    lemma = verb.lemma_.lower()
    deps = ("nsubj", "nsubjpass") if lemma in w["under_fire_verbs"] else \
        ("dobj",) if lemma in w["under_fire_object_verbs"] else ()
    target = next((c for c in verb.children if c.dep_ in deps), None)
    if target is not None and target.lower_ == "one":
        counted = pobj(target, {"of"})
        return target if counted is None else counted
    return target
