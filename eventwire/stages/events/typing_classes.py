"""PLOVER typing classes read from ``eventwire/data/events/typing.yaml``.

The act of many verbs lies in the verb *with* its object, preposition or
noun, and the lexicon's verb type alone gets it wrong; the classes come from
the PLOVER 2021 manual's category definitions, not from evaluation errors:

* **verb x object classes** — "lifted / eased / scrapped the curfew, the
  sanctions, the ban" is a concession (CONCEDE), "swapped / handed over
  prisoners" a release (RETREAT), "moved / dispatched / massed troops" and
  "raised the alert level" a mobilisation (MOBILIZE), "shut down a
  newspaper" censorship and "cut the internet" withholding (COERCE),
  "expelled journalists" a deportation (COERCE; diplomats stay SANCTION),
  "restored diplomatic ties" SUPPORT, "struck / clinched a deal" AGREE;
  every listed verb with every listed object (its lemma, its form, or a
  modifier + it: "alert level"), also as a passive subject ("reinforcements
  were dispatched"); the class's act nouns likewise, with the object after
  "of" or before them ("the lifting of the curfew", "a prisoner swap"); a
  class's ``unless`` key lists the words at the verb that undo it ("ordered
  the troops *back*" is a withdrawal, "ordered the army *to stop*" no
  mobilisation, "*police* seized the hotel" no ground taken: :func:`unless`);
* **verb + preposition + noun** — "took him into custody" (COERCE
  arrest), "took to the streets" (PROTEST);
* **light verbs** — "held talks", "conducted negotiations", "committed
  rapes", "engaged in discussions": the event is the noun, so the verb
  gives no event of its own (the noun's type is the event's);
* **three-word event nouns** — "a state of emergency" (COERCE
  martial-law).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.datafiles import load_yaml
from eventwire.nlp.extensions import ents_of, get_list, text_of
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import child, children_at, children_of, prep_objects

TYPING = DATA_DIR / "events" / "typing.yaml"
Entry = dict[str, Any]


def _entry(kind: str, mode: str | None, source: str, unless: Entry | None = None) -> Entry:
    entry: Entry = {"type": kind, "mode": mode, "context": None, "source": source}
    if unless:
        entry["unless"] = unless
    return entry


@dataclass(frozen=True)
class TypingClasses:
    verbs: dict[str, Entry]  # lemma or "lemma particle" -> entry
    nominals: dict[str, Entry]  # noun or two-word noun -> entry
    long_nominals: dict[tuple[str, ...], Entry]  # three-word nouns
    patterns: dict[str, Entry]  # "verb object" -> entry
    noun_patterns: dict[str, Entry]  # "noun object" -> entry ("lifting curfew")
    prep_patterns: dict[str, Entry]  # "verb preposition noun" -> entry
    manner_verbs: dict[str, Entry]  # "adverb verb" -> entry ("sexually abuse")
    light_verbs: frozenset[str]
    light_preps: dict[str, frozenset[str]]


def _object_patterns(classes: list[dict[str, Any]], heads: str, source: str
                     ) -> dict[str, Entry]:
    """Every head word (``verbs`` or ``nouns``) of a class with every object;
    a list inside ``objects`` (a YAML alias of another class's list) is
    read as its words."""
    out: dict[str, Entry] = {}
    for cls in classes:
        entry = _entry(cls["type"], cls.get("mode"), source, cls.get("unless"))
        objects = [w for o in cls["objects"] for w in (o if isinstance(o, list) else [o])]
        for head in cls.get(heads, []):
            for obj in objects:
                out[f"{head} {obj}".lower()] = entry
    return out


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    raw: dict[str, Any] = load_yaml(TYPING.read_text(encoding="utf-8"))
    return raw


def _raw_classes() -> list[dict[str, Any]]:
    """The verb x object classes as written in typing.yaml."""
    classes: list[dict[str, Any]] = _raw()["object_classes"]
    return classes


@lru_cache(maxsize=8)
def class_objects(name: str) -> frozenset[str]:
    """The objects of the typing.yaml class whose ``class`` is ``name``,
    lower-cased (a rule outside the tables that needs the same words reads
    them here rather than keeping a copy)."""
    found = [c for c in _raw_classes() if c["class"] == name]
    if len(found) != 1:
        raise KeyError(f"EW-TYPING-CLASS: {len(found)} typing.yaml classes named {name!r}")
    return frozenset(w.lower() for w in found[0]["objects"])


@lru_cache(maxsize=1)
def typing_classes() -> TypingClasses:
    raw = _raw()
    verbs = {w.lower(): _entry(kind, None, "curated")
             for kind, words in raw["verbs"].items() for w in words}
    nominals = {w.lower(): _entry(kind, mode, "nominal")
                for kind, words in raw["nominals"].items() for w, mode in words.items()}
    longs = {tuple(w.lower().split()): _entry(kind, mode, "nominal")
             for kind, words in raw["long_nominals"].items() for w, mode in words.items()}
    preps = {w.lower(): _entry(kind, mode, "curated-pattern")
             for kind, words in raw["prep_patterns"].items() for w, mode in words.items()}
    manners = {w.lower(): _entry(kind, mode, "curated-pattern")
               for kind, words in raw.get("manner_verbs", {}).items()
               for w, mode in words.items()}
    classes = raw["object_classes"]
    return TypingClasses(verbs, nominals, longs,
                         _object_patterns(classes, "verbs", "curated-pattern"),
                         _object_patterns(classes, "nouns", "nominal"), preps, manners,
                         frozenset(raw["light_verbs"]),
                         {v: frozenset(p) for v, p in raw["light_preps"].items()})


# entity types that stand for a place among a class's objects (``@place``)
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PLACE_KEY = "@place"
# a national or ethnic group named as people ("expelled thousands of
# *Angolans*", "the expulsion of *Congolese*"): a NORP entity heading the object
GROUP_KEY = "@group"
GROUP_POS = frozenset({"NOUN", "PROPN"})
# goods or carriers named with the state they come from ("*Canadian* beef",
# "beef *from Canada*", "*Belarusian* airlines"): listed as "@state beef", so a
# kind of goods alone ("a ban on beef from its menus") names no state (review91)
STATE_KEY = "@state"
STATE_ENTS = frozenset({"NORP", "GPE"})
PLACE_WORDS_KEY = "eventwire_place_names"
# where each kind of exception of a class's "unless" key sits at the verb
UNLESS_DEPS = {"adverbs": ("advmod", "prt", "prep"), "xcomps": ("xcomp",),
               "purposes": ("advcl",),  # "smashed windows *to enter*"
               "subjects": ("nsubj",),  # "*police* seized the hotel": no ground taken
               # a modifier or owner of the object (review41): "bolstered *energy*
               # security", "reopened *its* embassy"
               "object_modifiers": ("dobj", "nsubjpass")}
MODIFIER_DEPS = ("amod", "compound", "poss")


def unless(entry: Entry, verb: Token) -> tuple[bool, str | None]:
    """(an exception holds, the type the event takes instead or None for no
    event of the class). A verb x object class is a default that a word at
    the verb can undo: "ordered the troops *back*" is a withdrawal, not the
    mobilisation "ordered the troops" alone would be (typing.yaml's
    ``unless`` keys say which words, and what the event becomes)."""
    for kind, rule in entry.get("unless", {}).items():
        deps, words = UNLESS_DEPS[kind], set(rule["words"])
        if any(c.lower_ in words or c.lemma_.lower() in words
               for c in _unless_tokens(kind, deps, verb)):
            return True, rule.get("type")
    return False, None


def _unless_tokens(kind: str, deps: tuple[str, ...], verb: Token) -> list[Token]:
    """The words an ``unless`` kind looks at: the verb's children on
    ``deps``, or for ``object_modifiers`` the modifiers of those children."""
    kids = [c for c in verb.children if c.dep_ in deps]
    if kind != "object_modifiers":
        return kids
    return [g for c in kids for g in c.children if g.dep_ in MODIFIER_DEPS]


def object_keys(obj: Token) -> list[str]:
    """The ways an object can be listed: its lemma, its form, and a
    modifier + it ("raised the *alert level*", "cut *internet access*"); a
    place name is also listed as ``@place`` ("captured *Goma*"), since no
    list can name every town, and a people named by its nation or ethnicity
    as ``@group`` ("expelled thousands of *Angolans*"; not "*Russian*
    diplomats", whose head is the diplomats); goods a state names as
    ``@state`` + the lemma ("a ban on *Canadian beef*")."""
    lemma = obj.lemma_.lower()
    kids = children_of(obj)  # the shared children table, no Token per child (speed39)
    keys = [lemma, obj.lower_]
    keys += [f"{lower} {lemma}" for dep, i, lower in kids
             if dep in ("compound", "amod") and i == obj.i - 1]
    if _is_place(obj):
        keys.append(PLACE_KEY)
    if obj.ent_type_ == "NORP" and obj.pos_ in GROUP_POS:
        keys.append(GROUP_KEY)
    if _of_a_state(obj):
        keys.append(f"{STATE_KEY} {lemma}")
    return keys


STATE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _of_a_state(obj: Token) -> bool:
    """A state names the object: a national modifier before it (an entity,
    or a capitalised word inside the sentence: the small model tags some
    demonyms as persons) or a "from" phrase on it or on the act noun whose
    "on" it follows ("*Canadian* beef", "a ban on beef *from Brazil*").

    Plain loops on the shared children table (speed39): a Token only for a
    modifier, the head and a "from" phrase's words, and no generator per
    ask (~5,400 objects per 200 articles; half the CPU of the Token
    reading with its nested generators)."""
    doc = obj.doc
    kids = children_of(obj)
    for dep, i, _ in kids:
        if dep in STATE_MODIFIER_DEPS:
            mod = doc[i]
            if mod.ent_type_ in STATE_ENTS or (mod.is_title and not mod.is_sent_start):
                return True
    head = obj.head
    holders = (kids, children_of(head.head)) if head.lower_ == "on" else (kids,)
    for table in holders:
        for dep, i, lower in table:
            if dep == "prep" and lower == "from" and any(
                    doc[j].ent_type_ in STATE_ENTS for _, j, _ in children_at(doc, i)):
                return True
    return False


def _is_place(obj: Token) -> bool:
    """A place name: a GPE/LOC/FAC entity, or a proper name the article
    names as a place elsewhere (a place entity or a toponym the geoparser
    resolved): the small model reads "captured *Goma*" as a person and "the
    RSF captured El *Geneina*" as an organisation, where the dateline or
    another sentence has them as places. The whole name must be a place's
    ("Port Harcourt" makes no town of "captured *Harcourt*", a man)."""
    if obj.ent_type_ in PLACE_ENTS:
        return True
    return obj.pos_ == "PROPN" and _name_key(_proper_name(obj)) in _place_names(obj.doc)


def _proper_name(obj: Token) -> str:
    """The name a proper noun heads: it with its proper-noun compounds
    ("El *Geneina*")."""
    names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    start = min((c.left_edge.i for c in names), default=obj.i)
    return obj.doc[start:obj.i + 1].text


def _name_key(name: str) -> str:
    """A name compared without case, hyphens or a leading "the"."""
    words = re.findall(r"\w+", name.lower())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _place_names(doc: Doc) -> frozenset[str]:
    """The article's place names (as :func:`_name_key`), once per doc."""
    found = doc.user_data.get(PLACE_WORDS_KEY)
    if isinstance(found, frozenset):
        return found
    names = {_name_key(ent.text) for ent in ents_of(doc) if ent.label_ in PLACE_ENTS}
    text = text_of(doc)  # doc.text joins every token anew
    names |= {_name_key(text[p.start:p.end]) for p in get_list(doc, "place_mentions")
              if p.geonameid is not None}
    place_names = frozenset(names)
    doc.user_data[PLACE_WORDS_KEY] = place_names
    return place_names


# prepositions whose object is what an act noun is done to: "the lifting
# *of* the curfew", "a ban *on* Canadian beef" (types38)
NOUN_OBJECT_PREPS = frozenset({"of", "on"})


def noun_pattern(noun: Token) -> Entry | None:
    """An act noun of a class with its object after "of" or "on" or as a
    modifier before it: "the lifting of the curfew", "the deployment of
    troops", "a prisoner swap", "the expulsion of journalists", "a ban on
    imports"."""
    table = typing_classes().noun_patterns
    doc = noun.doc  # the shared children table, no Token per child (speed39)
    objs = prep_objects(noun, NOUN_OBJECT_PREPS)
    objs += [doc[i] for dep, i, _ in children_of(noun)
             if dep in ("compound", "nmod") and i < noun.i]
    objs = [counted(obj) for obj in objs]  # "the expulsion of *numbers of* Congolese"
    for head in {noun.lower_, noun.lemma_.lower()}:
        for obj in objs:
            for key in object_keys(obj):
                entry = table.get(f"{head} {key}")
                if entry is not None:
                    return entry
    return None


# heads of a quantity phrase: the class is read on what they count
QUANTITY_HEADS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "dozen",
                            "hundred", "thousand", "number", "numbers", "handful", "couple"})
