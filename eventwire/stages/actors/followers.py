"""Class *the followers of an opposition figure or party* (issue #12,
recodes18).

"supporters of opposition leader Maurice Kamto", "thousands of supporters of
the former president" (a leader the knowledge base codes OPP), "Chadema
supporters", "Mondlane's followers": the record guide codes people who back
the opposition OPP, but the follower noun alone reads as civilians (CVL in
``curated.yaml``). The followed leader or party is the noun's of-phrase,
possessor or compound modifier; when a mention there carries OPP, or the
phrase itself says "opposition", OPP joins the follower's sectors (joins:
"Saied's supporters" of a sitting president stay civilians, and a list of
sectors is right for either reading). ``_opposition_agents`` in
``component.py`` covers the follower right after "opposition".
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from eventwire.datafiles import word_lists
from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span, column, per_doc, where_lower
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import head_token
from eventwire.paths import DATA_DIR

FOLLOWERS_PATH = DATA_DIR / "actors" / "followers.yaml"
# CAMEO's "elites": a person the KB knows with no office
ELITE = "ELI"
FOLLOWED_DEPS = frozenset({"poss", "compound", "nmod"})
# clauses that describe the followed phrase, left out of it (review18)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    lists = word_lists(FOLLOWERS_PATH, ["follower_nouns", "opposition_words"])
    return lists["follower_nouns"], lists["opposition_words"]


def _followed(head: Token) -> list[Token]:
    """The roots of the phrases naming whom ``head`` follows: its of-object,
    possessor and compound modifiers."""
    found = [c for c in head.children if c.dep_ in FOLLOWED_DEPS]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def _phrase(root: Token) -> list[Token]:
    """The followed phrase without the clauses that describe it ("the ruling
    party, which beat the opposition": the clause is not whom they follow)."""
    out, stack = [], [root]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if c.dep_ not in CLAUSE_DEPS]
    return out


def _backs_opposition(m: ActorMention) -> bool:
    """Whether following ``m`` is backing the opposition: a mention coded
    OPP; a person the KB codes only as an elite (ELI, no office: "Morsi
    supporters", "supporters of Evo Morales" after their fall); or a party
    or movement the KB does not know, so no governing code (ORG with no
    sector: "Chadema supporters", "PTI supporters"). The guide codes
    supporters of a named party marching or rioting OPP (docs/annotation.md,
    *Protest movements*); OPP only joins, so civilians stay right too."""
    if "OPP" in m.sectors:
        return True
    if m.kind == "person":
        return m.sectors == [ELITE]
    return m.kind == "organisation" and not m.sectors and not m.country


def _is_opposition(root: Token, mentions: list[ActorMention], words: frozenset[str]) -> bool:
    """The followed phrase says "opposition" or holds a mention that backs it."""
    tokens = _phrase(root)
    if any(t.lower_ in words for t in tokens):
        return True
    starts = {t.idx for t in tokens}
    return any(m.start in starts and _backs_opposition(m) for m in mentions)


def opposition_followers(doc: Doc, mentions: list[ActorMention]) -> None:
    """OPP joins the sectors of a follower noun whose leader or party is
    the opposition (see the module docstring)."""
    nouns, words = _tables()
    # the span's root is one of its words, so a mention no follower noun
    # touches is skipped before ``char_span`` builds its Span (most are):
    # the noun positions come from one array scan (speed22)
    reach = [(t.idx, t.idx + len(t)) for t in (doc[i] for i in where_lower(doc, nouns))]
    if not reach:
        return
    for m in mentions:
        if "OPP" in m.sectors or not any(a <= m.end and b >= m.start for a, b in reach):
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None or span.root.lower_ not in nouns:
            continue
        if any(_is_opposition(r, mentions, words) for r in _followed(span.root)):
            m.sectors = [*m.sectors, "OPP"]


