"""Private people arriving or travelling (issue #12, branch events24).

The lexicon reads "arrive" and "travel" as CONSULT ``visit`` (or, under a
force, MOBILIZE or AID). docs/annotation.md labels the arrival of a force
("armed groups arrived in Tripoli"), of help ("the convoy had arrived",
"Spain's military emergency unit arrived") and a leader's visit ("hours
before Yoon arrived in Tokyo"), never a private trip. Read on unlabelled
real news (events24 probe: a flight's leg "will be travelling" and "is due
to arrive at" an airport) and present in the development sets, most of them
in real-outlet texts: "an officer arrived at the bank", "the eight are
reported to have arrived in Kenya from the UK", "as many as 750,000 people
travelled from India", "the gunmen arrived on motorcycles".

The subject (through an xcomp: "are reported to have arrived") is a common
noun or a number, no name, no pronoun, and nothing in it is a force (an armed
group of curated.yaml ``armed_groups``, the gunmen aside), an aid team or an
office (``arrivals.yaml``); then the arrival is no event.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.nonevents import word_classes

WORDS = DATA_DIR / "events" / "arrivals.yaml"
SUBJECTS = ("nsubj", "nsubjpass")
COMMON = frozenset({"NOUN", "NUM"})


words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def _kept() -> frozenset[str]:
    """The subject words that keep the event: ``kept_subject_words`` and the
    armed groups of curated.yaml (militants, insurgents, jihadists ...) but
    ``private_armed``."""
    own = words()
    return own["kept_subject_words"] | (word_classes()["armed_groups"] - own["private_armed"])


def _subject(tok: Token) -> Token | None:
    cur = tok
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            return subj
        if cur.dep_ not in ("xcomp", "conj") or cur.head is cur:
            return None
        cur = cur.head
    return None


def _private(subj: Token) -> bool:
    if subj.pos_ not in COMMON or subj.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
        return False
    kept = _kept()
    return not any(t.lower_ in kept or t.lemma_.lower() in kept for t in subj.subtree)


def is_private_arrival(tok: Token) -> bool:
    """An arrival or a trip whose subject is private people or things."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words()["arrival_verbs"]:
        return False
    subj = _subject(tok)
    return subj is not None and _private(subj)
