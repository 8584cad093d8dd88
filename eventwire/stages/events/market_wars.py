"""A fight between companies for a market, told as a war (issue #12, branch
events37).

Business copy tells a price war or a takeover fight in the words of force,
as sports copy tells a game: "the discounter opened fire on its rivals
with a round of cuts", "the insurer mounted a counter-attack on the
broker's clients", "the brewer's board repelled the raider and swore to
keep fighting", "the budget airline invaded its rival's home airport with
cheap seats" (examples written for review72; the branch quoted record
sets). docs/annotation.md labels no event between companies,
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
  the Commission opening a probe, a government imposing a tax stay. The
  parties outside the market include curated.yaml's ``armed_groups`` and
  ``security_words`` ("gunmen torched the chain's stores", "guards occupied
  the rival's offices"), campaigners, strikers, hackers and an election's
  parties (review72); a country counts as the act's object or as the
  subject of the verb that governs it too ("accused Spain of expropriating
  its profits", "threatened Peru with arbitration", "Beijing hit back by
  blacklisting two chip firms"; review72). A public body the actor stage
  found in the sentence counts as a party outside the market too, by its
  sector whatever its words ("accused the Commerce Department of favouring
  its rival", "accused the Labor Department of siding with a competitor",
  "the lawyers accused the Justice Department of leaking the merger plans"):
  a mention of kind organisation, agent or government whose sectors hold a
  government, court, legislature, police or intergovernmental code (a
  person's or a state's sectors are guessed from the name and do not count).

Word lists: ``eventwire/data/events/market_wars.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.arrays import column
from eventwire.nlp.sentences import sent_of
from eventwire.paths import DATA_DIR
from eventwire.stages.events.story_parties import outside_parties, sentences_naming

WORDS = DATA_DIR / "events" / "market_wars.yaml"
CONTEXT_KEY = "eventwire_market_story"
MIN_WORDS = 4  # distinct market words in the article
STATE_ENTS = frozenset({"GPE", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a public body's sectors and the mention kinds that name a body, not a
# person or a state guessed from a name (those carry guessed sectors)
PUBLIC_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP", "IGO"})
BODY_KINDS = frozenset({"organisation", "agent", "government"})

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
OPPONENT_PREPS = frozenset({"against", "with", "by"})
GOVERNED_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "acl"})
MAX_CLIMB = 3  # verbs or prepositions walked up to find a subject

words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def party_words() -> frozenset[str]:
    """The parties outside the market: the word file's and curated.yaml's
    armed groups and security forces (one list each, review72)."""
    return outside_parties(words())


@lru_cache(maxsize=4)
def _ids(key: str) -> frozenset[int]:
    """The string ids of one word class (``party_words`` read with curated's)."""
    listed = party_words() if key == "party_words" else words()[key]
    return frozenset(get_string_id(w) for w in listed)


def market_story(doc: Doc) -> bool:
    """Is the article a story of companies competing? Read once per doc
    (kept in ``doc.user_data``); the sentences are counted only when the
    words are found (one array read before that)."""
    found = doc.user_data.get(CONTEXT_KEY)
    if found is None:
        lows = set(column(doc, LOWER)) if len(doc) else set()  # the kept column (speed57)
        found = (len(_ids("market_words") & lows) >= MIN_WORDS
                 and not _ids("contest_words").isdisjoint(lows) and _market_told_most(doc))
        doc.user_data[CONTEXT_KEY] = found
    return bool(found)


def _market_told_most(doc: Doc) -> bool:
    """More sentences name the market than a party outside it."""
    told, others = sentences_naming(doc, _ids("market_words"), _ids("party_words"))
    return told > others


def is_market_war_act(tok: Token) -> bool:
    """A candidate in a story of companies competing whose sentence names no
    party outside the market and whose subject is no country."""
    if not market_story(tok.doc):
        return False
    sent = sent_of(tok)
    if not _ids("party_words").isdisjoint(column(tok.doc, LOWER)[sent.start:sent.end]):
        return False
    return not (_public_body_in(sent) or _state_argument(tok))


def _public_body_in(sent: Span) -> bool:
    """The actor stage found a public body in the sentence (module
    docstring: "the Commerce Department", "the Supreme Court")."""
    start, end = sent.start_char, sent.end_char
    return any(start <= m.start < end and m.kind in BODY_KINDS
               and not PUBLIC_SECTORS.isdisjoint(m.sectors)
               for m in (sent.doc._.actor_mentions or []))


def _state_argument(tok: Token) -> bool:
    """A country or nationality is the act's subject, object or opponent
    ("against", "with", "by"), or the subject of the verb governing a
    subjectless act ("Beijing hit back by blacklisting ...")."""
    if any(_is_state(c) for c in tok.children if c.dep_ in ARGUMENT_DEPS):
        return True
    if any(_is_state(g) for c in tok.children if c.dep_ in {"prep", "agent"}
           and c.lower_ in OPPONENT_PREPS for g in c.children if g.dep_ == "pobj"):
        return True
    head = tok
    for _ in range(MAX_CLIMB):
        if any(c.dep_ in SUBJECT_DEPS for c in head.children) or head.dep_ not in GOVERNED_DEPS:
            break
        head = head.head
        if any(_is_state(c) for c in head.children if c.dep_ in SUBJECT_DEPS):
            return True
    return False


def _is_state(tok: Token) -> bool:
    return tok.ent_type_ in STATE_ENTS
