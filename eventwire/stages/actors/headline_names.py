"""Class *a headline verb the entity tagger took into a name* (recip59).

Title-case headlines capitalise every word, and the tagger then reads the
verb after a personal name as the name's last word: "Yvonne Hiller Charged
With Two Counts Of Murder", "Jamal Williams Arrested For DUI", "Ana Ruiz
Released After Questioning". The parser still sees the verb: the name is
its subject (a bare passive, "Hiller <- Charged") or the participle
modifies the name (``acl``, "Williams -> Arrested"). Such a trailing past
verb is cut from the PERSON span before the actor mention is made, so the
mention is the name ("Yvonne Hiller") and the verb keeps its own patient;
the uncut span covered the trigger and no recipient could be found.

Measured (recip59, 38 sets, base m98 on 43ef8049): with
``bare_options.headline_patient``, ``passives._titled_participle``, the
subject guard of ``passives.reduced_passive`` and "accuse" in
``passives.OBJECT_VERBS``, recipient +12/-0 (10 real), actor +2/-0 (1 real),
place -1 (own, rec_e-22: a side effect of its actor now found); recip59_r3.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

PAST_TAGS = frozenset({"VBN", "VBD"})


def _predicate_of(verb: Token, name_end: Token) -> bool:
    """The verb's subject is the name, or the verb modifies the name."""
    return (name_end.head == verb and name_end.dep_ in ("nsubj", "nsubjpass")) or \
        (verb.head == name_end and verb.dep_ == "acl")


def name_without_verb(ent: Span) -> Span:
    """A PERSON span without a trailing title-case past verb predicated of
    the name before it; any other span unchanged."""
    if ent.label_ != "PERSON" or len(ent) < 3:
        return ent
    last = ent[-1]
    if last.tag_ not in PAST_TAGS or not last.text[:1].isupper() or \
            not _predicate_of(last, ent[-2]):
        return ent
    return Span(ent.doc, ent.start, ent.end - 1, label=ent.label)
