"""Which triggers are the content of a speech act, not events of their own.

A noun trigger that is the object of a verb trigger is that verb's content
("threatened sanctions" one THREATEN, "launched an attack" one ASSAULT),
unless a reaction re-mentions a physical act ("condemned the attack"). An
act inside the complement of a threat, demand, offer or refusal is its
content ("warned that the force would storm the city"), unless it sits in a
condition ("if the rebels attack") or in a phrase of time or cause ("vowed
a response after the bombing"). The events component reads these rules
while it builds each sentence's events.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.headline_topic import headline_topic
from eventwire.stages.events.apology_nouns import RULE as APOLOGY_RULE
from eventwire.stages.events.detection import is_summary_noun, predicates
from eventwire.stages.events.judicial import proceeding_as_setting
from eventwire.stages.events.lexicon_candidates import Candidate
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.warning_shots import RULE as WARNING_RULE

CONTENT_TYPES = {"THREATEN", "REQUEST", "AGREE", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE"}
REACTION_TYPES = {"ACCUSE", "SUPPORT", "REJECT"}
OWNING_UP = {"admit", "confess", "apologize", "apologise"}
PHYSICAL_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AID", "RETREAT",
                  "CONCEDE"}


def folded(cand: Candidate, verbs: dict[int, Candidate]) -> bool:
    """A noun trigger that is the content of its governing verb trigger
    (not a headline's topic before a colon: ``nlp.headline_topic``)."""
    if not cand.nominal or headline_topic(cand.token) or cand.rule == APOLOGY_RULE:
        return False  # "offered an apology": the act is on the noun (apology_nouns.py)
    head = cand.token.head
    if cand.token.dep_ == "pobj":
        if _circumstance(head):  # "warned of war after the bombing"
            return False
        head = head.head
    verb = verbs.get(head.i)
    if verb is None or _reaction_object(cand, verb) or _proceeding_setting(cand, verb):
        return False
    return verb.type == cand.type or _speech(verb)


def _proceeding_setting(cand: Candidate, verb: Candidate) -> bool:
    """A court proceeding that is the setting of another kind of act is an
    event of its own ("pleaded guilty at a federal hearing", "admitted the
    ruse at a court hearing": docs/annotation.md "Court and police procedure
    words" 4; missed57 found both folded into the plea and the confession).
    One of the same type stays folded ("was tried in fast-track hearings")."""
    return (cand.rule == "nominal+trial" and verb.type != cand.type
            and proceeding_as_setting(cand.token))


def _speech(cand: Candidate) -> bool:
    """A speech act that has a content: warning shots are a THREATEN made by
    a deed ("fired warning shots, forcing the pirates to give up": the
    surrender is a result, no threat's content; relabel51)."""
    return cand.type in CONTENT_TYPES and cand.rule != WARNING_RULE


def _reaction_object(cand: Candidate, verb: Candidate) -> bool:
    """**A physical act re-mentioned as the object of a reaction** is an
    event of its own (docs/annotation.md): "condemned the attack", "blamed
    the militia for the kidnapping", "welcomed the release", "called the
    coup treasonous". Summary nouns ("blamed the unrest on") and labels
    ("called it an assault on democracy", a predicate) stay folded."""
    if "characterisation" in verb.rule and cand.token in predicates(verb.token):
        return False
    # a confession's act is an event of its own too ("admitted the airstrike",
    # docs/annotation.md "Courts and crime"; events15)
    # (types27) owning up to an act by a plain verb ("confessed to the killings",
    # "apologised for the raid") keeps the act as well, as when the verb was SUPPORT
    reacts = verb.type in REACTION_TYPES or verb.rule.endswith("+confession") or \
        verb.token.lemma_.lower() in OWNING_UP
    return (reacts and cand.type in PHYSICAL_TYPES
            and cand.token.dep_ in ("dobj", "pobj") and not is_summary_noun(cand.token))

COMPLEMENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "advcl"}


def governing_trigger(tok: Token, verbs: dict[int, Candidate]) -> Token | None:
    """The verb trigger whose complement holds ``tok`` ("refused to meet",
    "threatened to attack", "demanded a meeting"), climbing at most three
    complement links."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in COMPLEMENT_DEPS or cur.head == cur or _circumstance(cur):
            return None
        cur = cur.head
        gov = verbs.get(cur.i)
        if gov is not None and _speech(gov):
            return cur
    return None


# "warned of war after a plane bombs the camp": a clause of time or cause
# is the circumstance of the speech act, not its content
CIRCUMSTANCE_MARKS = {"after", "before", "since", "as", "while", "when", "because", "until",
                      "once", "whereas", "although", "though"}


# **an event named in a phrase of time or cause is no content** (branch
# events6): "threaten more attacks after U.S. strikes on Hodeidah", "vow
# response after Ankara bombing", "called for calm amid the riots" — the act
# in the phrase happened before; it is an event of its own, not what is said
CIRCUMSTANCE_PREPS = {"after", "before", "since", "following", "amid", "amidst", "during",
                      "despite", "until"}


def _circumstance(tok: Token) -> bool:
    if tok.dep_ == "prep":
        return tok.lower_ in CIRCUMSTANCE_PREPS
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS
                                       for c in tok.children)


ANNOUNCING_TYPES = {"THREATEN", "REQUEST", "AGREE"}
REFUSAL_VERBS = {"refuse", "decline"}


def announced_content(governor: Candidate) -> bool:
    """**The content of a threat, demand, offer or refusal is no event of
    its own** (docs/annotation.md): "warned that the force would storm the
    city", "demanded that the troops withdraw", "called on the council to
    back the force", "refused to comply" are one event each, on the speech
    act. What is denied, blamed, defended or ordered stays an event ("denied
    using chemical weapons", "blamed them for the attack", "ordered forces to
    take control"). Only content *after* the speech act: a headline's "Drone
    hits base, resistance vows more" is two events however it is parsed."""
    lemma = governor.token.lemma_.lower()
    if lemma in word_classes()["order_verbs"]:
        return False
    return governor.type in ANNOUNCING_TYPES or lemma in REFUSAL_VERBS


CONDITION_MARKS = {"if", "unless", "whether", "once"}


def in_condition(tok: Token, governor: Token) -> bool:
    """The act sits in a condition of the speech act ("threatened sanctions
    should troops be expelled", "will respond if the rebels attack"): a
    condition is not the content, and stays an event."""
    cur = tok
    while cur.i != governor.i and cur.head.i != cur.i:
        if cur.dep_ in ("advcl", "ccomp") and any(
                (c.dep_ == "mark" and c.lower_ in CONDITION_MARKS) or
                (c.lower_ == "should" and c.i == cur.left_edge.i) for c in cur.children):
            return True
        cur = cur.head
    return False
