"""Participants of acts named by a noun (``roles.noun_roles`` uses them):
the two parties of a joint act, the demonym that names the actor, the
one whose reaction is received, the participants of a protest."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.act_sites import site_of_act
from eventwire.stages.events.mention_lookup import covering_actor, pobj
from eventwire.stages.events.target_tokens import COURT_NOUNS


def between_parties(noun: Token) -> tuple[Token | None, Token | None]:
    """Class *joint acts named by a noun*: "talks between Seoul and Tokyo",
    "clashes between herders and farmers", "a deal between the two
    factions and the army": the first party is the actor, the second the
    recipient (docs/annotation.md, "Reciprocal actors"). recips27, *the
    parties named on the verb the act noun is the subject of*: "clashes
    broke out between the army and the RSF", "fighting erupted on Thursday
    between soldiers loyal to the president and troops backing a general",
    "heavy fighting raged between rebels and the army"; review42, a passive
    subject as well ("talks were held between Seoul and Tokyo", "a truce
    was agreed between the clans and the army", "clashes were reported
    between herders and farmers")."""
    first = pobj(noun, {"between", "among", "amongst"})
    if first is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        first = pobj(noun.head, {"between", "among", "amongst"})
    if first is None:
        return None, None
    others = [c for c in first.conjuncts if c.i != first.i]
    return first, (others[0] if others else _second_hung_elsewhere(noun, first))


PARTY_POS = ("NOUN", "PROPN")


def _second_hung_elsewhere(noun: Token, first: Token) -> Token | None:
    """Class *the second party of "between" hung elsewhere by the parse*
    (recips29): "between" names two parties, so when the first has no
    conjunct the "and"-phrase the parser attached to the act noun ("the
    clashes between the coast guard and the navy") or inside the
    first party's own phrase ("fighting between troops loyal to the
    president and soldiers backing a general", "talks between envoys of
    the junta and opposition leaders") is the second; so is the noun
    phrase right after an "and" the parser left dangling on the act noun
    while making its noun a second subject ("the clashes between the
    coast guard and the navy proved ...")."""
    hung = [c for c in noun.children if c.dep_ == "conj" and c.i > first.i
            and c.pos_ in PARTY_POS]
    if hung:
        return hung[0]
    dangling = _after_dangling_and(noun, first)
    if dangling is not None:
        return dangling
    deep = [t for t in first.subtree if t.dep_ == "conj" and t.i > first.i
            and t.pos_ in PARTY_POS]
    return deep[-1] if deep else None


# class *a reaction received*: "X drew criticism from Y", "won support from Y",
# "faced protests from Y": Y acts (the from-object), X is the one acted on
RECEIVE_VERBS = {"draw", "receive", "face", "attract", "win", "get", "earn", "meet",
                 "spark", "provoke", "trigger", "prompt",
                 # class *an act undergone*: "they suffered torture", "the town
                 # endured shelling", "the prisoners underwent beatings"
                 "suffer", "endure", "undergo", "sustain"}


def named_by_modifier(noun: Token) -> Token | None:
    """Class *the actor of an event noun named by its modifier*: "Palestinian
    riots", "the Israeli raid on the camp", "an Eritrean offensive", "Pakistan
    condemned the Indian strikes" (India strikes, not Pakistan): a demonym
    or other adjective before the event noun that names an actor."""
    for c in noun.children:
        demonym = c.pos_ == "ADJ" or c.ent_type_ == "NORP"  # not a place: "the Gaza raid"
        if c.dep_ in ("amod", "nmod", "compound") and c.i < noun.i and demonym \
                and covering_actor(c.doc, c) is not None:
            return c
    if (agent := agent_compound(noun)) is not None:
        return agent
    # a demonym the parser cut off from its noun ("described the Ethiopian
    # shelling" parsed as two objects): the word right before still names it
    prev = noun.doc[noun.i - 1] if noun.i > 0 else None
    if prev is not None and prev.ent_type_ == "NORP" and prev.head != noun and \
            prev.dep_ in ("dobj", "nsubj", "pobj", "conj", "appos") and \
            covering_actor(noun.doc, prev) is not None:
        return prev
    return None


# mentions that name who acts, not where: "police", "the army", "Hamas"
AGENT_KINDS = {"agent", "armed_group", "organisation", "party", "group", "media"}


def agent_compound(noun: Token) -> Token | None:
    """Class *an agent noun compounded with the event noun*: "the police
    shooting of a teenager", "an army raid", "a Taliban attack", "opposition
    rallies", "NATO strikes": a noun modifier naming a group or an agent is
    who acts. Places ("the Gaza raid", "the Erbil attack") and people's
    states are not: only mentions of the agent and group kinds count."""
    for c in noun.children:
        if c.dep_ != "compound" or c.i > noun.i or c.pos_ not in ("NOUN", "PROPN") \
                or site_of_act(c, noun):  # "the embassy attack": act_sites.py
            continue
        found = covering_actor(c.doc, c)
        if found is not None and found.kind in AGENT_KINDS and not _venue(noun, found.sectors):
            return c
    return None


# gatherings named after where (or whom) they are held: "the Congress riot",
# "a parliament protest", "the courthouse rally"
GATHERINGS = {"riot", "protest", "rally", "demonstration", "march", "sit-in", "siege", "vigil"}
INSTITUTIONS = {"LEG", "JUD"}


def _venue(noun: Token, sectors: list[str]) -> bool:
    """Class *the venue of a gathering*: a legislature or court before a
    protest noun ("the Congress riot", "a parliament protest", "the court
    vigil") is where it is held or whom it targets, not who protests; and
    class *the kind of a court proceeding* (actors61): a court or jury
    before a trial or hearing ("a court hearing", "the Supreme Court trial",
    "a jury trial") says which proceeding it is, not who does it."""
    lemma = noun.lemma_.lower()
    if lemma in COURT_NOUNS or noun.lower_ in COURT_NOUNS:
        return bool(sectors) and set(sectors) <= {"JUD"}
    return lemma in GATHERINGS and bool(sectors) and set(sectors) <= INSTITUTIONS


def participants_of(noun: Token, obj: Token | None) -> bool:
    """Class *the participants of a protest named by "of"*: "a rally of
    20,000 people", "a march of farmers", "a sit-in of teachers": the
    of-object of a protest noun is who protests, not whom it targets."""
    return obj is not None and obj.head.lower_ == "of" and obj.head.head == noun


MODIFIER_DEPS = ("det", "amod", "compound", "nummod", "poss", "case")


def _after_dangling_and(noun: Token, first: Token) -> Token | None:
    cc = next((c for c in noun.children if c.dep_ == "cc" and c.lower_ == "and"
               and c.i > first.i), None)
    if cc is None:
        return None
    for tok in noun.doc[cc.i + 1:min(cc.i + 6, len(noun.doc))]:
        if tok.dep_ not in MODIFIER_DEPS:
            return tok if tok.pos_ in PARTY_POS else None
    return None


def gerund_between(verb: Token) -> bool:
    """Class *a gerund subject naming a joint act* (recips29): "Fighting
    between Malian soldiers and rebels killed 12", "Shooting between
    police and gunmen lasted an hour", "Fighting among rival clans has
    displaced thousands" -- the parser's verb reading of the act noun takes
    the parties of its "between"-phrase like the noun would."""
    return verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "nsubjpass", "csubj") and \
        pobj(verb, {"between", "among", "amongst"}) is not None
