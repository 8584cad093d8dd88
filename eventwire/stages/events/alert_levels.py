"""A hazard's alert level changed (issue #12, branch events28).

The lexicon reads "raise" as MOBILIZE (troops raised). An alert level
raised or lowered for a natural hazard is a forecaster's or a health
body's status change, no act on anyone, like a warning of a hazard
(``hazard_warnings.py``); it was predicted three times in the real outlets'
outbreak copy with no gold event:

* "the health body raised its bird flu alert from level two to three";
* "the agency will not raise the flu alert to phase six";
* "forecasters lowered the cyclone warning level for the coast";
* "the ministry upgraded the drought alert status for five provinces".

The object is a level, phase, alert or status, and a natural hazard
(``eventwire/data/events/natural_hazards.yaml``: storms, floods, diseases)
is named in it; an alert for troops or a border ("raised the alert level of
its forces") has no hazard and stays with the lexicon. Word lists:
``eventwire/data/events/alert_levels.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "alert_levels.yaml"


words = word_list_loader(WORDS)


def is_hazard_level_change(tok: Token) -> bool:
    """A level verb whose object (or passive subject) is a level, phase or
    alert with a natural hazard in its phrase."""
    w = words()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in w["level_verbs"]:
        return False
    hazards = natural_hazards()
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lower_ not in w["level_nouns"] and obj.lemma_.lower() not in w["level_nouns"]:
            continue
        if any(t.lower_ in hazards or t.lemma_.lower() in hazards for t in obj.subtree):
            return True
    return False
