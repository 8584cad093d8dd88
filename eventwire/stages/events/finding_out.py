"""Finding out (issue #12, branch events28).

"find" has a CAMEO reading the lexicon types CONSULT; with its particle
"out" it is learning something, no act between parties, and it was
predicted three times in the real outlets' copy with no gold event:

* "parents can find out more about the scheme on the council's website";
* "the ministry is now working to find out which country will take them";
* "we want to find out what happened on the ship";
* "relatives found out about the arrests from the radio".

A verdict ("the jury found him guilty") and a discovery ("police found
weapons") have no "out" and stay with their own classes. Word lists:
``eventwire/data/events/finding_out.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "finding_out.yaml"


words = word_list_loader(WORDS)


def finds_out(tok: Token) -> bool:
    """A learning verb with its "out" particle."""
    w = words()
    return tok.pos_ == "VERB" and tok.lemma_.lower() in w["learning_verbs"] and any(
        c.dep_ == "prt" and c.lower_ in w["learning_particles"] for c in tok.children)
