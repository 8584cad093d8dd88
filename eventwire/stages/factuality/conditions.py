"""Condition clauses the if/unless/should rule of ``clauses.condition_of``
does not see, because the parser builds them differently. Each is a class
of the annotation guide's ``condition`` (the condition clause, with its
subordinator, for ``conditional`` events):

* **"provided (that) …"** — parsed as a preposition "provided" with a clause
  under it: "will lift the curfew *provided that the protests end*";
* **"on (the) condition that …"** — a prepositional phrase whose noun
  carries the clause: "will deploy officers *on condition that the UN funds
  the mission*";
* **"only after / only when / only once …"** — a time clause that "only"
  turns into a condition: "would pull back *only after the buffer zone was
  secured*" (rec_c's gold labels this class);
* **a fronted condition folded into the main clause** — "*Unless the court
  intervenes*, the government will deport …", where the parser hangs
  "unless" on the main verb and reads the condition's verb as a noun: the
  span runs from the subordinator to the comma that closes it.

Every span drops the punctuation at its edges.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from eventwire.models import Condition
from eventwire.nlp.extensions import text_of

PROVISO_WORDS = {"provided", "providing"}
CONDITION_NOUNS = {"condition", "proviso", "understanding"}
ONLY_MARKS = {"after", "when", "once", "if"}
CLAUSE_DEPS = {"ccomp", "advcl", "acl", "relcl", "pcomp"}


def _span(tokens: Sequence[Token]) -> Condition | None:
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return None
    doc = toks[0].doc
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return Condition(text_of(doc)[start:end], start, end)


def _has_clause(tok: Token) -> bool:
    return any(c.dep_ in CLAUSE_DEPS for c in tok.children)


def _proviso(child: Token) -> Condition | None:
    """"provided (that) the protests end" under the trigger's clause."""
    if child.lower_ in PROVISO_WORDS and child.dep_ in ("prep", "advcl", "advmod") and \
            _has_clause(child):
        return _span(list(child.subtree))
    return None


def _on_condition(child: Token) -> Condition | None:
    """"on (the) condition that …": the preposition, its noun, the clause."""
    if child.dep_ != "prep" or child.lower_ not in ("on", "under"):
        return None
    for noun in child.children:
        if noun.dep_ == "pobj" and noun.lemma_.lower() in CONDITION_NOUNS and _has_clause(noun):
            return _span(list(child.subtree))
    return None


def _only_time_clause(child: Token) -> Condition | None:
    """"only after the zone was secured": a time clause restricted by "only"."""
    if child.dep_ != "advcl":
        return None
    marks = [c for c in child.children if c.dep_ in ("mark", "advmod")
             and c.lower_ in ONLY_MARKS]
    if not marks:
        return None
    # "only" hangs on the clause's verb or on "when" itself
    only = [c for c in list(child.children) + list(marks[0].children)
            if c.dep_ == "advmod" and c.lower_ == "only" and c.i < marks[0].i]
    return _span(list(child.subtree)) if only else None


def _folded(head: Token, marks: AbstractSet[str]) -> Condition | None:
    """A fronted "If/Unless …," whose subordinator hangs on the main verb."""
    for mark in head.children:
        if mark.dep_ != "mark" or mark.lower_ not in marks or mark.i >= head.i:
            continue
        doc = head.doc
        comma = next((t for t in doc[mark.i + 1:head.i] if t.text == ","), None)
        if comma is not None and comma.i - mark.i > 2:
            return _span(list(doc[mark.i:comma.i]))
    return None


def phrase_condition(clause: Sequence[Token], marks: AbstractSet[str]) -> Condition | None:
    """The first condition of the classes above on the verbs of ``clause``
    (the trigger and the heads it shares a clause with)."""
    for head in clause:
        for child in head.children:
            found = _proviso(child) or _on_condition(child) or _only_time_clause(child)
            if found is not None:
                return found
        folded = _folded(head, marks)
        if folded is not None:
            return folded
    return None


def inside_condition_phrase(tok: Token, limit: int = 8) -> bool:
    """Is ``tok`` inside a "provided that" / "on condition that" clause? An
    act there is the condition itself (``hypothetical``, like an act in an
    if-clause: docs/annotation.md)."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            return False
        parent = cur.head
        if cur.dep_ in CLAUSE_DEPS and (
                parent.lower_ in PROVISO_WORDS and parent.dep_ in ("prep", "advcl", "advmod")
                or parent.lemma_.lower() in CONDITION_NOUNS and parent.dep_ == "pobj"
                and parent.head.lower_ in ("on", "under")):
            return True
        cur = parent
    return False


UNTIL_MARKS = {"until", "till"}


def until_clause_head(tok: Token, limit: int = 8) -> Token | None:
    """The verb an until-clause holding ``tok`` hangs on ("will block the
    road *until the minister resigns*" -> "block"), or None. Whether the
    clause is a condition depends on that verb (a past "ruled until he was
    ousted" is plain time), so the caller judges it (modality21)."""
    cur = tok
    for _ in range(limit):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in UNTIL_MARKS
                                       for c in cur.children):
            return cur.head
        if cur.head == cur or cur.dep_ in ("relcl", "ccomp", "parataxis"):
            return None
        cur = cur.head
    return None
