"""A game reported in the language of war (issue #12, branch events18).

Sports copy tells a match as a battle: "Rovers storm Ashton Gate fortress
as Stevens fires late winner", "Kohli century sinks Pakistan", "Pogacar
launched a devastating attack ... his squad had besieged the peloton", "Rao
storms Lund's fortress" (chess). docs/annotation.md labels no event between
teams or players unless a government acts. ``nonpolitical`` drops a force
verb whose subject is a player's role ("the striker shot") or whose object
is a ball or a title; in a report of a game the players go by their names
and teams by their towns or countries, so those tests miss them.

* **a report of a game** — the article names at least three distinct words
  a game report uses (goalkeeper, wicket, peloton, checkmate, ...), one at
  least not shared with other news ("squad", "coach", "climb" are), and
  more of its sentences name the game than a party outside it (below): a
  political story that mentions a footballer, such as a striker's kidnapped
  father, is none, nor is a riot after a match told at more length than
  the match;
* **a sentence about the game only** — in such a report, a candidate whose
  sentence names no party outside the game (police, fans, rioters, a
  minister, a board, the government, gunmen) is no event. Fans rioting after
  the match, police firing tear gas, a cricket board threatening a boycott,
  a minister congratulating the team stay.
* **a sentence that gives a game's score** (branch events33) — outside a
  report of a game too: a result written as two small numbers joined by a
  hyphen ("3-0", "91-74") beside a word of winning or of the game ("won",
  "crushing", "victory", "title", "series", "qualifier"), and no party
  outside the game (the list above) and no vote ("the council voted 5-1"):
  "Celtic laid siege to the Rangers goal and won 3-0", "United stormed the
  leaders' ground, crushing them 4-1 to keep the title race open", "the
  visitors ambushed the hosts 2-1 in a World Cup qualifier". A brief result
  in a political story is told in one such sentence, which the
  article-level test never reaches. Two numbers before a plural noun are a
  range, no score ("killed 10-12 villagers", "fired 3-4 rockets", "burned
  20-30 homes in the final days of the siege"; review60).
* **a report whose lead gives the result** (branch events37) — a match report
  told with few game words: its first four sentences (the headline, a
  dateline the parser may split off, and the lead) give a game's score
  (the test above), and the article names two distinct game words, one
  not shared with other news ("coach" and "referees"; "innings" and
  "homer"; "sevens" and "coach"), and names the
  game in at least as many sentences as a party outside it (fans pouring
  into the streets and a president congratulating the team are told after
  the game, in as many sentences): "the visitors laid waste to the hosts'
  defence, winning 4-0 ... the referee ...", "the Rockets weathered a late
  barrage to beat the Suns 102-99 in overtime", "the Lions ambushed the
  Hawks 4-3 in overtime to win the national series" (written for review72;
  the branch quoted record sets). A political story rarely opens on a score; when it does (a
  riot after a match), its sentences naming police, fans or a minister keep
  their events as in any report of a game. A mob, hooligans, vigilantes,
  activists and curated.yaml's armed groups and security forces are parties
  outside the game too ("a mob stabbed one man", "insurgents abducted two
  players", "activists staged a sit-in to demand his release"; review72), not
  the words a game report shares with them ("forces extra time", "the point
  guard", "a real fighter").

Word lists: ``eventwire/data/events/sports.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.arrays import column
from eventwire.nlp.extensions import span_text
from eventwire.nlp.sentences import sent_of
from eventwire.paths import DATA_DIR
from eventwire.stages.events.story_parties import outside_parties, sentences_naming

WORDS = DATA_DIR / "events" / "sports.yaml"
CONTEXT_KEY = "eventwire_sports_story"
MIN_WORDS = 3  # distinct game words in the article
MIN_WORDS_RESULT_LEAD = 2  # ... when the headline or lead gives a score
LEAD_SENTENCES = 4  # the headline and the lead (a dateline may stand alone: "LAHORE", ":")
# a game's score: two numbers of at most three digits joined by a hyphen or dash,
# not part of a longer number or range ("1992-95", "2010-11" are years)
SCORE = re.compile(r"(?<![\d\-\u2013])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d\-\u2013])")
SCORE_KEY = "eventwire_score_sentences"
SCORE_TEXT_KEY = "eventwire_score_texts"


words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def party_words() -> frozenset[str]:
    """The parties outside the game: the word file's and curated.yaml's
    armed groups and security forces, one list each (review72: a mob, an
    insurgent group or guards acting after a match keep their events)."""
    return outside_parties(words())


@lru_cache(maxsize=1)
def _sport_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words()["sport_words"])


@lru_cache(maxsize=1)
def _party_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in party_words())


@lru_cache(maxsize=1)
def _shared_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words()["shared_words"])


def sports_story(doc: Doc) -> bool:
    """Is the article a report of a game? Read once per doc (kept in
    ``doc.user_data``); the sentences are counted only when three game
    words are found (one array read before that)."""
    found = doc.user_data.get(CONTEXT_KEY)
    if found is None:
        # the LOWER column kept per doc, which the other stages read (speed57)
        ids = _sport_ids().intersection(column(doc, LOWER)) if len(doc) else set()
        found = _story_from(doc, ids)
        doc.user_data[CONTEXT_KEY] = found
    return bool(found)


def _story_from(doc: Doc, ids: AbstractSet[int]) -> bool:
    """Enough distinct game words, one at least not shared, and the game
    told in more sentences than a party outside it; with a score in the
    headline or lead, two words and as many sentences suffice (events37)."""
    if len(ids) < MIN_WORDS_RESULT_LEAD or ids <= _shared_ids():
        return False
    margin = _game_minus_others(doc)
    if len(ids) >= MIN_WORDS and margin > 0:
        return True
    return margin >= 0 and _result_lead(doc)


def _result_lead(doc: Doc) -> bool:
    """The headline or the lead gives a game's score (``score_sentence``)."""
    strings, lowers = doc.vocab.strings, column(doc, LOWER)
    for n, sent in enumerate(doc.sents):
        if n >= LEAD_SENTENCES:
            break
        if len(sent) and score_sentence(sent[0], {strings[v] for v in lowers[sent.start:sent.end]}):
            return True
    return False


