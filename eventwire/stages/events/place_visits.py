"""A visit to a place with no second actor (issue #12, branch events24).

The lexicon reads "visit", "tour" and "attend" as CONSULT. docs/annotation.md
labels a visit to a country, a capital or a person ("visited Medvedev in
Sochi", "will visit Libya", "a visit to Minsk") but not "a leader visiting a
town with no second actor" (rec_a): nobody is consulted. Read on unlabelled
real news (events24 probes: a patient visiting a clinic, reporters visiting
a factory, a pupil attending a school) and present in the development sets
(a leader visiting "the site", "the town", "the area", ministers touring
"the affected areas", "the church attended by the governor").

The destination is the verb's object (the passive subject for "attended
by"), or the "to" object of the noun "visit"; it is a common place noun
(``place_visits.yaml``) with no name in it: "the Itsu sushi restaurant"
and "Kenya" stay, and so does a visit with a named second actor ("with
Prime Minister Abe") and a visit by the police (an inquiry, ACCUSE
``investigate`` in rec_g: "police visited the restaurant").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import prep_objects

WORDS = DATA_DIR / "events" / "place_visits.yaml"
TO = frozenset({"to"})
NAMED = frozenset({"GPE", "ORG", "PERSON", "FAC", "LOC", "NORP"})


words = word_list_loader(WORDS)


def _destinations(tok: Token) -> list[Token]:
    if tok.pos_ == "NOUN":
        return prep_objects(tok, TO)
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    deps = ("nsubjpass",) if passive else ("dobj",)
    out = [c for c in tok.children if c.dep_ in deps]
    if passive and not out and tok.dep_ in ("acl", "relcl"):
        out.append(tok.head)  # "the church attended by the governor"
    return out + [c for d in out for c in d.conjuncts]


def _named(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAMED


def _bare_place(noun: Token) -> bool:
    """A common place noun with no name in it or under it (its owner named
    by "of": "the home of opposition leader Raila Odinga")."""
    if noun.lemma_.lower() not in words()["place_nouns"] and \
            noun.lower_ not in words()["place_nouns"]:
        return False
    owners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return noun.ent_type_ not in NAMED and not any(
        _named(c) for c in noun.children if c.dep_ in ("compound", "poss", "nmod", "amod")) \
        and not any(_named(o) for o in owners)


def _by_inquirer(tok: Token) -> bool:
    who = [c for c in tok.children if c.dep_ == "nsubj"]
    who += [g for c in tok.children if c.dep_ == "agent" for g in c.children
             if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in words()["inquiry_visitors"] for w in who)


def _with_named(heads: list[Token]) -> bool:
    """A second actor named beside the visitor ("visited the flooded area
    with Japanese Prime Minister Shinzo Abe", "toured the town alongside
    President Joe Biden"): the visit is a meeting, not a bare place."""
    return any(_named(g) for h in heads for c in h.children
               if c.dep_ == "prep" and c.lower_ in words()["companion_preps"]
               for g in c.children if g.dep_ == "pobj")


def _visit_word(tok: Token) -> Token | None:
    """The visit word itself, or the noun a light verb carries ("paid a
    visit to the village")."""
    if tok.lemma_.lower() in words()["visit_words"]:
        return tok
    if tok.lemma_.lower() in words()["light_verbs"]:
        return next((c for c in tok.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in words()["visit_words"]), None)
    return None


def is_place_visit(tok: Token) -> bool:
    """A visit word whose every destination is a bare place."""
    visit = _visit_word(tok)
    if visit is None:
        return False
    places = _destinations(visit)
    return bool(places) and all(_bare_place(p) for p in places) and not _by_inquirer(tok) \
        and not _with_named([tok, visit, *places])
