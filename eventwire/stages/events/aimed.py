"""Class *what a thing thrown, fired or pointed is aimed at* (recips15).

Why: the recipient rules read the trigger verb's own at/toward phrase
("fired at the convoy"), but the parser often hangs that phrase on the
thing thrown, fired or pointed ("pointed a gun [at the officers]",
"threw stones [at the squad car]", "hurled volleys of petrol bombs and
rocks [at a police station]", "fired tear gas [at marchers]"), or the
thing is the passive subject and the verb's own at-phrase was never read
("bottles were thrown [at police officers]": a passive gives only its
subject as a candidate). Whom the thing is aimed at is the act's target
(docs/annotation.md: "opened fire" on X has X as recipient; a police
station or squad car stands for the police).

Only when the object (or passive subject) is a weapon, projectile or
round of fire (``detection.yaml``: ``weapon_words``, ``arms_words``,
``projectile_words``, ``response_force_words``, read through
``physical.words``): "arrested a man at the airport", "signed a deal at
the summit" name where, not whom.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Token

from eventwire.nlp.arrays import column, remember
from eventwire.stages.events.physical import FORCE_KEYS, words

AIM_PREPS = frozenset({"at", "toward", "towards"})
# how a word of the thing's noun phrase hangs from its head ("volleys of
# petrol bombs and rocks", "tear gas", "a volley of shots")
NP_DEPS = frozenset({"pobj", "prep", "conj", "cc", "compound", "amod", "nmod", "det",
                     "nummod", "quantmod"})


def _force_word(tok: Token) -> bool:
    return _force_strings(tok.lower_, tok.lemma_.lower())


# (form id, lemma id) -> the word is a force word (a ``remember`` memo)
_FORCE_IDS: dict[tuple[int, int], bool] = {}


def _may_hold_force(thing: Token) -> bool:
    """Some word between the thing's left and right edges is a force word
    (:func:`_force_word`, read on the attribute columns, one answer per
    distinct word). The phrase's nouns are descendants of the thing, so they
    lie between its edges: without such a word none is one (speed48: the
    phrase walk built a Token per word of every verb trigger's object)."""
    doc = thing.doc
    lower, lemma, strings = column(doc, LOWER), column(doc, LEMMA), doc.vocab.strings
    for i in range(thing.left_edge.i, thing.right_edge.i + 1):
        key = (lower[i], lemma[i])
        hit = _FORCE_IDS.get(key)
        if hit is None:
            hit = remember(_FORCE_IDS, key, _force_strings(strings[key[0]],
                                                           strings[key[1]].lower()))
        if hit:
            return True
    return False


def _force_strings(low: str, lemma: str) -> bool:
    """The form or the lemma is in one of the force lists (one test for
    :func:`_force_word` and the column memo of :func:`_may_hold_force`)."""
    table = words()
    return any(low in table[k] or lemma in table[k] for k in FORCE_KEYS)


def _phrase(head: Token) -> list[Token]:
    """The nouns of the thing's phrase: its head and what hangs from it
    through of-phrases and coordination, in order."""
    out: list[Token] = []
    for tok in head.subtree:
        cur, ok = tok, True
        while cur != head:
            if cur.dep_ not in NP_DEPS:
                ok = False
                break
            cur = cur.head
        if ok and tok.pos_ in ("NOUN", "PROPN"):
            out.append(tok)
    return out


def _aim_objects(tok: Token) -> list[Token]:
    """The at/toward objects on ``tok``, and its "into" objects that are no
    open space ("fired live rounds into the crowd", not "into the air")."""
    return [g for c in tok.children if c.dep_ == "prep"
            and (c.lower_ in AIM_PREPS or c.lower_ == "into")
            for g in c.children if g.dep_ == "pobj"
            and (c.lower_ != "into" or not open_space(g))]


def aimed_targets(verb: Token) -> list[Token]:
    """Whom the weapon or projectile the verb acts with is aimed at: the
    at/toward object hanging on its object's phrase, and the verb's own
    at/toward object when the thing is the passive subject."""
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None or not _may_hold_force(thing):
        return []
    nouns = _phrase(thing)
    if not any(_force_word(t) for t in nouns):
        return []
    out = [g for t in nouns for g in _aim_objects(t)]
    if thing.dep_ == "nsubjpass":
        out += _aim_objects(verb)
    return out


# "fire ... on X" aims as "at X" does
FIRED_PREPS = AIM_PREPS | {"on", "upon"}


def fired_noun_targets(noun: Token) -> list[Token]:
    """Class *a headline's "fire" parsed as a noun modifier of its round*
    (recips30): with no article, "police fire tear gas at X" is read as one
    noun phrase, "fire" a compound of "gas", and the at/on phrase hangs on
    the round or on some verb outside the phrase -- "Peru lawmakers back
    budget as police fire tear gas on protesters", "Ghana: police fire tear
    gas on Mahama supporters", "Guards fire rubber bullets at inmates after
    jail riot", "Police fire water cannon on farmers". Whom the round is
    aimed at: the at/on phrase hanging on the round or beginning right after
    its phrase. Only when the modified noun
    is a weapon or round (``_force_word``): "fire brigade on alert" names
    no one."""
    if noun.lemma_.lower() != "fire" or noun.pos_ != "NOUN" \
            or noun.dep_ not in ("compound", "nmod", "amod"):
        return []
    thing = noun.head
    while thing.dep_ == "compound" and thing.head.i > thing.i:  # "fire water cannon"
        thing = thing.head
    if thing.i <= noun.i or not _force_word(thing):
        return []
    out = _aim_objects_on(thing)
    after = thing.right_edge.i + 1
    if not out and after < len(thing.doc) and thing.doc[after].lower_ in FIRED_PREPS:
        out = [g for g in thing.doc[after].children if g.dep_ == "pobj"]
    return out


def _aim_objects_on(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in FIRED_PREPS
            for g in c.children if g.dep_ == "pobj"]


# where a round goes that hits no party: "fired shots into the air"
OPEN_SPACE = frozenset({"air", "sky", "skies", "water", "waters", "sea", "ground", "distance",
                        "darkness", "direction", "river", "ceiling", "wall"})
# verbs whose "into" object is what the round or the charge hits
INTO_VERBS = frozenset({"fire", "shoot", "charge", "ram", "plough", "plow"})
# "fired on Friday", "at one point", "at that moment": a time, not a target
TIME_ENTS = frozenset({"DATE", "TIME"})
TIME_NOUNS = frozenset({"time", "moment", "point", "stage", "hour", "night", "dawn", "dusk",
                        "noon", "midnight", "outset", "start", "end"})
# verbs that throw, fire, point or use a thing on someone (their object is the
# thing: "threw stones at", "used pepper spray on")
THROW_VERBS = frozenset({"throw", "hurl", "lob", "aim", "point", "fling", "toss", "use"})
# verbs with "fire" as their object: "opened fire on", "returned fire at"
FIRE_HOLDERS = frozenset({"open", "return"})


def open_space(tok: Token) -> bool:
    """An open space a round is fired into ("into the air", "the sea")."""
    return tok.lemma_.lower() in OPEN_SPACE or tok.lower_ in OPEN_SPACE


def into_targets(verb: Token) -> list[Token]:
    """Class *what a round fired or a charge goes into* (recip60): the
    verb's own "into" object when the verb fires, charges or rams -- "police
    fired into the crowd", "mounted officers charged into a crowd of
    fans", "a lorry ploughed into a market crowd" -- not an open space
    ("fired into the air" is a warning, no one is hit: :data:`OPEN_SPACE`)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INTO_VERBS:
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
            for g in c.children if g.dep_ == "pobj" and not open_space(g)]


def _fire_verb(verb: Token) -> bool:
    """"fire" or "shoot" with no object or a round as its object ("fired
    rockets", not "fired its chief executive": a dismissal), or "open" or
    "return" with "fire" as its object."""
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma in ("fire", "shoot"):
        return obj is None or _force_word(obj)
    return lemma in FIRE_HOLDERS and obj is not None and obj.lemma_.lower() == "fire"


def aimed_at(tok: Token) -> bool:
    """Class *whom a round, a throw or a charge is aimed at is a party*
    (recip60): the object of at / toward / on / upon / into on a firing verb
    ("opened fire on a patrol", "fired at the referees", "fired into a
    rally"), on the thing it fires or throws ("threw bottles at the
    stewards", "fired tear gas at a march"), on "fire" as the object of
    "open", or of "into" on a charging or ramming verb (:func:`into_targets`)
    stands for people hit by the act, whatever the noun -- not an open
    space ("into the air"). Why: such a noun ("patrol", "referees",
    "rally") is in no actor table, so it was a plain bare noun, never
    filled, and gold gives it as the recipient. Measured on the 38
    development sets against m102: recipient +11 / -2 events (real +3 /
    -1); both losses are an event noun fired at that gold left without a
    recipient ("opened fire at the party", "fired tear gas at a protest"),
    while gold gives two others ("opened fire on a royalist rally")."""
    if tok.dep_ != "pobj" or open_space(tok) or tok.ent_type_ in TIME_ENTS \
            or tok.lemma_.lower() in TIME_NOUNS \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False  # "at no time did they point weapons at anyone"
    prep = tok.head
    word = prep.lower_
    if prep.dep_ != "prep" or word not in FIRED_PREPS and word != "into":
        return False
    host = prep.head
    if host.pos_ == "VERB":  # "fired at X"; "threw bottles at X" (the round its object)
        return _fire_verb(host) or word == "into" and host.lemma_.lower() in INTO_VERBS \
            or host.lemma_.lower() in THROW_VERBS and any(
                c.dep_ == "dobj" and _force_word(c) for c in host.children)
    if host.pos_ not in ("NOUN", "PROPN"):
        return False
    if host.lemma_.lower() == "fire":  # "opened fire on X", "returned fire at X"
        return word != "into" and host.dep_ == "dobj" and host.head.lemma_.lower() in FIRE_HOLDERS
    thing = host
    while thing.dep_ in NP_DEPS and thing.head.pos_ in ("NOUN", "PROPN", "ADP"):
        thing = thing.head  # "volleys of petrol bombs [at X]": up to the phrase's head
    if thing.dep_ not in ("dobj", "nsubjpass") or not _force_word(host):
        return False
    verb = thing.head
    return _fire_verb(verb) or verb.lemma_.lower() in THROW_VERBS
