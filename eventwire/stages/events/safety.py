"""An evacuation out of danger (issue #12, branch events16).

The lexicon reads "evacuate" as RETREAT ``withdraw`` (troops leaving a
place) and, for people, as AID (a rescue). docs/annotation.md labels
neither when the evacuation only takes people or a building out of
danger: a bank emptied after a bomb call ("The evacuation, the police
sweep ... are not labelled"), a building after suspicious envelopes, the
army's domestic evacuations in a flood; foreign relief evacuations stay AID
and forces pulling out stay RETREAT. Real and own copy across five stories
had ten such events predicted and none labelled.

* **an evacuation of a building, a site or a vehicle** — "the bank was
  evacuated", "authorities had to evacuate at least one building", "the
  evacuation of the school";
* **an evacuation of civilians named by their place or role** — "a cruise
  ship evacuated its passengers", "the crew were evacuated by a passing
  vessel", "lawmakers were evacuated through a tunnel".

Not: soldiers, troops, diplomats, an embassy or a base (a state pulling
out: RETREAT), nor an evacuation whose object the sentence does not name.
Word lists: ``eventwire/data/events/safety.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "safety.yaml"
QUANTITIES = frozenset({"hundreds", "thousands", "dozens", "millions", "tens", "scores"})


words = word_list_loader(WORDS)


def safety_evacuation(tok: Token) -> bool:
    """Whether ``tok`` is an evacuation of a building or of civilians
    (above). One lemma test for every other token."""
    w = words()
    if tok.lemma_.lower() not in w["evacuate_words"] and tok.lower_ not in w["evacuate_words"]:
        return False
    emptied = _evacuated(tok)
    while emptied is not None and emptied.lower_ in QUANTITIES:
        # "evacuate hundreds of thousands of people": the quantity's of-object
        emptied = next((g for c in emptied.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
    if emptied is None or _of_a_state_post(emptied, w):
        return False
    return emptied.lower_ in w["evacuated_places"] or emptied.lower_ in w["evacuated_people"]


def _of_a_state_post(emptied: Token, w: dict[str, frozenset[str]]) -> bool:
    """"its embassy staff", "the staff of the consulate": a state taking its
    people out (RETREAT, docstring above), not people out of danger."""
    near = [c for c in emptied.children if c.dep_ in ("compound", "poss", "amod")]
    near += [g for c in emptied.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in w["state_posts"] for t in near)


def _evacuated(tok: Token) -> Token | None:
    """What is evacuated: the object of the verb, its passive subject, or
    the of-object of the noun ("the evacuation of the school")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
        if tok.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None
