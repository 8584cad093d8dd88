"""A reward offered (issue #12, branch events28).

"offer" is AGREE in the lexicon (an offer to another party). A reward or a
bounty offered to the public for information or a capture is an appeal to
anyone, no agreement between parties, and no record set labels one (five
in the real outlets' crime copy and the own texts, none an event):

* "the county offered a $10,000 reward for tips about the barn fires";
* "police are offering a reward of 5,000 euros to anyone who saw the car";
* "the ministry doubled the bounty on the gang's leader";
* "a reward was put up by the victim's family".

The arrest such a reward seeks is no event either
(``nonevents.is_sought_arrest``). Word lists:
``eventwire/data/events/rewards.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import look_through

WORDS = DATA_DIR / "events" / "rewards.yaml"


words = word_list_loader(WORDS)


def is_reward_offer(tok: Token) -> bool:
    """An offering verb whose object (or passive subject) is a reward."""
    w = words()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in w["offer_verbs"]:
        return False
    patients = [look_through(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(patients) and all(p.lower_ in w["reward_nouns"] for p in patients)
