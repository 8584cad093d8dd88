"""Class *a demonym that qualifies goods or symbols names their origin, not
a party* (issue #12, recodes18).

"banned Canadian beef", "burned Chinese flags", "a ban on Thai films and
fruit", "imposed tariffs on Brazilian goods": the nationality word the
parser offers as the recipient only says where the things come from; the
things are the act's content, which the record guide never counts as a
recipient ("sanctions", "weapons"). Only the nationality word itself is
dropped, and only before a noun of goods or national symbols (the list
below): "Iranian oil imports", "Pakistani territory", "Turkish positions",
"Indian jets" and "Malian accusations" name, or stand for, the party and
stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention

# goods and national symbols: what a demonym before them only qualifies
THING_NOUNS = frozenset({"flag", "banner", "good", "goods", "product", "products", "produce",
                         "film", "films", "movie", "movies", "fruit", "fruits", "beef",
                         "meat", "pork", "poultry", "cow", "cows", "cattle", "rice",
                         "wine", "textile", "textiles", "merchandise", "brand", "brands"})
QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _thing(tok: Token) -> bool:
    return tok.lower_ in THING_NOUNS or tok.lemma_.lower() in THING_NOUNS


def origin_of_things(m: ActorMention, tok: Token) -> bool:
    """Whether the mention (head ``tok``) is only a nationality word
    qualifying goods or symbols ("Chinese flags", "Canadian cows and
    beef")."""
    if tok.dep_ not in QUALIFIER_DEPS or m.end > tok.head.idx:
        return False
    noun = tok.head
    return _thing(noun) or (noun.dep_ == "conj" and _thing(noun.head)) \
        or any(c.dep_ == "conj" and _thing(c) for c in noun.children)
