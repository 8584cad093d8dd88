"""Acts named by a general verb and what it takes (issue #12, branch events6).

Found in the missed gold events of at least three record sets each; word
lists are in ``eventwire/data/events/detection.yaml``:

* **using a weapon** — "police used tear gas on the crowd", "rubber bullets
  were used", "troops used excessive force" (ASSAULT): "use" with a weapon
  as its object or passive subject (not "used the money", "used the
  opportunity");
* **setting fire** — "set vehicles on fire", "set the building ablaze",
  "set fire to a police station" (ASSAULT; a crowd's arson becomes a riot
  in ``component``);
* **putting up barricades** — "set up burning barricades", "erected
  barricades of tyres" (PROTEST ``obstruct``);
* **holding people captive** — "held them hostage", "held the staff at
  gunpoint" (ASSAULT ``abduct``; "held talks", "held a rally" are not);
* **dispersing a crowd** (branch events7) — "soldiers dispersed them with
  tear gas", "police broke up a rally", "riot police trying to disperse
  the crowds" (ASSAULT ``crowd-control``); not the purpose of another act
  ("fired tear gas to disperse the crowd": one event, on the firing);
* **threatening with a weapon** (branch events8) — "drew a gun on the
  officers", "pointed a revolver at them", "waved a knife at the guard"
  (THREATEN ``violence``, docs/annotation.md "Crime"); not "pointed the
  finger at", "drew attention";
* **throwing projectiles** (branch events8) — "hurled volleys of petrol
  bombs", "tossed in Molotov cocktails", "launched rocks at the officers",
  "pelted the minister with eggs", "devices thrown by the crowd" (ASSAULT; a
  crowd's throwing becomes a riot in ``component``);
* **boarding or escorting a vessel** (branch events12) — "marines boarded
  the pirate skiff", "the coast guard boarded two trawlers" (COERCE, mode
  null, docs/annotation.md "Piracy"); "a frigate escorted the convoy of
  tankers", "escorted the ferry to safety" (AID); not "boarded a plane",
  "boarded up the windows", "escorted the reporter out of the hall";
  a vessel seized and then escorted to port (branch events44: "detained the
  trawler and escorted it to the harbour", "were seized and escorted to the
  naval base") is the seizure's custody (COERCE, mode null, docs/annotation.md:
  "escorting it to port under detention COERCE; not rec_j's escort to
  safety, which is AID"); the census of m45's missed events found five in
  four sets;
* **responding with force** (branch events13) — "police responded with tear
  gas", "the crew retaliated with small arms", "troops replied with barrages
  of gunfire" (ASSAULT); not "responded with a statement", "reacted with
  fury", nor a reaction still to come ("will respond with force" is a
  threat, tested first in ``detection``; "to respond with force");
* **recovering weapons** (branch events15) — "the commandos recovered 12
  rifles", "a handgun was recovered during the arrest" (COERCE ``seize``);
  not "recovered the bodies", "recovered from his wounds";
* **standing with an actor** — "said it stood with its ally", "stands by
  the people of Sri Lanka", "stood behind the government" (SUPPORT; not
  "stood by its decision", "stood by for orders").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.nlp.spans import patient_child as _patient
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.detection_words import listed as _in
from eventwire.stages.events.detection_words import words
from eventwire.stages.events.mode_context import is_person
from eventwire.stages.events.mode_words import mode_words

FORCE_KEYS = ("weapon_words", "arms_words", "projectile_words", "response_force_words")
ACTOR_ENTS = {"PERSON", "GPE", "NORP", "ORG"}
PEOPLE_PRONOUNS = {"him", "her", "them", "us", "me"}
STATES_OF_FIRE = {"ablaze", "alight", "afire", "aflame"}
POINTS = {"gunpoint", "knifepoint"}
REFERRING_PRONOUNS = {"it", "them"}
SHIP_PREFIXES = {"mv", "mt", "ms", "ins", "uss", "hms", "fv"}


def uses_weapon(tok: Token) -> bool:
    """"used tear gas", "water cannon was used", "heavy weapons being used":
    a weapon as what is used."""
    if _lemma(tok) != "use":
        return False
    obj = _patient(tok) or (tok.head if tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN")
                            else None)
    return obj is not None and _in(obj, "weapon_words")


def sets_fire(tok: Token) -> bool:
    """"set X on fire", "set X ablaze", "set fire to X"."""
    if _lemma(tok) != "set":
        return False
    obj = _patient(tok)
    if obj is not None and obj.lower_ == "fire":  # "set fire to the station"
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                _in(g, "fire_words") for g in c.children):
            return True
        if c.lower_ in STATES_OF_FIRE:  # "set parliament ablaze", however parsed
            return True
    return False


def puts_up_barricade(tok: Token) -> bool:
    """"set up barricades", "erected roadblocks of burning tyres"."""
    if _lemma(tok) not in words()["barricade_verbs"]:
        return False
    obj = _patient(tok)
    if obj is None or not _in(obj, "barricade_words"):
        return False
    up = any(c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in tok.children)
    return up or _lemma(tok) in ("erect", "build")


CAPTIVE_PREDICATES = {"hostage", "captive"}


def holds_captive(tok: Token) -> bool:
    """"held them hostage", "held the staff at gunpoint": a person held as a
    captive, in the active voice (the passive is ``detection.held_in_custody``)."""
    if _lemma(tok) != "hold" or any(c.dep_ == "auxpass" for c in tok.children):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if _in(obj, "captive_words"):
        # "held hostages" alone: the parse has no predicate; but "held the
        # tourists hostage" parses the predicate as the object, its person a
        # compound (review82)
        return _lemma(obj) in CAPTIVE_PREDICATES and any(
            c.dep_ == "compound" and _a_person(c) for c in obj.children)
    if any(c.i != obj.i and _in(c, "captive_words") for c in tok.children):
        return True  # "held them hostage", "held the crew captive"
    # "held staff at gunpoint": the phrase hangs on the verb or on its object
    ats = [c for t in (tok, obj) for c in t.children if c.dep_ == "prep" and c.lower_ == "at"]
    return any(g.lower_ in POINTS for a in ats for g in a.children)


def _a_person(tok: Token) -> bool:
    """A person or people ("the tourists", "the journalist"; not "a city"):
    ``mode_context.is_person`` with the custody nouns added, so a captive
    held at gunpoint is one whoever the list of modes misses."""
    return is_person(tok, frozenset(mode_words()["_person_nouns"])) or _in(tok, "custody_people")


def _measured(obj: Token) -> Token:
    """"volleys of petrol bombs", "a hail of stones": the of-noun is the thing."""
    inner = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    return inner if inner is not None else obj


def _things(obj: Token) -> list[Token]:
    """The object and its conjuncts ("rocks and petrol bombs")."""
    head = _measured(obj)
    return [head] + [c for c in head.children if c.dep_ == "conj"]


def brandishes_weapon(tok: Token) -> bool:
    """"drew a gun on him", "pointed a revolver at the officers", "waved a
    knife": a weapon as what is pointed, drawn or waved; or, aimed *at*
    someone, a weapon the object only refers to (``_aimed_weapon``)."""
    if _lemma(tok) not in words()["threat_gesture_verbs"]:
        return False
    obj = _patient(tok)
    if obj is None:
        return False
    return any(_in(t, "arms_words") for t in _things(obj)) or _aimed_weapon(tok, obj)


def _aimed_weapon(tok: Token, obj: Token) -> bool:
    """"had a revolver and pointed it at the officers", "took out a knife and
    aimed it at the clerk" (the weapon named earlier in the sentence, the
    object a pronoun); "pointed a .357 caliber revolver at them" (a split
    number makes the parser hang the weapon below the object): the weapon is
    among the words before the "at" phrase. Needs "at": "pointed the finger
    at the government" has no weapon before it, "pointed it out" no "at"."""
    at = next((t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "at"
               and t.i > tok.i), None)
    if at is None:
        return False
    if obj.lower_ in REFERRING_PRONOUNS:
        return any(_in(t, "arms_words") for t in tok.sent if t.i < tok.i)
    return any(_in(t, "arms_words") for t in tok.doc[tok.i + 1:at.i])