def followed_recipient(doc: Doc, recipient: ActorMention | None) -> ActorMention | None:
    """Class *the followers of an opposition figure or party, acted on*
    (recip50): a recipient whose span is the bare follower noun ("police
    fired tear gas at Chadema supporters", "detained dozens of supporters of
    opposition leader X", "Mondlane's supporters were beaten") while the
    leader or party it follows is a mention of its own that
    ``opposition_followers`` never saw on this span. The same test as for a
    whole mention, read on the noun's parse (``_followed``; the phrase
    itself by ``_said_opposition``), makes OPP join: the guide codes
    supporters of a named opposition party or leader OPP
    (docs/annotation.md, *Protest movements*, rec_q); joining keeps the
    civilian reading and the first sector. Class *a person or party the
    article calls the opposition, acted on* uses the same reading of the
    text: "Lissu was charged" after "opposition leader Tundu Lissu" --
    the guide's opposition figures are OPP ("a former president now in
    opposition to his successor is OPP"), and the knowledge base knows
    few of them."""
    if recipient is None or "OPP" in recipient.sectors:
        return recipient
    nouns, words = _tables()
    head = head_token(doc, recipient)
    if head is None:
        return recipient
    if head.lower_ in nouns:
        mentions = get_list(doc, "actor_mentions")
        said = any(_said_opposition(doc, r, mentions, words) for r in _followed(head))
    else:  # "Lissu was charged" after "opposition leader Tundu Lissu"
        said = _named_opposition(doc, head, words)
    return replace(recipient, sectors=[*recipient.sectors, "OPP"]) if said else recipient


def _said_opposition(doc: Doc, root: Token, mentions: list[ActorMention],
                     words: frozenset[str]) -> bool:
    """The followed phrase is the opposition by the text or the KB only: it
    says "opposition", holds a mention coded OPP, or names one the article
    calls the opposition elsewhere. Not ``_backs_opposition``'s guess that
    a party the KB does not know is the opposition: a recipient's leader is
    as often the ruling party's ("Police dispersed ruling-party supporters
    ..." with an unknown party name)."""
    tokens = _phrase(root)
    if any(t.lower_ in words for t in tokens):
        return True
    starts = {t.idx for t in tokens}
    if any(m.start in starts and "OPP" in m.sectors for m in mentions):
        return True
    return _named_opposition(doc, root, words)


# how far before a name the article's "opposition" may stand in its own
# phrase: "opposition candidate Venancio Mondlane" (3), "Opposition Chadema
# party vice-chairman John Mrema" (7: "vice - chairman" is three tokens)
NAMED_REACH = 8
# words that end a name's phrase on its left: the "opposition" beyond them
# is another phrase's ("accused the opposition of backing Mrema")
PHRASE_ENDS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"})


def _named_opposition(doc: Doc, root: Token, words: frozenset[str]) -> bool:
    """The proper noun ``root`` is one the article itself calls the
    opposition somewhere: the same word with an opposition word in its own
    phrase, at most ``NAMED_REACH`` words before it (no punctuation but a
    hyphen, no verb, preposition, conjunction or pronoun between). The
    knowledge base does not know most parties and challengers ("Chadema"
    read as a person, "Mondlane" with no code), but the story's own
    "opposition Chadema party" or "opposition leader Tundu Lissu" says
    whom they follow, or who the named man is."""
    if root.pos_ != "PROPN":
        return False
    marks = per_doc(doc, _MARKS_KEY, lambda d: where_lower(d, words))
    if not marks:
        return False
    lows = column(doc, LOWER)
    named = {i for p in marks for i in range(p + 1, min(len(doc), p + 1 + NAMED_REACH))
             if lows[i] == root.lower}
    return any(_said_before(doc, doc[i], words) for i in sorted(named))


# doc.user_data key of the article's opposition-word positions (speed46:
# the scan of every word for every proper-noun recipient cost ~0.35 % of the
# parse); ``words`` is always ``_tables()``'s list, so one key serves
_MARKS_KEY = "eventwire_followers_opposition_marks"


def _said_before(doc: Doc, t: Token, words: frozenset[str]) -> bool:
    """An opposition word in ``t``'s own phrase at most ``NAMED_REACH``
    words before it. ``_named_opposition`` asks only the words an
    opposition word stands that close to: any other one cannot answer yes."""
    for j in range(t.i - 1, max(-1, t.i - 1 - NAMED_REACH), -1):
        w = doc[j]
        if w.lower_ in words:
            return True
        if w.is_punct and w.text != "-" or w.pos_ in PHRASE_ENDS or w.is_sent_end:
            break
    return False
