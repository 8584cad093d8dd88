"""A road vehicle or its driver striking someone (issue #12, branch events30).

The lexicon reads "strike" and "hit" as ASSAULT. In the real outlets' crime
copy, a driver striking a pedestrian was a false event each time: an
accident, not a deliberate act (docs/annotation.md). Three forms name the
vehicle as what strikes:

* **a vehicle or a driver as the doer** — the subject or by-agent is a road
  vehicle or its driver: "she was struck by a van while crossing the
  street", "a delivery truck hit a pensioner outside the station", "a
  drunk driver who tried to flee after striking a cyclist";
* **a vehicle as the instrument** — "hit the boy with his pickup", "hit a
  jogger with her car", a named car model after "with" (a PRODUCT name);
* **not a force's vehicle, not a walkout** — a doer modified by a force or
  a bomb keeps the act: "run over by a police armoured vehicle", "a
  military truck hit the crowd", "a suicide car bomber struck the gate"
  (the bomber is no vehicle); a blow needs someone struck, so "taxi
  drivers will strike on Monday" (a labour strike) stays;
* **not a bomb struck** — a vehicle that hits a mine or a bomb is the
  target of an explosive attack, not the doer of an accident: "a bus hit a
  roadside bomb", "a car struck a landmine outside the village", "the
  minibus hit an explosive device" (explosive words: the ASSAULT
  ``explosives`` cues of ``modes.yaml``);
* **not a driver's own blow** — a driver or motorist who strikes with a
  weapon or on the body is an assault, not a collision: "the driver struck
  the policeman in the face", "taxi drivers hit the officer with sticks",
  "a motorist hit the warden on the head" (a vehicle as the instrument,
  "hit a jogger with her car", stays an accident);
* **not a crowd struck** — a vehicle driven into protesters or a crowd is
  the attack of the news, not a collision: "a van hit a group of
  protesters", "a motorist hit three marchers blocking the road", "a car
  struck the crowd outside the embassy".

roads57 widens the doer to the **verb group** and adds the **vehicle struck**
(ECB+ hit-and-run stories, eight false events in one topic and own probes):

* **the by-phrase of a conjunct** — "she was struck and killed by a
  motorist", "a woman hit and killed by a car": the parser hangs the
  by-phrase on the last verb of "struck and killed";
* **a vehicle struck by a person or a vehicle** — "he hit another vehicle
  at the intersection", "Lasalle struck two parked cars", "the van struck
  a taxi": a collision, when the doer is a named person, a pronoun, a
  driver or a vehicle ("a missile hit a car", "gunmen struck a bus" and a
  force's vehicle, "hit a police truck", stay).

* **a control of the vehicle struck** — "LaSalle hit the gas and sped
  away", "she hit the brakes too late", "the driver struck the accelerator
  pedal": driving, no blow (``vehicle_controls``).

Ramming ("rammed a truck into the crowd") is not read here: the lexicon's
"ram" stays an attack. Word lists: ``eventwire/data/events/road_accidents.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader, word_list_of
from eventwire.nlp.clause_subjects import clause_subject
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.mode_words import mode_data

WORDS = DATA_DIR / "events" / "road_accidents.yaml"
RELATIVES = frozenset({"who", "that", "which"})
PRONOUNS = frozenset({"he", "she", "they", "i", "we"})

words = word_list_loader(WORDS)
crowd_nouns = word_list_of(DATA_DIR / "events" / "roles.yaml", "crowd_nouns")


def _subject(tok: Token) -> Token | None:
    """The subject of the blow, walked up a few clause links; a relative
    pronoun stands for the noun its clause hangs on."""
    return clause_subject(tok, links=words()["doer_links"], steps=5, relatives=RELATIVES)


def _in_list(noun: Token, key: str) -> bool:
    return noun.lower_ in words()[key] or _lemma(noun) in words()[key]


def _road_vehicle(noun: Token) -> bool:
    """A road vehicle or driver noun with no force modifier."""
    if not (_in_list(noun, "road_vehicles") or _in_list(noun, "road_drivers")):
        return False
    force = words()["force_modifiers"]
    return not any(t.lower_ in force for t in noun.subtree)


def _with_objects(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj"]


def _instrument(tok: Token) -> bool:
    """"with his car", "with his pickup", "with" a car model's name."""
    return any(_road_vehicle(g) or g.ent_type_ == "PRODUCT" for g in _with_objects(tok))


