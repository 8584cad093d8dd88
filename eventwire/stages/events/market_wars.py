"""A fight between companies for a market, told as a war (issue #12, branch
events37).

Business copy tells a price war or a takeover fight in the words of force,
as sports copy tells a game: "Asda fired the latest salvo in the
supermarket price war", "Claro launched a fresh offensive in Peru's mobile
market, slashing prepaid prices", "the board rejected the predatory raid
by Coastal and vowed to fight on", "Wizz Air launched an all-out assault on
Ryanair's routes". docs/annotation.md labels no event between companies,
consumers or shareholders unless a government or a political actor acts.
``nonpolitical.is_business_act`` reads the actor's sector from the
knowledge base; a chain, an airline or an operator the base does not hold
has none, so those acts pass it.

* **a story of companies competing** — the article names at least
  ``MIN_WORDS`` distinct words of a market (rivals, fares, shareholders,
  analysts, a takeover ...), one at least of a contest between companies
  (rival, competitor, takeover, bidder, hostile, merger), and more of its
  sentences name the market than a party outside it (below);
* **a sentence about the companies only** — in such a story, a candidate
  whose sentence names no regulator, court, government, minister, police,
  union or other party outside the market (the list in the word file), and
  whose subject is no country or nationality (a GPE or NORP name: "Beijing
  hit back with an export ban"), is no event. A regulator fining a carrier,
  the Commission opening a probe, a government imposing a tax stay.

Word lists: ``eventwire/data/events/market_wars.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.arrays import column
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "market_wars.yaml"
CONTEXT_KEY = "eventwire_market_story"
MIN_WORDS = 4  # distinct market words in the article
STATE_ENTS = frozenset({"GPE", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def _ids(key: str) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words()[key])


def market_story(doc: Doc) -> bool:
    """Is the article a story of companies competing? Read once per doc
    (kept in ``doc.user_data``); the sentences are counted only when the
    words are found (one array read before that)."""
    found = doc.user_data.get(CONTEXT_KEY)
    if found is None:
        lows = set(doc.to_array(LOWER).tolist()) if len(doc) else set()
        found = (len(_ids("market_words") & lows) >= MIN_WORDS
                 and not _ids("contest_words").isdisjoint(lows) and _market_told_most(doc))
        doc.user_data[CONTEXT_KEY] = found
    return bool(found)


def _market_told_most(doc: Doc) -> bool:
    """More sentences name the market than a party outside it."""
    market, party = words()["market_words"], words()["party_words"]
    told = others = 0
    strings, lowers = doc.vocab.strings, column(doc, LOWER)
    for sent in doc.sents:
        lows = {strings[v] for v in lowers[sent.start:sent.end]}
        told += not lows.isdisjoint(market)
        others += not lows.isdisjoint(party)
    return told > others


def is_market_war_act(tok: Token) -> bool:
    """A candidate in a story of companies competing whose sentence names no
    party outside the market and whose subject is no country."""
    if not market_story(tok.doc):
        return False
    doc, sent = tok.doc, tok.sent
    strings, lowers = doc.vocab.strings, column(doc, LOWER)
    if not {strings[v] for v in lowers[sent.start:sent.end]}.isdisjoint(words()["party_words"]):
        return False
    return not any(c.dep_ in SUBJECT_DEPS and c.ent_type_ in STATE_ENTS for c in tok.children)
