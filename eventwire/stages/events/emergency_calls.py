"""A call for emergency help is no request (issue #12, branch events42).

docs/annotation.md labels a REQUEST when an actor asks another to act
("urged the army to withdraw", "called on donors to send aid", "calls in
Russian-led troops"); a witness, a victim or a crew summoning the police, an
ambulance or fire engines to the scene is the story's backdrop, not an act
between parties (the guide's domestic relief and "people sheltering" are not
labelled either). The real outlets' crime and fire stories tell such calls
in every shape, and the lexicon reads "call" as REQUEST:

* *a call for help*: "she ran into a shop and called for help", "the
  driver phoned for an ambulance", "a neighbour called for assistance"
  (bare: "called for international help" is a request);
* *the emergency number or a rescue service called*: "a passer-by called
  999", "staff dialled 911", "the landlord called an ambulance", "a
  neighbour phoned the fire brigade";
* *crews or engines called in*: "two more crews were called in to fight
  the blaze", "firefighters called in four more engines";
* *a private person calling the police*: "a jogger called police after
  finding the car", "the cashier called the sheriff's office", "a man
  who saw the fight called the police station" (a pronoun, a person noun or
  a relative "who" read as its antecedent). The police are the force, its
  station or an officer; a police official asked by name of office ("called
  the police chief to demand an inquiry", "phoned the police commander",
  "the police minister") is a person asked to act, and stays (review84).

Only a private caller (or none, for rescue crews "called in") counts: a
government, a leader or an institution calling in forces or asking for
help stays ("the president called in the army", "the university called in
police to clear the hall", "the governor called for federal assistance",
"Portugal called in Spanish firefighters"), and so do
"called on", "called for" an act or a person ("called for the release of
the students", "called for the minister's resignation").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.participants import agent_sector, is_person_noun

WORDS = DATA_DIR / "events" / "emergency_calls.yaml"

words = word_list_loader(WORDS)


def _list(key: str) -> frozenset[str]:
    return words()[key]  # word_list_loader already keeps frozensets


def _called(tok: Token) -> list[Token]:
    """The party called: the direct object, or the subject of a passive; a
    past participle with neither reads its head's subject (the parser may
    hang "crews were this morning called in" on "were")."""
    own = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if own or tok.tag_ != "VBN" or any(c.dep_ == "nsubj" for c in tok.children):
        return own
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _word_of(t: Token, key: str) -> bool:
    return _lemma(t) in _list(key) or t.lower_ in _list(key)


def rescue_word(t: Token) -> bool:
    """A rescue service: its own word ("paramedics", "999") or a unit word
    with a rescue modifier ("fire crews", "emergency services"; "an
    emergency session" and "a cease-fire" are no service)."""
    return _word_of(t, "rescue_services") or (_word_of(t, "unit_nouns") and any(
        c.dep_ in ("compound", "amod") and _word_of(c, "rescue_modifiers")
        for c in t.children))


def _names_service(party: Token) -> bool:
    return any(rescue_word(t) for t in party.subtree)


def names_police(party: Token) -> bool:
    """The police force, an officer ("a police officer", COP), or a police
    word on a place or a unit ("the police station", "the sheriff's
    office"); not a police official ("the police chief", review84)."""
    if _word_of(party, "police_words") or agent_sector(party) == "COP":
        return True
    return not is_person_noun(party) and any(
        _word_of(t, "police_words") for t in party.subtree)


def _caller(tok: Token) -> Token | None:
    """The active subject (a verb joined by "and" shares its head's), or
    the ``by`` agent of a passive; a relative "who" is read as the noun its
    clause hangs on."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        return _caller(tok.head)  # "ran into a shop and called for help"
    if subj is None:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if subj is not None and subj.lower_ == "who" and tok.dep_ == "relcl":
        return tok.head
    return subj


def _private(caller: Token | None) -> bool:
    """A pronoun or a person noun of private life."""
    return caller is not None and _word_of(caller, "private_callers")


def is_emergency_call(tok: Token) -> bool:
    """A private caller's call for help or to the police, or rescue crews
    called with no public caller (module docstring): no event."""
    if tok.pos_ != "VERB" or _lemma(tok) not in _list("call_verbs"):
        return False
    caller = _caller(tok)
    called = _called(tok)
    if caller is None or _private(caller):
        if any(_names_service(p) for p in called):
            return True
    if not _private(caller):
        return False
    return any(names_police(p) for p in called) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(_bare_help(g) for g in c.children)
        for c in tok.children)


def _bare_help(noun: Token) -> bool:
    """"for help", "for an ambulance"; help of a kind or from someone is a
    request ("called for international help", "for help from the UN")."""
    return noun.dep_ == "pobj" and _lemma(noun) in _list("help_nouns") and not any(
        c.dep_ in ("amod", "compound", "prep") for c in noun.children)
