"""Modes decided by the kind of content, not by the trigger's word (modes24).

Two classes in which a cue word of the mode table names the act's genre but
the mode the manual and the records give depends on *what* is sanctioned or
threatened:

* *sanctions as such* (SANCTION ``discontinue`` → no mode): "imposed
  sanctions on dozens of officials", "the US sanctioned two judges", "froze
  the country's assets", "imposed asset freezes and travel bans". The
  annotation guide ("Sanctions": asset freezes and travel bans SANCTION, mode
  null) and most record sets leave a sanctions package without a mode;
  cutting a relation or trade is ``discontinue`` ("suspended aid", "froze all
  new trade"), so a trade word in the sanction's phrase ("sanctions on
  Iran's oil exports", "sanctions including a suspension of financial
  transactions") keeps it.
* *an unnamed response* (THREATEN ``violence`` → no mode): "said it would
  respond with mirror measures", "warned that Niamey would take all
  necessary measures if they were not extradited", "those behind the
  violence will pay for it". The cue ("respond", "measures", "pay") names no
  content; the records give ``violence`` only when the threat's clause is
  armed ("would respond with full force if Iran struck", "respond to any
  new aggression"): the guide's "reserved the right to respond" is
  THREATEN with no mode. "Intensify" and "sink" are such response words
  (review52): "would intensify its strikes", "threatened to sink the
  tanker" are violence, "intensify its pressure", "sink the trade deal"
  are not.

A third class: *a threatened labour strike* (THREATEN ``violence`` → no
mode): "workers would strike again if Congress watered down the labour
chapters" is a strike in the PROTEST sense; the cue "strike" is violence only
for an armed threatener.

A fourth: *a work stoppage named in the threat* (THREATEN ``violence`` → the
mode of the rest of its content, modes59): "warned that the strike would be
extended to the whole region", "threatened to dismiss striking nurses",
"warned of a 48-hour strike", a headline's "general strike paralyses the
port; government threatens to dock pay". The cue "strike" ("striking") is
then the stoppage, whoever threatens: a strike noun that
``labour_strikes.labour_strike`` reads as a work stoppage (a labour
modifier or striker, or an article's bare "the strike" beside a labour
strike and no military one), a strike noun given a duration ("a 36-hour
strike"), or "striking" said of people ("striking teachers"). Near-misses
that keep violence: a military or targeted strike ("more air strikes",
"strikes on the bases"), and any other armed word in the content.

Before these, a threat answered in kind ("would respond in a mirror
manner", no armed word) is THREATEN ``relations``
(``reciprocal_responses.py``, modes43).

Word lists are data (``_sanction_nouns``, ``_frozen_things``,
``_trade_words``, ``_vague_responses``, ``_armed_words``, ``_strike_words``,
``_labour_nouns`` in ``modes.yaml``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.stages.events.labour_strikes import STRIKE_WORDS, WORKERS
from eventwire.stages.events.labour_strikes import labour_strike as strike_sense
from eventwire.stages.events.mode_context import clause_head, content, objects_of
from eventwire.stages.events.mode_words import (
    cue_phrase,
    held_craft,
    mode_data,
    mode_words,
    person_nouns,
)
from eventwire.stages.events.reciprocal_responses import answers_in_kind
from eventwire.stages.events.weapon_verbs import fires_a_person

Phrases = tuple[frozenset[str], tuple[tuple[str, ...], ...]]
FREEZE_VERBS = {"freeze"}


def _split(words: list[str]) -> Phrases:
    """(one-word lemmas, multi-word phrases) of a word list."""
    phrases = [cue_phrase(w) for w in words]
    return (frozenset(p[0] for p in phrases if len(p) == 1),
            tuple(p for p in phrases if len(p) > 1))


@lru_cache(maxsize=1)
def _lists() -> dict[str, Phrases]:
    raw = mode_data()
    lists = {key: _split(raw[f"_{key}"]) for key in
             ("sanction_nouns", "frozen_things", "trade_words", "vague_responses",
              "armed_words", "strike_words", "labour_nouns")}
    lists["held_craft"] = _split(sorted(held_craft()))
    # unions of states ("the African Union"): the CONSULT multilateral names
    lists["state_unions"] = _split(raw["CONSULT"]["multilateral"])
    return lists


def _labour_striker(strikers: list[Token]) -> bool:
    """A worker or trade union among the strikers, not a union of states (a
    GPE such as "the Soviet Union", or a multilateral name, "the African
    Union")."""
    lists = _lists()
    states = set(_matches(strikers, lists["state_unions"]))
    return any(i not in states and strikers[i].ent_type_ != "GPE"
               for i in _matches(strikers, lists["labour_nouns"]))


def _forms(tok: Token) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


def _matches(tokens: list[Token], phrases: Phrases) -> list[int]:
    """Positions (into ``tokens``) covered by a word or phrase of the list."""
    singles, multis = phrases
    hit = [i for i, t in enumerate(tokens) if not singles.isdisjoint(_forms(t))]
    for phrase in multis:
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if all(phrase[k] in _forms(tokens[i + k]) for k in range(n)):
                hit += range(i, i + n)
    return hit


def _phrase(tok: Token) -> list[Token]:
    return sorted(tok.subtree, key=lambda t: t.i)


# what hangs from the sanction but is no part of what is sanctioned: the
# sanctioner, a relative clause on the targets ("officers who aided the
# coup"), another clause
OUTSIDE_PHRASE = {"nsubj", "relcl", "advcl", "ccomp", "parataxis"}


def _sanction_phrase(tok: Token) -> list[Token]:
    """The sanction and what it is on ("sanctions on Iran's oil exports",
    "sanctioned two banks", "sanctions targeting oil"), without
    ``OUTSIDE_PHRASE``."""
    out, stack = [], [tok]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack += [c for c in cur.children if c.dep_ not in OUTSIDE_PHRASE]
    return sorted(out, key=lambda t: t.i)


def _with_compounds(tok: Token) -> list[Token]:
    """The noun, its compound modifiers and the word before it, in text
    order: "asset freezes" also when the parser reads "freezes" as a verb."""
    words = {tok, *(c for c in tok.children if c.dep_ == "compound")}
    if tok.i > 0:
        words.add(tok.doc[tok.i - 1])
    return sorted(words, key=lambda t: t.i)


def sanctions_as_such(trigger: Span) -> bool:
    """Is the act a sanctions package, an asset freeze or a travel ban with
    no trade word in its phrase (class one of the module docstring)?"""
    root = trigger.root
    lists = _lists()
    if _matches(_with_compounds(root), lists["sanction_nouns"]):
        named = [root]  # "the sanctions", "sanctioned two judges", "asset freezes"
    elif root.lemma_.lower() in FREEZE_VERBS:
        named = [o for o in objects_of(trigger) if _matches([o], lists["frozen_things"])]
    else:  # "imposed sanctions / asset freezes / travel bans on ..."
        named = [o for o in objects_of(trigger)
                 if _matches(_with_compounds(o), lists["sanction_nouns"])]
    if not named:
        return False
    return not any(_matches(_sanction_phrase(n), lists["trade_words"]) for n in named)


def unnamed_response(trigger: Span) -> bool:
    """Does the threat's clause (the trigger's clause head and all below it,
    conditions included) name a response, and is it free of any violence
    cue once its response words are taken out, and of any armed word (class
    two of the module docstring)?"""
    from eventwire.stages.events.mode_cues import cue_words, cued_modes

    region = _phrase(clause_head(trigger))
    drop = set(_matches(region, _lists()["vague_responses"]))
    if not drop:  # "pointed a gun at officers": no response word, no class
        return False
    # "fire" as a dismissal ("if any worker was fired") is neither cue nor armed;
    # the culprits' own deed is what they are punished for (modes37)
    culprits = _culprit_deeds(region)
    rest = [t for i, t in enumerate(region)
            if i not in drop and t.i not in culprits and not fires_a_person(t)]
    if "violence" in cued_modes("THREATEN", cue_words(rest)) or \
            any(_sinks_craft(t) for t in region):
        return False
    return not _matches(rest, _lists()["armed_words"])


# what names the deed of the people a threat is aimed at: "anyone *who
# attacked police stations*", "those *behind the violence*", "those
# *responsible for the attack*"
CULPRIT_PREPS = {"behind"}
CULPRIT_ADJS = {"responsible", "accountable", "guilty"}


def _culprit_deeds(region: list[Token]) -> set[int]:
    """Class *a punishment threatened for others' violence* (THREATEN
    ``violence`` → no mode, modes37): the token indices of a deed told of
    the threatened people — a relative clause on a noun or pronoun ("warned
    that anyone who attacked soldiers would be punished"), a "behind" phrase
    ("those behind the riots will pay"), an adjective of blame with its
    complement ("those responsible for the shooting will be dealt with"); not
    a to-infinitive on a noun ("a heavy price to pay for any attack"). A
    cue there is what they did, not what the threatener will do; an armed
    word in the threat itself still arms it ("anyone who attacks the base
    will be shot", "those behind the raid will face our missiles")."""
    out: set[int] = set()
    for tok in region:
        if tok.pos_ not in ("NOUN", "PRON", "PROPN"):
            continue
        for child in tok.children:
            if child.dep_ == "relcl" and not _infinitival(child) or \
                    child.dep_ == "prep" and child.lower_ in CULPRIT_PREPS or \
                    child.dep_ == "amod" and child.lower_ in CULPRIT_ADJS:
                out.update(t.i for t in child.subtree)
    return out


def _infinitival(verb: Token) -> bool:
    """A to-infinitive ("a price *to pay* for the attack"): a modifier of
    the noun, no deed told of anyone."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _sinks_craft(tok: Token) -> bool:
    """A verb of ``_craft_verbs`` whose object is a vessel or a pronoun for a
    thing told before: "threatened to sink the tanker", "to sink it"."""
    if tok.lemma_.lower() not in mode_words()["_craft_verbs"]:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.pos_ == "PRON" or _matches(
        [c], _lists()["held_craft"])) for c in tok.children)


def _defers(subj: Token) -> bool:
    """A subject that names its referent elsewhere: "they", "its members"."""
    return subj.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                      for c in subj.children)


def _strikers(strike: Token) -> list[Token]:
    """Who strikes: the subject of the strike word or of the first verb above
    it with a subject; a pronoun subject ("they would strike", "its members
    would strike") defers to the next one up ("the union warned ...")."""
    tok = strike
    while True:
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        root = tok.head.i == tok.i  # the sentence root: no subject above
        if subj and not all(_defers(s) for s in subj) or root:
            return [t for s in subj for t in s.subtree]
        tok = tok.head


def labour_strike(trigger: Span) -> bool:
    """Class three: is the threat a labour strike ("unions said they would
    *strike* again", "doctors threatened to strike")? A strike word in the
    threat's clause, a worker or union named as its striker (not elsewhere in
    the sentence: "the EU warned that Russia would strike" is Russia's; not a
    union of states, "the Soviet Union threatened to strike"), and
    no other armed word in the clause ("the army would strike rebel
    positions" is armed by its army)."""
    lists = _lists()
    region = _phrase(clause_head(trigger))
    strikes = set(_matches(region, lists["strike_words"]))
    if not strikes or not any(_labour_striker(_strikers(region[i])) for i in strikes):
        return False
    rest = [t for i, t in enumerate(region) if i not in strikes and not fires_a_person(t)]
    return not _matches(rest, _lists()["armed_words"])


# the units of a strike's length: "a 36-hour strike", "a three-day strike"
DURATIONS = frozenset({"hour", "day", "week", "month"})


def _stoppage(tok: Token) -> bool:
    """A strike word that names a work stoppage (class four): a labour
    strike of ``labour_strikes``, a strike noun with a duration, or
    "striking" said of people ("striking nurses", "striking workers")."""
    if tok.lower_ == "striking":
        head = tok.head
        return tok.dep_ in ("amod", "acl") and head.pos_ == "NOUN" and (
            head.lemma_.lower() in person_nouns() or head.lower_ in WORKERS)
    if tok.lower_ not in STRIKE_WORDS or tok.pos_ == "VERB":
        return False
    return strike_sense(tok) is not None or any(
        c.lower_.rsplit("-", 1)[-1] in DURATIONS and c.dep_ in ("compound", "amod", "nmod")
        for c in tok.children)


def stoppage_threat(trigger: Span) -> tuple[bool, str | None]:
    """Class four: (False, None) when the threat's content (the region the
    cascade read) names no work stoppage, or keeps an armed word or a
    violence cue besides it; else (True, the first mode cued in the content
    without its stoppage words, None when none is)."""
    from eventwire.stages.events.mode_cues import cue_words, first_mode

    region = [t for t in content(trigger) if t.i != trigger.root.i]
    stops = {t.i for t in region if _stoppage(t)}
    if not stops:
        return False, None
    rest = [t for t in region if t.i not in stops]
    if _matches([t for t in rest if not fires_a_person(t)], _lists()["armed_words"]):
        return False, None
    found = first_mode("THREATEN", cue_words(rest))
    return found != "violence", found


def content_mode(kind: str, trigger: Span, mode: str | None) -> str | None:
    """The cascade's mode, or None for the classes of this module
    (``relations`` for a threat answered in kind; the rest of a threat's
    content for a threatened stoppage)."""
    if kind == "SANCTION" and mode == "discontinue" and sanctions_as_such(trigger):
        return None
    if kind == "THREATEN" and mode in (None, "violence") and answers_in_kind(trigger):
        return "relations"  # "would respond in a mirror manner" (modes43)
    if kind == "THREATEN" and mode == "violence" and \
            (unnamed_response(trigger) or labour_strike(trigger)):
        return None
    if kind == "THREATEN" and mode == "violence":
        stoppage, found = stoppage_threat(trigger)
        return found if stoppage else mode
    return mode