def throws_projectile(tok: Token) -> bool:
    """"hurled stones", "tossed in Molotov cocktails", "pelted police with
    rocks", "bottles were thrown": a projectile as what is thrown (for
    "pelt", "shower", "rain": the with-phrase)."""
    if _lemma(tok) not in words()["throwing_verbs"]:
        return False
    things = [t for obj in [_patient(tok)] if obj is not None for t in _things(obj)]
    # "pelted police with rocks"; "tossed in Molotov cocktails" (particle read as a preposition)
    things += [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "in")
               for g in c.children if g.dep_ == "pobj" for t in _things(g)]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "devices thrown by the crowd"
        things += _things(tok.head)
    return any(_in(t, "projectile_words") for t in things)


def stands_with(tok: Token) -> bool:
    """"stood with its ally", "stands by the people of Sri Lanka": support
    for an actor (a named one or a people, ally, government)."""
    if _lemma(tok) != "stand" or tok.pos_ != "VERB":
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and _in(c, "solidarity_preps")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.ent_type_ in ACTOR_ENTS or _in(obj, "solidarity_objects") or \
                    obj.lower_ in PEOPLE_PRONOUNS:
                return True
    return False


TRY_VERBS = {"try", "attempt", "seek", "struggle", "manage"}  # "trying to disperse": the act


