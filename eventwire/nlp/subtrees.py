"""The first word of a token's subtree without walking it (issue #12, speed51).

``next(tok.subtree)`` is the word a clause opens with ("Should the talks
collapse", "in case the harvest fails"). spaCy's ``subtree`` yields the
subtree of the first left child before anything else, and ``lefts`` finds
that child by scanning every word from the token's left edge: on a run-on
sentence of thousands of words each step scans most of the sentence, and the
factuality stage asked it ~10k times per 20,000-character sentence (1.9 s of
its 3.5 s; the time grew ~7x when the sentence doubled). The first left
child of every token is read here from the head column in one pass per
document (``per_doc``), and the chain of first left children is followed to
its end: the same word, one step per level.

``lefts`` reads only the words from the token's ``left_edge``; spaCy sets the
edges in passes that may stop short on a non-projective parse, so a first
left child found left of the edge is one ``lefts`` would not yield: there
the word is read by ``next(subtree)`` itself, as before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.arrays import head_indices, per_doc

_KEY = "eventwire_first_left_child"


def _first_left_children(doc: Doc) -> list[int]:
    """Every token's leftmost child to its left, or -1."""
    first = [-1] * len(doc)
    for j, h in enumerate(head_indices(doc)):
        if j < h and first[h] < 0:  # j ascends: the first hit is the leftmost
            first[h] = j
    return first


def first_in_subtree(tok: Token) -> Token:
    """``next(tok.subtree)``: the first word spaCy's subtree walk yields."""
    doc = tok.doc
    first = per_doc(doc, _KEY, _first_left_children)
    cur, i = tok, tok.i
    while (j := first[i]) >= 0:
        if j < cur.left_edge.i:  # not among ``lefts``: spaCy's own answer
            return next(cur.subtree)
        cur, i = doc[j], j
    return cur


_ANCESTORS_KEY = "eventwire_ancestor_sets"


def _ancestors(heads: list[int], i: int) -> frozenset[int]:
    """The positions ``Token.ancestors`` yields: up the heads to the root
    (the word that is its own head), at most one step per word of the doc,
    as spaCy caps its walk."""
    out, cur = [], i
    for _ in range(len(heads)):
        if heads[cur] == cur:
            break
        cur = heads[cur]
        out.append(cur)
    return frozenset(out)


def is_ancestor(head: Token, tok: Token) -> bool:
    """``head in tok.ancestors`` (both of one doc). spaCy builds a Token per
    step and compares it; the event-place stage asked this three times per
    (event, place) pair, each a walk to the sentence's root: on a run-on
    sentence ~50 steps each (1.3M Tokens in ``_governs`` alone for 20,000
    characters). The positions are read once per token on the head column
    and kept per document."""
    doc = tok.doc
    kept: dict[int, frozenset[int]] = per_doc(doc, _ANCESTORS_KEY, lambda _d: {})
    found = kept.get(tok.i)
    if found is None:
        found = kept[tok.i] = _ancestors(head_indices(doc), tok.i)
    return head.i in found
