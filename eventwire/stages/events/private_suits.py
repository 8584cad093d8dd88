"""A lawsuit between private parties (issue #12, branch business23).

The lexicon reads "sue" as ACCUSE. docs/annotation.md labels no dispute
between companies and consumers unless a government acts; a consumer suing
a company is one. Read on a food-outbreak story of
``tests/data/records/read_docs.txt`` ("a man ... became sick after eating
at the chain and sued the owner"), where the knowledge base gave the chain
a political sector, so the actor class (``is_business_act``) missed it.

"sue" is no event when its plaintiff is a common-noun private person ("a
woman", "the family", "two customers", a relative "who" read through its
noun) and its defendant's head a business noun ("the owner", "the
restaurant chain", "its employer"). A person suing a government, a state
suing a company, a company suing a rival by name stay with the lexicon.
Word lists: ``eventwire/data/events/private_suits.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.clause_subjects import clause_subject
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "private_suits.yaml"
RELATIVES = frozenset({"who", "that"})


words = word_list_loader(WORDS)


def _plaintiff(tok: Token) -> Token | None:
    """The subject, up a coordination; a relative pronoun read as its noun."""
    return clause_subject(tok, steps=4, relatives=RELATIVES)


def is_private_suit(tok: Token) -> bool:
    """A private person suing a business: no event."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words()["sue_words"]:
        return False
    plaintiff = _plaintiff(tok)
    defendant = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return plaintiff is not None and defendant is not None and \
        plaintiff.ent_type_ == "" and plaintiff.lower_ in words()["private_people"] and \
        defendant.lower_ in words()["company_nouns"]
