"""Holding someone to account, and taking a dispute before a body (issue
#12, branch events34).

Two verb constructions the lexicon reads as no event ("hold", "take" are
light and generic verbs there), found among the missed events of many
record sets, each read from the verb's dependents:

* **holding responsible** -- "hold" with a predicative "responsible",
  "accountable" or "liable" (or "to account"): an accusation told as a
  fact ("Niamey holds the rebels responsible for the blast", ACCUSE
  ``allege``), a threat when it is said to come ("those who looted will
  be held accountable", "we will hold the neighbour responsible if this
  goes on", "anyone who blocks the road would be held liable": THREATEN
  ``arrest``, the guide's "vows of justice");
* **taking a case before a body** -- "take", "bring" or "refer" with a
  grievance as its object ("the case", "the matter", "the dispute", "its
  complaints") and a to-phrase naming a court or an organisation ("will
  take the matter to the International Criminal Court", "brought the
  dispute to the tribunal", "referred the case to the Security Council"):
  ACCUSE ``allege``. A to-phrase that names no body ("took their case to
  the public") is no event.

An accusation by holding must be tensed: "called for those responsible to
be held accountable", "demand that they be held to account" are the
content of the demand. A modal of obligation is advice or a demand, neither
a threat nor an accusation ("parents should hold schools accountable",
"those responsible must be held to account", "ought to be held liable").

Holding to account outside public life is no event (``private_holding``):
a private, business, school, workplace or sports party as the holder
("the CEO holds his managers accountable", "teachers will hold students
accountable", "shareholders held the board responsible") unless the one
held is a public body ("a grieving family held the police responsible"
stays: an accusation), or a business,
a kin, a workplace or a sports party as the one held ("the firm will be
held liable for the shipment", "she holds her brother responsible for the
quarrel", "the coach holds the players responsible"). Private people held
by someone else stay ("the men who looted will be held accountable": the
guide's vow of justice).

Word lists: ``eventwire/data/events/accountability.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.actors.kb import packaged_kb
from eventwire.stages.events.business_exits import words as business_words
from eventwire.stages.events.directives import private_speakers
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.nonpolitical import POLITICAL_SECTORS
from eventwire.stages.events.private_suits import words as suit_words

WORDS = DATA_DIR / "events" / "accountability.yaml"
FUTURE_AUX = {"will", "would", "shall", "'ll"}
# obligation, not a future: advice or a demand ("should be held accountable")
DEONTIC_AUX = {"must", "should", "ought"}
BODY_ENTS = {"ORG", "GPE", "NORP"}
FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}

words = word_list_loader(WORDS)


def _account_word(verb: Token) -> bool:
    """A predicative "responsible" / "accountable" among the verb's
    dependents, or "to account"."""
    w = words()
    for c in verb.children:
        if c.lower_ in w["account_words"] and c.dep_ != "nsubj":
            return True
        if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj") and \
                any(g.lower_ in w["account_words"] and g.dep_ == "amod" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and \
                any(g.lower_ == "account" for g in c.children):
            return True
    return False


def holds_responsible(verb: Token) -> bool:
    """"hold X responsible / accountable", in any tense."""
    return verb.pos_ in ("VERB", "AUX") and \
        verb.lemma_.lower() in words()["holding_verbs"] and _account_word(verb)


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, or its first conjunct's when it has none
    ("will be found and held accountable", "would be dispersed and their
    leaders held accountable")."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not own and verb.dep_ == "conj":
        return [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return own


def _future(verb: Token) -> bool:
    """A modal of the future, or "going to" ("are going to be held")."""
    first = verb.head if verb.dep_ == "conj" else verb
    return any(a.lower_ in FUTURE_AUX for a in _auxiliaries(verb)) or (
        first.dep_ == "xcomp" and first.head.lower_ == "going")


def _finite(verb: Token) -> bool:
    """A tensed verb or auxiliary: no infinitive ("for them to be held"),
    no subjunctive ("demand that they be held")."""
    forms = [verb, *_auxiliaries(verb)]
    return any(t.tag_ in FINITE_TAGS for t in forms) and not any(
        a.lower_ == "to" for a in _auxiliaries(verb))


def _deontic(verb: Token) -> bool:
    """A modal of obligation on the verb or its first conjunct."""
    return any(a.lower_ in DEONTIC_AUX for a in _auxiliaries(verb))


@lru_cache(maxsize=1)
def _held_private() -> frozenset[str]:
    """A business, kin, household, social-role, executive or sports party
    (the lists of ``directives``, ``private_suits``, ``business_exits`` and
    ``nonevents``, plus this module's ``private_roles``)."""
    return frozenset(private_speakers() | set(suit_words()["company_nouns"])
                     | set(business_words()["executive_titles"])
                     | set(word_classes()["sports_subjects"]) | set(words()["private_roles"]))


@lru_cache(maxsize=1)
def _holder_private() -> frozenset[str]:
    """A holder who is a private person: the held list and private people
    ("parents", "shareholders", "a woman")."""
    return _held_private() | frozenset(suit_words()["private_people"])


def _nouns(tok: Token) -> list[Token]:
    return [tok, *(c for c in tok.children if c.dep_ == "conj")]


def _is_one_of(toks: list[Token], names: frozenset[str]) -> bool:
    return any(t.ent_type_ == "" and (t.lower_ in names or t.lemma_.lower() in names)
               for t in toks)


@lru_cache(maxsize=1)
def _political_nouns() -> frozenset[str]:
    """One-word agent phrases of the knowledge base with a political sector
    ("police", "army", "government", "authorities", "junta")."""
    return frozenset(a["phrase"] for a in packaged_kb()[1]
                     if " " not in a["phrase"] and set(a["sectors"]) & POLITICAL_SECTORS)


def _public(toks: list[Token]) -> bool:
    return any(t.ent_type_ in BODY_ENTS or t.lower_ in _political_nouns()
               or t.lemma_.lower() in _political_nouns() for t in toks)


def private_holding(verb: Token) -> bool:
    """Holding to account between private or business parties (module
    docstring): the holder (subject, by-agent) or the one held (object,
    passive subject), up a coordination for a conjunct verb."""
    own = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in own):
        own += list(verb.head.children)  # "will be found and held accountable"
    holders: list[Token] = []
    held: list[Token] = []
    for c in own:
        if c.dep_ == "nsubj":
            holders += _nouns(c)
        elif c.dep_ == "agent":
            holders += [n for g in c.children if g.dep_ == "pobj" for n in _nouns(g)]
        elif c.dep_ in ("dobj", "nsubjpass"):
            held += _nouns(c)
        elif c.dep_ in ("ccomp", "xcomp", "oprd"):  # "holds [his managers accountable]"
            held += [n for g in c.children if g.dep_ == "nsubj" for n in _nouns(g)]
    if _is_one_of(held, _held_private()):
        return True
    # a family holding the police responsible accuses a public body
    return _is_one_of(holders, _holder_private()) and not _public(held)


