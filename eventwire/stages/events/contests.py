"""Contests won are no attack or capture (issue #12, mends24).

The lexicon reads "capture", "seize", "take" with a place or territory
(typing.yaml *taking ground in war*, curated ``patterns``) as ASSAULT and
"seize" alone as COERCE. An election is told with the same verbs:
"Republicans captured three districts", "Labour seized the majority",
"the Greens captured four seats", "took the district by 300 votes" — a
contest won, which docs/annotation.md does not label as an act of force.

* **a prize of a vote** — the object (or passive subject) is what only a
  vote or a party contest gives: seats, a majority, votes, a nomination, a
  mandate ("captured four seats", "seized the majority", "captured the
  party's nomination");
* **an electoral unit taken in an election** — the object is a district,
  a state, a council, a chamber, and the act's own phrase names an election
  ("captured three districts *in the midterm elections*", "took the district
  *by 300 votes*", "seized two state senates *in Tuesday's elections*"). A
  phrase that only dates the act ("seized the parliament building *after
  the disputed vote*") and a district taken with no election word ("the
  Taliban captured three districts") stay.

Sport titles and medals are ``market_patients`` (curated.yaml, any force
verb). Word lists: ``eventwire/data/events/contests.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import look_through, prep_objects
from eventwire.stages.events.nonevents import word_classes

WORDS = DATA_DIR / "events" / "contests.yaml"
OF = frozenset({"of"})
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
# clauses under the verb tell other acts: their words are not the act's phrase
CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "xcomp", "conj", "acl", "parataxis"})
# the doer is not the contest: "election protesters seized the chamber" (review32)
DOER_DEPS = frozenset({"nsubj", "csubj", "agent"})


words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def capture_words() -> frozenset[str]:
    """Lemmas of taking: curated.yaml's one list of taking and gaining
    (review32), with the contest's own words."""
    curated = word_classes()
    return curated["capture_verbs"] | curated["gaining_verbs"] | words()["contest_capture_words"]


def _in(tok: Token, key: str) -> bool:
    return tok.lower_ in words()[key] or tok.lemma_.lower() in words()[key]


def _dates(tok: Token) -> bool:
    """A phrase that only dates the act: "after the vote", "in the run-up
    to the elections", "on the eve of the vote" (the parser splits "run-up"
    into a compound "run" and the object "up")."""
    if _in(tok, "time_preps"):
        return True
    return tok.dep_ == "prep" and any(
        "-".join([c.lower_ for c in g.children if c.dep_ == "compound"] + [g.lower_])
        in words()["time_nouns"] or _in(g, "time_nouns")
        for g in tok.children if g.dep_ == "pobj")


def _phrase_words(verb: Token) -> list[Token]:
    """The verb's own phrase: its subtree without clauses, without its
    doer ("poll workers captured the town") and without phrases that only
    date it ("after the vote", "on the eve of the vote")."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS
             and c.dep_ not in DOER_DEPS and not _dates(c)]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children
                     if c.dep_ not in CLAUSE_DEPS and not _dates(c))
    return out


def _prize(tok: Token) -> bool:
    """A prize of a vote, unless an "of" phrase counts other things ("the
    majority of the weapons"; "58 percent of the vote" is read through)."""
    return _in(tok, "prize_nouns") and not any(
        not (_in(g, "prize_nouns") or _in(g, "election_words")) for g in prep_objects(tok, OF))


def is_contest_won(tok: Token) -> bool:
    """A verb of taking whose patient is a prize of a vote, or an electoral
    unit with an election word in the act's own phrase."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in capture_words():
        return False
    patients = [look_through(c) for c in tok.children if c.dep_ in PATIENT_DEPS]
    if not patients:
        return False
    if all(_prize(p) for p in patients):
        return True
    return all(_in(p, "contested_places") for p in patients) and any(
        _in(w, "election_words") for w in _phrase_words(tok))
