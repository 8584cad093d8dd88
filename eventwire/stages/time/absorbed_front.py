"""Class *a fronted time absorbed into the subject* (issue #12, branch
dates40).

Agency and headline copy often drop the comma after a fronted time: "On
Monday sailors detained a trawler", "In March rebels seized the town",
"Last Friday militants attacked a checkpoint", "Early Friday protesters
stormed the parliament", "Today activists blocked the road". With no
comma the small parser reads the time as a pre-modifier of the bare plural
subject ("Monday" a ``compound`` of "sailors", "2019" a ``nummod`` of
"protesters"), so :func:`eventwire.stages.time.governing.modifies_other_noun`
took it for a noun's own date ("the 1991 agreement") and the clause's
event got none.

The misparse shows in the parse itself, without a second one: the date
hangs as a pre-modifier on the subject (``nsubj``/``nsubjpass``) that
follows it, and either

* a preposition right before it is left with no object (the absorbed date
  was its object: "On Monday sailors", "In 2019 protesters", "On May 3
  soldiers"), or
* it opens its sentence with a modifier that makes it a point in time, not
  a kind of thing ("Last Friday militants", "Early Friday protesters"), or
  it is a deictic day word ("Today activists", "Yesterday rebels").

Left to the noun: a determiner before the date ("the Monday deadline", "a
Sunday newspaper", "the 2019 law"), a bare name or year with nothing before
it ("Sunday newspapers reported", "2019 elections were marred": a kind of
newspaper, an election), a date on an object or a prepositional phrase ("a
breach of the 1991 settlement"), and a date after its noun.
"""

from __future__ import annotations

from spacy.tokens import Token

PREMODIFIER_DEPS = {"compound", "amod", "nummod", "nmod"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# words in front of a date that make it a point in time
POINT_WORDS = {"last", "early", "late", "this", "earlier", "later"}
DEICTIC_DAYS = {"today", "yesterday", "tonight"}


def _dangling_preposition(tok: Token) -> bool:
    """A preposition with no object of its own ("On" in "On Monday sailors")."""
    return tok.dep_ == "prep" and tok.tag_ == "IN" and not any(tok.children)


def _first(head: Token) -> Token:
    """The first word of the date's own phrase ("Last" of "Last Friday")."""
    return min((t for t in head.subtree if t.i < head.head.i), key=lambda t: t.i)


def absorbed_into_subject(head: Token) -> bool:
    """``head`` (the root of a date expression) is a fronted time the parser
    hung on the bare subject that follows it (the module's class)."""
    subject = head.head
    if head.dep_ not in PREMODIFIER_DEPS or subject.dep_ not in SUBJECT_DEPS \
            or subject.i <= head.i or any(
                c.dep_ in ("det", "poss") and c.i < head.i for c in subject.children):
        return False
    first = _first(head)
    if first.i > 0 and _dangling_preposition(head.doc[first.i - 1]):
        return True
    if first.i != first.sent.start:
        return False
    return head.lower_ in DEICTIC_DAYS or (
        first != head and first.lower_ in POINT_WORDS)
