"""Entering another state's airspace, waters or territory (issue #12, branch
recall26).

docs/annotation.md labels an intrusion a COERCE, like "violated its airspace"
and "intruded into its waters", which the lexicon has; "entered" it did not:
"drones that entered Polish airspace", "a navy vessel entered Guyanese
waters", "accused its soldiers of entering Venezuelan territory" (missed in
four sets). The area must be a state's: owned ("its waters") or named by a
demonym or a country ("Polish airspace", "Algerian airspace"), or "territorial
waters"; "entered the cold waters of the lake" and a sea or region the tagger
names ("Arctic waters", "Pacific waters", review35) are no intrusion.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.detection_words import listed

STATE_ENTS = {"NORP", "GPE"}  # not LOC: "Arctic waters", "Pacific waters" are nobody's


def _a_states(area: Token) -> bool:
    """The area is some state's: a possessor, a demonym or place before it, or
    "territorial"."""
    for c in area.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("amod", "compound") and (
                c.ent_type_ in STATE_ENTS or c.lower_ == "territorial"
                # a demonym the tagger missed; not a sea or region it named
                or (c.is_title and c.pos_ in ("ADJ", "PROPN") and not c.ent_type_)):
            return True
    return False


def entered_state_area(tok: Token) -> bool:
    """``tok`` is "entered" with a state's airspace, waters or territory as its
    object."""
    if tok.pos_ != "VERB" or not listed(tok, "entry_verbs"):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and listed(obj, "state_areas") and _a_states(obj)
