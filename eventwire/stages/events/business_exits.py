"""Executives leaving their company (issue #12, branch business23).

The lexicon reads "resign", "step down", "quit" and "resignation" as
RETREAT ``resign``. docs/annotation.md labels a company's own acts as no
event: a chief executive or founder stepping down is one ("Steve Jobs
resigns as CEO"), a minister resigning is not. Read on the unlabelled
MEANTIME business stories of ``tests/data/records/read_docs.txt``; the
development sets' resignations are all politicians'.

A departure word is no event when the post left is a company title, read
from the syntax, never the sentence at large:

* the office: "stepped down as chief executive", "resigned from his post
  as CEO";
* the leaver: "the company's founder resigned", "Acme executive Jane Roe
  quit", "Jane Roe, a former Acme executive, is stepping down".

A title beside a public word ("the agency's chief executive", "the
executive director of the health ministry") stays an event. Word lists:
``eventwire/data/events/business_exits.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "business_exits.yaml"
LEAVER_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


words = word_list_loader(WORDS)


def _is_exit(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in words()["exit_words"]:
        return False
    # "step" only as "step down" / "step aside"
    return lemma != "step" or any(c.dep_ == "prt" and c.lower_ in ("down", "aside")
                                   for c in tok.children)


def _company_title(phrase: list[Token]) -> bool:
    """A company title in a phrase and no public word beside it."""
    lowers = {t.lower_ for t in phrase} | {t.lemma_.lower() for t in phrase}
    return bool(lowers & words()["executive_titles"]) and not lowers & words()["public_words"]


def _office_phrases(tok: Token) -> list[list[Token]]:
    """The "as ..." phrases of the departure, also under "from his post"."""
    out: list[list[Token]] = []
    for prep in (t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "as"):
        out += [list(p.subtree) for p in prep.children if p.dep_ == "pobj"]
    return out


def _leaver_phrases(tok: Token) -> list[list[Token]]:
    """The leaver's phrase: subject, or the noun's possessor; a
    conjunct or complement verb reads its head's subject."""
    cur = tok
    for _ in range(3):
        found = [list(c.subtree) for c in cur.children if c.dep_ in LEAVER_DEPS]
        if found or cur.dep_ not in ("conj", "xcomp") or cur.head == cur:
            return found
        cur = cur.head
    return []


def is_executive_exit(tok: Token) -> bool:
    """An executive or founder leaving a company post: no event."""
    if not _is_exit(tok):
        return False
    return any(_company_title(p) for p in _office_phrases(tok) + _leaver_phrases(tok))