def disperses_crowd(tok: Token) -> bool:
    """"dispersed the protesters", "broke up a rally", "trying to disperse
    the crowds": a dispersal verb with any object (or "break up" with a
    gathering), unless it is an infinitive of purpose ("to disperse them"
    after the firing, the guide's one event)."""
    lemma = _lemma(tok)
    obj = _patient(tok)
    if obj is None:
        return False
    if lemma == "break":
        if not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) or \
                not _in(obj, "gathering_words"):
            return False
    elif lemma not in words()["dispersal_verbs"]:
        return False
    purpose = tok.dep_ in ("advcl", "xcomp", "acl") and \
        tok.head.lemma_.lower() not in TRY_VERBS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return not purpose


def _vessel(obj: Token | None) -> bool:
    """A ship, boat or convoy, or a name with a ship prefix ("MV Gibe")."""
    if obj is None:
        return False
    things = _things(obj)
    return any(_in(t, "vessel_words") for t in things) or any(
        c.dep_ == "compound" and c.lower_ in SHIP_PREFIXES for t in things for c in t.children)


def boards_vessel(tok: Token) -> bool:
    """"boarded the pirate dhow", "two skiffs were boarded": a vessel boarded
    (a plane or a train is travel; "boarded up" is shuttering)."""
    if _lemma(tok) != "board" or any(c.dep_ == "prt" for c in tok.children):
        return False
    return _vessel(_patient(tok))


def escorts_vessel(tok: Token) -> bool:
    """"escorted the convoy through the strait", "escorted the ship to
    safety": protection given to a vessel, or to anyone taken to safety."""
    if _lemma(tok) != "escort":
        return False
    safety = any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.lower_ == "safety" for g in c.children) for c in tok.children)
    return safety or _vessel(_patient(tok))


def escorts_seized_vessel(tok: Token) -> bool:
    """"intercepted the trawler and escorted it to the port of Tema", "three
    boats were seized and escorted to the naval base": an escort "to" a
    place coordinated with a seizure verb (``seizure_verbs``) takes the
    seized vessel into custody; "sent a patrol boat and escorted the ship
    back" or "escorted the ferry to safety" are protection (AID, above)."""
    if _lemma(tok) != "escort" or tok.dep_ != "conj" or not _in(tok.head, "seizure_verbs"):
        return False
    obj = _patient(tok)  # "escorted it", else the seized one ("were seized and escorted")
    if not (_vessel(obj) or (obj is None and _vessel(_patient(tok.head)))
            or (obj is not None and obj.lower_ in ("it", "them") and _seized_thing(tok.head))):
        return False  # "arrested the organiser and escorted the marchers to the square"
    return any(c.dep_ == "prep" and c.lower_ == "to" and not any(
        g.lower_ == "safety" for g in c.children) for c in tok.children)