@lru_cache(maxsize=1)
def _explosive_cues() -> frozenset[tuple[str, ...]]:
    """The ASSAULT ``explosives`` cues of ``modes.yaml``, as word tuples."""
    cues: list[str] = mode_data()["ASSAULT"]["explosives"]
    return frozenset(tuple(c.lower().split()) for c in cues)


def _explosive(noun: Token) -> bool:
    """"a landmine", "a roadside bomb", "an explosive device"."""
    phrase = (*(_lemma(c) for c in noun.children if c.dep_ in ("compound", "amod")),
              _lemma(noun))
    return any(phrase[-len(cue):] == cue for cue in _explosive_cues())


def _bomb_struck(tok: Token) -> bool:
    """"a bus hit a roadside bomb": the vehicle is the bomb's target."""
    return any(c.dep_ == "dobj" and _explosive(c) for c in tok.children)


def _crowd_struck(tok: Token) -> bool:
    """"a van hit a group of protesters", "a motorist hit three marchers":
    what is struck is a crowd (``crowd_nouns`` of ``roles.yaml``)."""
    struck = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    struck += [g for c in struck for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    return any(c.lower_ in crowd_nouns() or _lemma(c) in crowd_nouns() for c in struck)


def _own_blow(tok: Token, doer: Token) -> bool:
    """A driver's blow with a weapon or on the body: "struck the policeman
    in the face", "hit the officer with sticks"."""
    if not _in_list(doer, "road_drivers"):
        return False
    weapons = [g for g in _with_objects(tok) if not _road_vehicle(g)]
    placed = any(g.dep_ == "pobj" and _in_list(g, "body_parts")
                 for c in tok.children if c.dep_ == "prep" for g in c.children)
    return bool(weapons) or placed


def _group_agents(tok: Token) -> list[Token]:
    """The by-agents of the verb and of its conjuncts ("struck and killed by
    a motorist"), or of the verb it is a conjunct of."""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    return [g for v in verbs for c in v.children if c.dep_ == "agent" for g in c.children
            if g.dep_ == "pobj"]


def _strikes_a_vehicle(tok: Token) -> bool:
    """The verb's object is a road vehicle ("hit another vehicle")."""
    return any(c.dep_ == "dobj" and _road_vehicle(c) for c in tok.children)


def _vehicle_struck(tok: Token, doers: list[Token]) -> bool:
    """"he hit another vehicle", "Lasalle struck two parked cars": a road
    vehicle struck by a person, a pronoun, a driver or a vehicle."""
    if not _strikes_a_vehicle(tok):
        return False
    return any(d.ent_type_ == "PERSON" or d.lower_ in PRONOUNS or _road_vehicle(d)
               for d in doers)


def _struck_someone(tok: Token) -> bool:
    """An object, a passive, or an object shared with a conjunct ("striking
    and fatally injuring a woman"); "bus drivers strike" has none (a labour
    strike)."""
    deps = {c.dep_ for c in tok.children}
    if deps & {"dobj", "nsubjpass", "agent"} or _group_agents(tok):
        return True
    return any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children)
               for c in tok.children)


def _control_struck(tok: Token) -> bool:
    """"hit the gas", "hit the brakes": a control of the vehicle struck."""
    return any(c.dep_ == "dobj" and _in_list(c, "vehicle_controls") for c in tok.children)


def is_road_accident(tok: Token) -> bool:
    """A blow whose doer or instrument is a private road vehicle or driver,
    or whose object is a control of the vehicle."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["blow_verbs"]:
        return False
    if _control_struck(tok):
        return True
    if not _struck_someone(tok) or _bomb_struck(tok) or _crowd_struck(tok):
        return False
    agents = _group_agents(tok)
    subject = None if agents else _subject(tok)
    doers = agents or ([subject] if subject is not None else [])
    if any(_own_blow(tok, d) for d in doers):
        return False
    return (any(_road_vehicle(d) for d in doers) or _instrument(tok)
            or _vehicle_struck(tok, doers))