def _public_holding(verb: Token) -> bool:
    return holds_responsible(verb) and not _deontic(verb) and not private_holding(verb)


def threatens_to_hold(verb: Token) -> bool:
    """Holding responsible said to come: a threat (THREATEN)."""
    return _public_holding(verb) and _future(verb)


def accuses_by_holding(verb: Token) -> bool:
    """Holding responsible told as a fact: an accusation (ACCUSE)."""
    return _public_holding(verb) and not _future(verb) and _finite(verb)


def _names_body(pobj: Token) -> bool:
    """The to-phrase's own head is a body: a named organisation or state,
    or a body noun ("the regional court"); no word deeper in it ("to the
    attention of the council" reports a matter, takes no case)."""
    return pobj.ent_type_ in BODY_ENTS or pobj.lemma_.lower() in words()["bodies"]


def _to_phrases(verb: Token, obj: Token) -> list[Token]:
    """The to-phrases of the verb (a preposition or, as the parser often
    reads "brought its complaint to the court", a dative) and of its object
    ("referred [the dispute to the Security Council]")."""
    return [c for t in (verb, obj) for c in t.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"]


def takes_case_to_body(verb: Token) -> bool:
    """"take / bring / refer a case or a dispute to" a court or an
    organisation."""
    w = words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w["referring_verbs"]:
        return False
    obj = next((c for c in verb.children
                if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in w["referred_objects"]), None)
    return obj is not None and any(
        g.dep_ == "pobj" and _names_body(g) for p in _to_phrases(verb, obj) for g in p.children)


def warrant_lacking(tok: Token) -> bool:
    """An arrest or detention warrant under "without" (the nominal's first
    word or its head): none was issued, no accusation ("detained the
    reporter without an arrest warrant", "may hold suspects without
    detention warrants", "searched homes without a warrant")."""
    head = tok.head if tok.dep_ == "compound" else tok
    return head.lemma_.lower() == "warrant" and head.dep_ == "pobj" and \
        head.head.lower_ == "without"