def _game_minus_others(doc: Doc) -> int:
    """Sentences naming the game less sentences naming a party outside it."""
    game, others = sentences_naming(doc, _sport_ids(), _party_ids())
    return game - others


def _sentence_words(tok: Token) -> set[str]:
    doc, sent = tok.doc, sent_of(tok)
    strings, lowers = doc.vocab.strings, column(doc, LOWER)  # no Token per word (speed24)
    return {strings[v] for v in lowers[sent.start:sent.end]}


def game_only(tok: Token) -> bool:
    """A candidate in a report of a game, or in a sentence giving a game's
    score, whose sentence names no party outside the game, and that is no
    act of the state's custody (``state_acts``: "receiver arrested for DUI",
    "the winger was detained at the airport", "the pitcher was indicted": the
    police or a court is the doer though the sentence names neither; false56)."""
    story = sports_story(tok.doc)
    if not story and not _has_score(tok):
        return False
    if tok.lemma_.lower() in words()["state_acts"]:
        return False
    lows = _sentence_words(tok)
    if not lows.isdisjoint(party_words()):
        return False
    return story or score_sentence(tok, lows)


@lru_cache(maxsize=1)
def result_words() -> frozenset[str]:
    """Words of a result or of the game beside a score: ``result_words`` and
    the game words no other news uses (``sport_words`` less ``shared_words``),
    one list each (review60)."""
    lists = words()
    return lists["result_words"] | (lists["sport_words"] - lists["shared_words"])


def _has_score(tok: Token) -> bool:
    """A score in the token's sentence; searched once per sentence, on its
    text cut from the document's (speed33: ``Span.text`` built a Token per
    word of the sentence)."""
    seen: dict[int, bool] = tok.doc.user_data.setdefault(SCORE_TEXT_KEY, {})
    sent = sent_of(tok)
    if sent.start not in seen:
        seen[sent.start] = any(not _count_range(sent, m.end())
                               for m in SCORE.finditer(span_text(sent)))
    return seen[sent.start]


def _count_range(sent: Span, end: int) -> bool:
    """The numbers ending at ``end`` (a character offset in the sentence)
    count a plural noun after them: a range, no score ("killed 10-12
    villagers", "fired 3-4 rockets", "burned 20-30 homes"); a result noun
    after them ("a 3-0 win", "2-1 victories") keeps the score."""
    span = sent.doc.char_span(sent.start_char, sent.start_char + end,
                              alignment_mode="expand")
    if span is None or span.end >= sent.end:
        return False
    after = sent.doc[span.end]
    return after.tag_ == "NNS" and after.lower_ not in result_words()


def score_sentence(tok: Token, lows: set[str]) -> bool:
    """The sentence gives a game's result: a score beside a word of winning
    or of the game, and no vote. Read once per sentence (``doc.user_data``)."""
    seen: dict[int, bool] = tok.doc.user_data.setdefault(SCORE_KEY, {})
    start = sent_of(tok).start
    if start not in seen:
        seen[start] = (_has_score(tok) and not lows.isdisjoint(result_words())
                       and lows.isdisjoint(words()["vote_words"]))
    return seen[start]
