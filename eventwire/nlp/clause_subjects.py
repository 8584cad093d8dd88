"""A verb's subject, looked for up a short chain of clause links.

Several false-event classes ask the same question of a trigger: who is the
subject of this verb, or of the verb it is joined to ("spread and destroyed",
"sued and won")? And when that subject is a relative pronoun ("a fire which
destroyed", "a man who sued"), the noun the relative clause describes stands
for it. The classes differ only in which subject relations count, which links
may be climbed, how far, and which relative words are read through, so those
are parameters here and each module keeps its own (read-through of the
thirty-eighth session: three modules wrote this walk out again).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

ACTIVE_SUBJECT = ("nsubj",)
RELATIVE_WORDS = frozenset({"who", "that", "which"})


def clause_subject(
    tok: Token,
    *,
    deps: Collection[str] = ACTIVE_SUBJECT,
    links: Collection[str] = ("conj",),
    steps: int = 3,
    relatives: Collection[str] = RELATIVE_WORDS,
) -> Token | None:
    """The first child of ``tok`` (or of the verb it hangs on by one of
    ``links``, up to ``steps`` verbs) whose relation is in ``deps``; a
    relative pronoun in ``relatives`` heading a ``relcl`` gives way to the noun
    the clause describes. None when no subject is found on the way."""
    cur = tok
    for _ in range(steps):
        subj = next((c for c in cur.children if c.dep_ in deps), None)
        if subj is not None:
            if subj.lower_ in relatives and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ not in links or cur.head == cur:
            return None
        cur = cur.head
    return None
