"""Chains of conjoined verbs of one subject (place24), read the same way by
the shared locative (``place_scope.shared_locative``) and the "where"
clause (``where_places.where_clause``). Split from ``place_scope.py`` to
keep that module under 400 lines."""

from __future__ import annotations

from spacy.tokens import Token


def has_subject(verb: Token) -> bool:
    """A verb with a subject of its own (a conjunct with one starts a new
    clause: "police fired and protesters fled")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def chain_root(verb: Token) -> Token:
    """The first verb of a chain of conjuncts of one subject (place24):
    "fired shots, forced the drivers out and set the trucks alight" hangs
    each verb on the one before; a conjunct with its own subject starts a
    chain of its own."""
    cur = verb
    while cur.dep_ == "conj" and not has_subject(cur) and cur.head != cur:
        cur = cur.head
    return cur