def _seized_thing(seizure: Token) -> bool:
    """What "it"/"them" of the escort stands for: the seizure's patient, a
    vessel or at least no person ("captured two patrol boats and escorted
    them", not "arrested the protesters and escorted them": review86)."""
    seized = _patient(seizure)
    return seized is None or _vessel(seized) or not _a_person(seized)


def recovers_arms(tok: Token) -> bool:
    """"the commandos recovered 12 AK-47 rifles", "a handgun was recovered
    during the arrest", "took the guards' weapons": weapons taken
    from someone are a seizure (COERCE ``seize``, docs/annotation.md
    "Piracy"); not "recovered the bodies", "recovered from his wounds"."""
    if _lemma(tok) not in words()["recovery_verbs"] or any(c.dep_ == "prt"
                                                            for c in tok.children):
        return False  # "took up arms" is mobilising
    obj = _patient(tok)
    return obj is not None and any(_in(t, "arms_words") or _in(t, "weapon_words")
                                   for t in _things(obj))


def _forceful(tok: Token) -> bool:
    return any(_in(tok, key) for key in FORCE_KEYS)


def responds_with_force(tok: Token) -> bool:
    """"responded with tear gas", "retaliated with small arms": force as what
    a reaction was made with; not one to come (a modal or "to")."""
    if _lemma(tok) not in words()["response_verbs"]:
        return False
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in tok.children):
        return False
    return any(_forceful(t) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj" for t in _things(g))


# (test, type, mode, rule) in order; ``detection.construction`` runs them
PHYSICAL_CLASSES = ((uses_weapon, "ASSAULT", None, "weapon-use"),
                    (sets_fire, "ASSAULT", None, "arson"),
                    (puts_up_barricade, "PROTEST", "obstruct", "barricade"),
                    (holds_captive, "ASSAULT", "abduct", "captive"),
                    (stands_with, "SUPPORT", None, "solidarity"),
                    (brandishes_weapon, "THREATEN", "violence", "weapon-threat"),
                    (throws_projectile, "ASSAULT", None, "projectile"),
                    (disperses_crowd, "ASSAULT", "crowd-control", "dispersal"),
                    (boards_vessel, "COERCE", None, "boarding"),
                    (escorts_seized_vessel, "COERCE", None, "seized-escort"),
                    (escorts_vessel, "AID", None, "escort"),
                    (responds_with_force, "ASSAULT", None, "force-response"),
                    (recovers_arms, "COERCE", "seize", "arms-recovery"))


# the words (or detection.yaml keys) each class above starts from: its
# first test answers False for any other lemma
START_LEMMAS = ("use", "set", "barricade_verbs", "hold", "stand", "threat_gesture_verbs",
                "throwing_verbs", "break", "dispersal_verbs", "board", "escort",
                "response_verbs", "recovery_verbs")


@lru_cache(maxsize=1)
def start_lemmas() -> frozenset[str]:
    """Every lemma a class of ``PHYSICAL_CLASSES`` can start from, asked
    once per verb before the twelve tests (speed: they run on every verb of
    every article and each read the lemma anew to reject nearly all)."""
    w = words()
    return frozenset(x for k in START_LEMMAS for x in (w[k] if k in w else (k,)))


def physical_act(tok: Token) -> tuple[str, str | None, str] | None:
    """The (type, mode, rule) of the first class above that ``tok`` heads."""
    if tok.pos_ != "VERB" or _lemma(tok) not in start_lemmas():
        return None
    for test, kind, mode, rule in PHYSICAL_CLASSES:
        if test(tok):
            return kind, mode, rule
    return None
