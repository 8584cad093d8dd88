"""A cut that is an injury, damage or isolation (issue #12, branch events28).

The lexicon reads "cut" as SANCTION ``discontinue`` (ties, aid, staff cut)
and the internet cut as COERCE. Three forms name no act on anyone and were
false events in the real outlets' Wikinews and disaster copy:

* **an injury** — a reflexive object: "one handler had cut himself during
  the necropsy", "the boy cut himself on the fence", "she cut herself";
* **a line broken with no doer** — an agentless passive whose patient is a
  cable, a pipe or a wire: "three undersea cables were cut off Sicily",
  "water pipes have been cut", "power lines were cut in the storm"
  ("severed" is left to the lexicon: a cable "was severed" is how sabotage
  is told as often as damage, and rec_s's guide labels one);
* **a place cut off with no doer** — an agentless passive "cut off" of a
  town, a village or a region: "the mountain village has been cut off since Tuesday",
  "dozens of villages remain cut off by the snow" (a natural doer is no
  doer), "the valley was cut off after the bridge fell".

A doer keeps the act ("a ship cut the cable": ASSAULT in rec_s's guide;
"troops cut off the town": a blockade), and so does a service or relation
cut ("internet access was cut", "cut ties"). Word lists:
``eventwire/data/events/physical_cuts.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import look_through

WORDS = DATA_DIR / "events" / "physical_cuts.yaml"


words = word_list_loader(WORDS)


def _listed(tok: Token, key: str) -> bool:
    return tok.lower_ in words()[key] or tok.lemma_.lower() in words()[key]


def is_physical_cut(tok: Token) -> bool:
    """One of the three forms of the module docstring."""
    if tok.pos_ != "VERB" or not _listed(tok, "cut_verbs"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if objects and all(_listed(o, "reflexives") for o in objects):
        return True
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if patient is None and tok.dep_ == "acomp":  # "villages remain cut off"
        patient = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if patient is None or _has_doer(tok):
        return False
    patient = look_through(patient)  # "dozens of villages"
    if _listed(patient, "line_nouns"):
        return True
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)
    return off and (_listed(patient, "place_nouns") or patient.ent_type_ in ("GPE", "LOC"))


def _has_doer(tok: Token) -> bool:
    """A by-agent that is no natural hazard ("cut off by the snow" has none)."""
    hazards = natural_hazards() | words()["natural_barriers"]
    return any(g.lower_ not in hazards and g.lemma_.lower() not in hazards
               for c in tok.children if c.dep_ == "agent"
               for g in c.children if g.dep_ == "pobj")
