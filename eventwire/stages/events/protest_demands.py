"""A protest's phrase of demand is its topic: no REQUEST of its own (issue #12,
branch false54; docs/annotation.md "Questions decided (relabel63,
2026-12-07)").

When a demand is told only as what a protest is for, the act is the protest
and the demand its content; PLOVER's PROTEST already is "demonstrating against
a target", so a second REQUEST would count one act twice. The class, in the
forms the guide names:

* **a participle of the protest's clause** — "taxi drivers blocked the ring
  road, demanding lower fuel prices", "nurses rallied outside the ministry
  calling for back pay", "protesters pelted officers with stones, demanding
  the mayor's resignation" (the clause's verb is a protest verb, or its doer
  is a protest noun);
* **a purpose infinitive** — "several hundred nurses marched to the
  ministry to demand back pay", "dockers went on strike to press for a new
  contract", "farmers staged a sit-in to demand water";
* **a reduced relative on the protesters or the protest** — "police fired
  tear gas at demonstrators demanding the rector's dismissal", "a blockade
  by students, demanding justice for the girl", "banners calling for the
  release of the detainees";
* **a clause describing the protest or its slogans** — "nights of protesting
  where residents are demanding justice", "chanting slogans that urged the
  president to resign".

Not the class, and still REQUESTs: a demand in its own finite clause ("the
vendors marched on city hall and demanded that the mayor resign", "the
protesters were demanding a rerun", "protesters demand his resignation"), a
demand by another body or tied to a speech verb ("the opposition leader told
reporters, demanding an inquiry"), and a call to protest ("activists
marched, calling for a general strike": the object is a protest).

Cheap: only a token whose lemma is a demand verb walks up at most a few
heads; nothing scans the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.mention_lookup import prep_objects

DEMAND_LEMMAS = frozenset({"demand", "call", "urge", "press", "seek", "ask", "insist"})
# verbs whose sense is the demand only with "for" / "on" ("calling for", "pressing for")
NEEDS_PREP = frozenset({"call", "press", "ask"})
PROTEST_VERBS = frozenset({
    "protest", "demonstrate", "march", "rally", "riot", "picket", "strike", "gather",
    "assemble", "converge", "congregate", "mass", "block", "blockade", "chant", "occupy",
    "barricade", "boycott"})
# verbs that tell a protest through their object: "staged a sit-in", "went on strike"
# ("stag": the lemmatizer's lemma of "staged")
STAGING_VERBS = frozenset({"stage", "stag", "hold", "launch", "begin", "start", "go", "mount",
                           "organise", "organize", "continue", "join", "take"})
PROTEST_NOUNS = frozenset({
    "protest", "protester", "protestor", "demonstration", "demonstrator", "rally", "march",
    "marcher", "strike", "striker", "sit-in", "blockade", "picket", "vigil", "bandh", "hartal",
    "walkout", "procession", "riot", "rioter", "boycott", "street", "streets", "protesting"})
SLOGAN_NOUNS = frozenset({"slogan", "chant", "placard", "banner", "sign", "poster"})
# people met with crowd control are the protesters: "fired tear gas at students demanding"
CROWD_CONTROL = frozenset({"fire", "shoot", "open", "disperse", "charge", "spray", "use"})
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "xcomp", "relcl", "conj"})
OF, FOR_ON = frozenset({"of"}), frozenset({"for", "on"})


def _is_protest_noun(tok: Token) -> bool:
    """A protest, its crowd or its slogans; "nights of protesting" through its "of"."""
    if _lemma(tok) in PROTEST_NOUNS or tok.lower_ in PROTEST_NOUNS or _lemma(tok) in SLOGAN_NOUNS:
        return True
    if tok.lower_ == "in" and "".join(c.lower_ for c in tok.lefts if c.dep_ in ("compound", "punct")
                                       ).endswith("sit-"):
        return True  # "a sit-in" parsed as "sit" + "-" + "in"
    return any(_lemma(g) in PROTEST_NOUNS for g in prep_objects(tok, OF))


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its first conjunct's ("carried coffins and chanted")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
    return None


def _is_protest_clause(verb: Token) -> bool:
    """A protest verb, a staging verb with a protest object, or a verb whose
    doer is a protest noun ("protesters carried coffins")."""
    if _lemma(verb) in PROTEST_VERBS:
        return True
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if _lemma(verb) in STAGING_VERBS and any(_is_protest_noun(o) for o in objs):
        return True
    subj = _subject(verb)
    return subj is not None and _is_protest_noun(subj)


def _policed_crowd(noun: Token) -> bool:
    """People a crowd-control act is aimed at ("fired tear gas at students",
    "opened fire on villagers"): the guide reads them as the protest's crowd."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("at", "on", "into") and \
        _lemma(prep.head) in CROWD_CONTROL


def _demanded_objects(tok: Token) -> list[Token]:
    """What is demanded: the object, or the object of "for" / "on"."""
    return [c for c in tok.children if c.dep_ == "dobj"] + prep_objects(tok, FOR_ON)


def _is_demand_word(tok: Token) -> bool:
    """A demand verb in its demanding sense, not a call to protest."""
    lemma = _lemma(tok)
    if tok.pos_ != "VERB" or lemma not in DEMAND_LEMMAS:
        return False
    objs = _demanded_objects(tok)
    if lemma in NEEDS_PREP and not any(o.head.dep_ == "prep" for o in objs):
        return False
    return not any(_lemma(o) in PROTEST_NOUNS for o in objs)


def _is_dependent_form(tok: Token) -> bool:
    """A participle or a "to" infinitive with no finite auxiliary of its own."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBG":
        return not auxes
    return tok.tag_ == "VB" and len(auxes) == 1 and auxes[0].lower_ == "to"


def _governor(tok: Token) -> Token:
    """The word the phrase hangs on, past a place or time noun it was
    attached to ("gathered outside the prison demanding")."""
    head = tok.head
    for _ in range(3):
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("pobj", "npadvmod", "dobj") and \
                not (_is_protest_noun(head) or _policed_crowd(head)):
            head = head.head.head if head.dep_ == "pobj" else head.head
        else:
            break
    return head


def _clause_of(tok: Token) -> Token:
    """The clause verb a coordinated demand belongs to ("are expressing
    outrage and demanding justice": the parser may hang "demanding" on the
    object)."""
    clause = tok
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ == "dobj":
        clause = clause.head
    return clause


def _described_protest(tok: Token) -> bool:
    """A clause opened by a relative word on a protest noun or slogans
    ("nights of protesting where residents are demanding", "slogans that
    urged"); "the march the opposition had called" has no relative word: the
    noun is what was called for."""
    clause = _clause_of(tok)
    return clause.dep_ in ("relcl", "ccomp") and _is_protest_noun(clause.head) and any(
        c.tag_ in ("WDT", "WP", "WRB") for c in clause.children)


def is_protest_demand(tok: Token) -> bool:
    """Any of the forms of the module docstring."""
    if not _is_demand_word(tok):
        return False
    if _described_protest(tok):
        return True
    if tok.dep_ not in PARTICIPLE_DEPS or tok.dep_ == "conj" or not _is_dependent_form(tok):
        return False
    head = _governor(tok)
    if head.pos_ in ("NOUN", "PROPN"):
        return tok.dep_ in ("acl", "relcl") and (_is_protest_noun(head) or _policed_crowd(head))
    return head.pos_ in ("VERB", "AUX") and _is_protest_clause(head)
