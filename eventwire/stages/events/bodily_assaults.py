"""Bodily assault on a person by a blow, a grip, spittle, a stun gun or a
sprayed discharge (issue #12, branch events52).

Class *verbs of bodily assault the lexicon lacks*: the lexicon holds "kick",
"slap", "strangle", "stab", "beat", "pummel" as ASSAULT verbs but not their
siblings -- "a guard punched the inmate in the face", "he began to choke
her", "the suspect spat on two deputies", "officers had to Taser him",
"troopers pepper-sprayed the marchers", "a gunman sprayed bullets into the
crowd", "police sprayed water cannon at the students". The records label
each as ASSAULT (docs/annotation.md "What is an event": physical harm to a
person); the census of m69's real-text misses (docs/BENCHMARKS.md
"events52") found these verbs 14 real gold events in 11 sets and 6 stories
(a riot, a workplace shooting, a schoolyard shooting, a drunk driver's
arrest, a spitting conviction, a stabbing), none proposed.

Read only when the one harmed is a person: the verb's object or passive
subject is a person, a group or a personal pronoun (``custody_holds.is_person``),
or, for spitting and spraying, the goal of "at / on / into" is one (or a body
part of one: "into the eye of an officer"). A spraying counts also when what
is sprayed is a weapon's discharge or a crowd-control agent ("sprayed 13
bullets", "sprayed gunfire from a rooftop", "spraying tear gas") or the verb
is "pepper-spray". Not the content of a threat or a plan ("threatened to
punch him" is the threat's), not a thing harmed ("punched a hole in the
wall", "sprayed the crops", "choking the economy", "spat out the gum"),
not a particle verb ("choked back tears", "spat back at critics"), not a
person choking on food ("choked on a bone": no object). Word lists:
``eventwire/data/events/detection.yaml`` (``blow_verbs``, ``spittle_verbs``,
``stun_forms``, ``spray_verbs``, ``sprayed_firearms``, ``sprayed_agents``,
``body_parts``,
``assault_content_heads``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.stages.events.custody_holds import is_person
from eventwire.stages.events.detection_words import lemma, words
from eventwire.stages.events.detection_words import listed as _in
from eventwire.stages.events.lexicon_candidates import Candidate
from eventwire.stages.events.mention_lookup import prep_objects

GOAL_PREPS = frozenset({"at", "on", "into", "in", "onto"})
WITH = frozenset({"with"})
HARMED_PRONOUNS = {"him", "her", "them", "me", "us", "who", "whom", "he", "she", "they"}
VERBAL_DEPS = {"ROOT", "xcomp", "ccomp", "conj", "advcl", "pcomp", "relcl", "acl"}


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """Every word the rule starts from: the one cheap test on other words."""
    table = words()
    return frozenset({*table["blow_verbs"], *table["spittle_verbs"], *table["stun_forms"],
                      *table["spray_verbs"]})


RULE = "curated-verb+bodily-assault"


def bodily_assault_candidate(tok: Token) -> Candidate | None:
    """"a guard punched the inmate", "had to Taser him": ASSAULT with the
    mode the verb or what it sprays names."""
    mode = bodily_assault(tok)
    if mode is None:
        return None
    return Candidate(tok, tok.i + 1, "ASSAULT", mode or None, [], RULE, False)


def bodily_assault(tok: Token) -> str | None:
    """The mode of a bodily assault at ``tok`` ("beat", "crowd-control",
    "firearms" or "" for none), or None when ``tok`` is none. The first test
    is a word-list look-up, so the rule costs nothing on other words."""
    if (tok.lower_ not in _words() and lemma(tok) not in _words()) or \
            not _verbal(tok) or _content_of_intent(tok) or \
            any(c.dep_ == "prt" for c in tok.children):
        return None
    if _in(tok, "spray_verbs"):
        return _spraying(tok)
    if _in(tok, "spittle_verbs"):
        return "" if _harmed_goal(tok) or _harmed_object(tok) else None
    if not _harmed_object(tok):
        return None
    return "" if _in(tok, "stun_forms") else "beat"


def _verbal(tok: Token) -> bool:
    """A verb (not a modifier), or a misread stun-gun or spitting verb."""
    return tok.dep_ != "amod" if tok.pos_ == "VERB" else misread_stun(tok)


@lru_cache(maxsize=1)
def stun_forms() -> frozenset[str]:
    """The verb forms the tagger reads as nouns ("Taser", "spat"):
    ``trigger_screen`` keeps such a noun for :func:`misread_stun`."""
    return frozenset({*words()["stun_forms"], *words()["spittle_verbs"]})


def misread_stun(tok: Token) -> bool:
    """"had to Taser him", "a fan spat at the linesman": the tagger reads the
    stun gun's name or "spat" as a noun in a verb's place; a verb's
    dependency and an object or a goal phrase show the verb."""
    return tok.lower_ in stun_forms() and tok.pos_ in ("PROPN", "NOUN") and \
        tok.dep_ in VERBAL_DEPS and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in GOAL_PREPS)
            for c in tok.children)


def _content_of_intent(tok: Token) -> bool:
    """"threatened to punch him", "plans to spray the crowd": another act's
    content, not the assault."""
    return tok.dep_ in ("xcomp", "ccomp") and _in(tok.head, "assault_content_heads")


def _harmed(tok: Token) -> bool:
    """A person: a name, a pronoun, a people noun or one a blow is dealt to
    ("the victim", "a deputy", "the referee": ``assaulted_people``)."""
    return tok.lower_ in HARMED_PRONOUNS or _in(tok, "assaulted_people") or is_person(tok)


def _harmed_object(tok: Token) -> bool:
    """"punched the inmate", "he was tasered", "choked her": a person harmed."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _harmed(c) for c in tok.children)


