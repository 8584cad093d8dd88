"""Class *a headline verb parsed as the compound of its object* (issue #12,
headlines21).

Why: a headline has no article before its object, and the parser reads the
verb as a noun modifier of it: "Tbilisi vows response" ("vows" a compound
of the root "response"), "Taliban vow response", "Rebels vow revenge". The
verb + object patterns of ``curated.yaml`` ("vow response": THREATEN) are
asked only of a verb with a direct object, so the act was missed or typed by
the bare noun ("vow": AGREE). Here the pattern is asked of the word and the
noun it modifies, in the headline line only, after a subject word.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from eventwire.nlp.extensions import title_end

# what may stand between the verb and its object noun ("vows severe response")
BETWEEN = {"amod", "compound", "punct"}


def headline_compound_pattern(tok: Token, patterns: dict[str, Any]) -> dict[str, Any] | None:
    """The pattern entry of "verb object" when ``tok`` is a headline word
    parsed as a compound of the noun after it, with a subject word before it."""
    head = tok.head
    if tok.dep_ != "compound" or head.pos_ != "NOUN" or not 0 < head.i - tok.i <= 3:
        return None
    if tok.i == 0 or tok.doc[tok.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.dep_ not in BETWEEN for t in tok.doc[tok.i + 1:head.i]):
        return None
    first_break = title_end(tok.doc)
    if not 0 <= tok.idx < first_break:
        return None
    lemma = tok.lemma_.lower()
    return patterns.get(f"{lemma} {head.lower_}") or patterns.get(f"{lemma} {head.lemma_.lower()}")
