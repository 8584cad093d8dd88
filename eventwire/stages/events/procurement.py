"""A government choosing a contractor (issue #12, branch wiki15).

docs/annotation.md ("Types of government acts") labels "the Air Force
awarding a contract to a company" COOPERATE: a government acts, so it is
not business talk. Wikinews business stories (MEANTIME) tell it in two
ways the lexicon read badly:

* **an award** — "the navy awarded the contract to a shipyard", "the
  contract had been awarded on price", "the decision to award the licence
  to a Danish firm": COOPERATE on the verb, kept past the learned filter
  (an agentless passive looks like no event to it);
* **a choice of contractor** — "the ministry selected Thales to supply
  radars", "tapped a European company to provide the tankers", "picked a
  Swiss firm to build the bridge": COOPERATE on the choosing verb; the job
  ("to supply", "to provide") is its content, not an AID of the company.

A company choosing another company stays business (``nonpolitical.py``
drops it in the component); a coach selecting players names no company
(the object must be an organisation and the job a supplying verb).
Word lists: ``eventwire/data/events/procurement.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "procurement.yaml"
KEYS = ("award_verbs", "contract_nouns", "choosing_verbs", "supplying_verbs")
COOPERATE = ("COOPERATE", None)
ORG_LABELS = ("ORG", "NORP", "GPE")
FIRM_NOUNS = frozenset({"company", "firm", "contractor", "manufacturer", "consortium",
                        "group", "maker", "supplier", "builder", "shipyard"})


words = word_list_loader(WORDS, KEYS)


@lru_cache(maxsize=1)
def start_lemmas() -> frozenset[str]:
    w = words()
    return w["award_verbs"] | w["choosing_verbs"] | w["supplying_verbs"]


def _firm(tok: Token) -> bool:
    """An organisation named or a firm noun ("a European company")."""
    return tok.ent_type_ in ORG_LABELS or tok.lemma_.lower() in FIRM_NOUNS


def _job(verb: Token) -> Token | None:
    """The to-infinitive a contractor is chosen for: "selected X *to build*"."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                 and c.lemma_.lower() in words()["supplying_verbs"]
                 and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)


def _chooses_contractor(verb: Token) -> bool:
    if verb.lemma_.lower() not in words()["choosing_verbs"]:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and _firm(obj) and _job(verb) is not None


def _awards_contract(verb: Token) -> bool:
    if verb.lemma_.lower() not in words()["award_verbs"]:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words()["contract_nouns"]
               for c in verb.children)


def procurement_reading(tok: Token, lemma: str) -> tuple[str, None] | bool | None:
    """COOPERATE on an award or a choice of contractor, ``False`` on the job
    the contractor is chosen for, else None (the lexicon decides); ``lemma``:
    the token's lower-case lemma, read once by the caller."""
    if lemma not in start_lemmas() or tok.pos_ != "VERB":
        return None
    if _awards_contract(tok) or _chooses_contractor(tok):
        return COOPERATE
    if tok.dep_ in ("xcomp", "advcl") and _chooses_contractor(tok.head) and \
            _job(tok.head) == tok:
        return False
    return None
