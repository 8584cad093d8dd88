"""Police or troops clearing a blockade, a camp or a square (issue #12,
branch types42); asked by ``triggers._candidate`` before the verbs'
lexicon entries.

The lexicon reads "clear" as CONCEDE (a ban or a hurdle cleared). When the
state's forces remove protesters, docs/annotation.md types the act COERCE
(mode null): "Police cleared the road" (rec_o), police who "dismantled a
blockade" (Blockades and evictions), "the clearing COERCE `hypothetical`"
(as soon as the road is cleared), troops "clearing the blockade". The
construction:

* "clear" or "dismantle" with a protest's obstruction as object
  (blockade, roadblock, barricade, picket, protest camp, sit-in,
  protesters): "police clear blockades", "we will clear them" after
  "roadblocks" in the same sentence (the pronoun stands for them);
* "clear" with a force as doer (police, officers, troops, soldiers,
  security forces, gendarmes; the subject of the governing verb for "used
  force to clear") and a public way or square as object ("cleared the
  road", "cleared the depot").

Not: "cleared of charges" (an acquittal), "cleared the way for talks", a
court that "clears" an extradition, customs "clearing goods", the
protesters clearing the road themselves (no force), roads cleared of snow,
landslides or rubble (domestic relief: the guide's "soldiers clearing
roads" is no event), "fired tear gas to clear the crowd" (the firing is
the guide's ASSAULT `crowd-control`; the purpose is no second event), and
a militants' training camp dismantled, and a clearing named as a role
("support police in clearing the blockade": the guide labels the support).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.lexicon_candidates import Candidate
from eventwire.stages.events.mention_lookup import children_of

COERCE = "COERCE"
RULE = "curated-verb+clearance"
VERBS = frozenset({"clear", "dismantle"})
# what protesters put in the way, or the protesters themselves
OBSTRUCTIONS = frozenset({
    "blockade", "blockades", "roadblock", "roadblocks", "barricade", "barricades",
    "picket", "pickets", "picketers", "camp", "camps", "encampment", "encampments",
    "sit-in", "protesters", "protestors", "demonstrators", "occupiers", "squatters",
    "blockaders", "protest", "protests", "tents"})
# places a force clears of people (not "area" or "building": a bomb alert's evacuation)
WAYS = frozenset({"road", "roads", "highway", "highways", "street", "streets", "square",
                  "bridge", "depot", "plaza", "crossing", "motorway", "route", "junction",
                  "avenue", "roundabout", "toll", "entrance"})
FORCES = frozenset({"police", "policeman", "policemen", "officer", "officers", "troops",
                    "soldiers", "army", "gendarmes", "gendarmerie", "forces", "guards",
                    "military", "carabineros", "rcmp"})
# roads cleared after a disaster or of ordnance: relief, no coercion
HAZARDS = frozenset({"snow", "landslide", "landslides", "rubble", "debris", "mud", "flood",
                     "floods", "avalanche", "earthquake", "quake", "storm", "ice", "lava", "fallen",
                     "ash", "mines", "explosives", "ordnance", "cyclone", "hurricane",
                     "typhoon"})
# "fired tear gas to clear the crowd": the firing is the event
FORCE_ACTS = frozenset({"fire", "shoot", "spray", "fling", "hurl", "lob"})
NOT_CAMPS = frozenset({"training", "militant", "terrorist", "terror", "rebel", "jihadist",
                       "insurgent", "migrant", "refugee", "summer"})
PRONOUNS = frozenset({"them", "it"})
WARNINGS = frozenset({"warn", "threaten", "caution"})


def clearance(tok: Token) -> Candidate | None:
    """The COERCE candidate for a force's clearing at ``tok``, else None."""
    lemma = tok.lemma_.lower()
    if lemma not in VERBS:
        return None
    if tok.pos_ != "VERB" or not _clears(tok, lemma):
        return None
    return Candidate(tok, tok.i + 1, COERCE, None, [], RULE, False)


def announced_clearance(tok: Token) -> bool:
    """"we will clear them", "police would clear the roads if necessary":
    the clearing announced by its side keeps its type (``intent.py`` asks;
    docs/annotation.md: COERCE `conditional`), unless a warning verb
    governs it ("warned that police would clear the roads": THREATEN)."""
    if clearance(tok) is None:
        return False
    return not (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in WARNINGS)


def _clears(tok: Token, lemma: str) -> bool:
    kids = children_of(tok)
    if any(dep == "prep" and lower == "of" and not _of_obstruction(tok.doc[i])
           for dep, i, lower in kids):
        return False  # "cleared of wrongdoing"; not "cleared the square of protesters"
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in FORCE_ACTS:
        return False
    if tok.dep_ == "pcomp":  # "allows the army to support police in clearing the blockade"
        return False
    if any(t.lower_ in HAZARDS for t in tok.sent):
        return False
    objects = [tok.doc[i] for dep, i, _ in kids if dep in ("dobj", "nsubjpass")]
    if any(_obstruction(o) for o in objects):
        return True
    if lemma != "clear":
        return False
    if any(o.lower_ in PRONOUNS for o in objects) and _obstruction_before(tok):
        return True
    return any(o.lower_ in WAYS for o in objects) and _by_force(tok)


def _obstruction(obj: Token) -> bool:
    """A protest's blockade, camp or crowd ("the lithium road blockade"),
    not a militants' camp."""
    if obj.lower_ not in OBSTRUCTIONS:
        return False
    return not any(c.lower_ in NOT_CAMPS for c in obj.children)


def _of_obstruction(prep: Token) -> bool:
    """"of protesters": the people the place was cleared of."""
    return any(c.dep_ == "pobj" and _obstruction(c) for c in prep.children)


def _obstruction_before(tok: Token) -> bool:
    """"If the roadblocks are not lifted, we will clear them": the
    obstruction named earlier in the sentence."""
    return any(t.lower_ in OBSTRUCTIONS for t in tok.sent if t.i < tok.i)


def _by_force(tok: Token) -> bool:
    """The doer is a police or army force: the verb's subject, the passive's
    agent, or the subject of the verb it completes ("police used force to
    clear the depot", "police would clear")."""
    verb: Token | None = tok
    while verb is not None:
        for dep, i, _ in children_of(verb):
            if dep == "nsubj":
                return _a_force(verb.doc[i])
            if dep == "agent":
                return any(_a_force(g) for g in verb.doc[i].children if g.dep_ == "pobj")
        verb = verb.head if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head is not verb \
            else None
    return False


def _a_force(noun: Token) -> bool:
    """"police", "riot police", "security forces", "Bolivian police and
    soldiers" (the first conjunct's head)."""
    return noun.lower_ in FORCES