# the subject of a passive relative clause stands for the noun the clause
# describes ("thousands of Angolans *that* were expelled")
RELATIVE_PRONOUNS = frozenset({"that", "who", "whom", "which"})


def patient(verb: Token, obj: Token | None) -> Token | None:
    """The object, or the subject of a passive ("troops were deployed"), or
    for a passive relative clause the noun it describes ("the Angolans
    *that were expelled*"); a quantity phrase stands for what it counts
    ("*hundreds of stores* were smashed", "smashed *dozens of shops*")."""
    target = obj or child(verb, {"nsubjpass"})  # the children table (speed39)
    if (target is not None and target is not obj and verb.dep_ == "relcl"
            and target.lower_ in RELATIVE_PRONOUNS):
        target = verb.head
    return counted(target) if target is not None else None


def counted(target: Token) -> Token:
    """What a quantity phrase counts ("*thousands of* Angolans"), else the
    noun itself."""
    if target.lower_ in QUANTITY_HEADS or target.like_num:
        inner = [g for p in target.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
        return inner[0] if inner else target
    return target


def prep_pattern(verb: Token, lemma: str) -> Entry | None:
    """"took the leader into custody", "took to the streets"; also a manner
    adverb that makes the verb an act ("*sexually* exploited women")."""
    manners = typing_classes().manner_verbs
    kids = children_of(verb)  # one table per token, no Token per child (speed21)
    for dep, _, lower in kids:
        if dep == "advmod" and (entry := manners.get(f"{lower} {lemma}")) is not None:
            return entry
    table, doc = typing_classes().prep_patterns, verb.doc
    for dep, i, lower in kids:
        if dep not in ("prep", "dative"):
            continue
        for dep_g, j, _ in children_at(doc, i):
            if dep_g != "pobj":
                continue
            for key in object_keys(doc[j]):
                entry = table.get(f"{lemma} {lower} {key}")
                if entry is not None:
                    return entry
    return None


def light_verb_noun(verb: Token, lemma: str, obj: Token | None, nominals: dict[str, Entry]
                    ) -> bool:
    """A light verb whose object (or "engage *in*", "sit down *for*") is an
    event noun: the noun is the event ("held talks", "committed rapes")."""
    classes = typing_classes()
    if lemma not in classes.light_verbs:
        return False
    nouns = [obj] if obj is not None else []
    preps = classes.light_preps.get(lemma, frozenset())
    nouns += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
              for g in p.children if g.dep_ == "pobj"]
    return any(n.lower_ in nominals or n.lemma_.lower() in nominals or _two_word(n, nominals)
               for n in nouns)


def _two_word(noun: Token, nominals: dict[str, Entry]) -> bool:
    if noun.i == 0:
        return False
    return f"{noun.doc[noun.i - 1].lower_} {noun.lower_}" in nominals


@lru_cache(maxsize=1)
def long_firsts() -> frozenset[str]:
    """The first words of the three-word nouns: most tokens start none, and
    checking that first saves slicing the Doc (called ~3 times per noun)."""
    return frozenset(words[0] for words in typing_classes().long_nominals)


def long_nominal(tok: Token) -> tuple[Entry, int] | None:
    """A three-word event noun starting at ``tok`` and its end index."""
    if tok.lower_ not in long_firsts():
        return None
    doc = tok.doc
    words = tuple(t.lower_ for t in doc[tok.i:tok.i + 3])
    entry = typing_classes().long_nominals.get(words)
    return (entry, tok.i + 3) if entry is not None else None


def inside_long_nominal(tok: Token) -> bool:
    """``tok`` is the second or third word of a three-word event noun
    ("siege" in "a state of siege"): the longer noun is the trigger."""
    return any(long_nominal(tok.doc[start]) is not None
               for start in range(max(0, tok.i - 2), tok.i))