def _harmed_goal(tok: Token) -> bool:
    """"spat on the officer", "sprayed at the protesters", "spitting into
    the eye of a policeman": a person, or a person's body part, hit."""
    return any(_harmed(goal) or _body_part(goal) for goal in prep_objects(tok, GOAL_PREPS))


def _body_part(tok: Token) -> bool:
    """"into the eye of a police officer", "in his face": a body part is a
    person's (the parser often hangs the owner's "of" on a conjunct or the
    verb, so the part alone is read)."""
    return _in(tok, "body_parts")


def _spraying(tok: Token) -> str | None:
    """"sprayed bullets" (firearms), "sprayed tear gas / water cannon at the
    protesters", "pepper-sprayed the marchers" (crowd-control): a discharge
    or an agent sprayed, or people sprayed."""
    pepper = tok.lower_.startswith("pepper") or any(
        c.lower_ == "pepper" for c in tok.children if c.i < tok.i)
    sprayed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    sprayed += [c for s in sprayed for c in s.children if c.dep_ == "conj"]
    if any(_in(thing, "sprayed_firearms") for thing in sprayed):
        return "firearms"
    if pepper or any(_agent(thing) for thing in sprayed):
        return "crowd-control"
    return "crowd-control" if _harmed_object(tok) and _sprayed_with_agent(tok) else None


def _agent(thing: Token) -> bool:
    """A crowd-control agent: "tear gas", "water cannon", "pepper spray" (the
    agent named by its modifier: "spray" alone is any spray)."""
    return _in(thing, "sprayed_agents") or any(
        c.dep_ == "compound" and _in(c, "sprayed_agents") for c in thing.children)


def _sprayed_with_agent(tok: Token) -> bool:
    """"sprayed the protesters with tear gas": people sprayed need the agent
    named; "sprayed the workers" alone is ambiguous (a hose, a disinfectant)
    and is not read."""
    return any(_agent(thing) for thing in prep_objects(tok, WITH))
