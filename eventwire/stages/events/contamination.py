"""Contamination with no one who contaminates (issue #12, branch events26).

The lexicon reads "contaminate" and "taint" as ASSAULT (deliberate
poisoning is: docs/annotation.md labels rat poison placed in food, rec_g's
poisoned cakes). On unlabelled health stories
(``tests/data/records/read_docs.txt``) and in rec_p the word told a state
found by tests, with no one doing it: animals "are contaminated with
mercury", "Salmonella contaminated pistachios" (events24's probe), bone
grafts that "might have been contaminated" (rec_p-08). The guide labels
no outbreak's toll or contamination and no development set has a gold
event on these words.

"contaminate", "taint", "pollute" are no event when no person or group is
their doer: no active subject and no "by" agent that is a name of a
person, organisation or state, a personal pronoun, or a people or group
noun (a relative "that" / "which" is read as its antecedent)
("the water was contaminated by the militants", "they tainted the
supply" stay). A substance or germ as the doer ("contaminated by the
bacteria", "mercury pollutes rivers") is no one.
Word lists: ``eventwire/data/events/contamination.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.nonevents import word_classes

WORDS = DATA_DIR / "events" / "contamination.yaml"
HUMAN_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """People and groups who can act: the file's, plus curated.yaml's armed
    groups and security forces (one list of those)."""
    classes = word_classes()
    return words()["human_agents"] | classes["armed_groups"] | classes["security_words"]


def _doers(tok: Token) -> list[Token]:
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [g for a in tok.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    if not doers and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        doers = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "stormed and tainted"
    # a relative pronoun stands for its antecedent: "bacteria that contaminated
    # the lettuce" is the bacteria's doing, no person's (review35)
    return [d.head.head if d.tag_ == "WDT" and d.head.dep_ == "relcl" else d for d in doers]


def _human(tok: Token) -> bool:
    return tok.ent_type_ in HUMAN_ENTS or tok.pos_ == "PRON" or \
        tok.lemma_.lower() in _people() or tok.lower_ in _people()


def is_contamination(tok: Token) -> bool:
    """A contamination word whose doer is no person or group: no event."""
    if tok.lemma_.lower() not in words()["contaminate_words"]:
        return False
    return not any(_human(d) for d in _doers(tok))
