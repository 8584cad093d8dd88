"""Class *a headless count or quantifier standing for people* (recip39).

A report that has just counted the held, the charged or the freed goes on
with the count or a quantifier alone, its noun elided: "police detained 40
protesters; most were released the same night", "Seven more were freed on
Friday", "two officers were arrested and one was charged with assault",
"troops killed two gunmen and captured a third". The elided noun is people,
so the bare word is the recipient of an act done to people when it is the
act's passive subject or direct object. ``recipients.counted_people``
already reads a bare number for ASSAULT and COERCE; this module adds the
quantifiers ("most", "some", "a third", "the other", "82 more") for those
types and both kinds of word for releasing (RETREAT), charging (ACCUSE)
and sentencing (SANCTION) verbs.

Class *a person named by an age or an ordinal alone* (recip56): "the
10-year-old was shot", "the sixty-one-year-old was arrested", "a third was
also shot", "officers detained the 19-year-old". The tagger's NER labels
these phrases DATE, CARDINAL or ORDINAL, so the recipient stage dropped
them as dates and numbers before any rule looked; :func:`named_by_number`
lets them through to the same test (the passive subject or object of an
act on people), and :func:`age_alone` finds the head of "N-year-old" with
no noun after it ("a 15-year-old boy" is headed by "boy": a person noun
the mention stage names already).

Left alone: a quantifier with its noun or an "of" phrase ("most of the
cargo": seen through elsewhere, or no party), a count that is not the
passive subject or object ("released after 12 days"), any other type or
verb ("the ministry released most on Monday" as a report is not a
release of people because "release" of a report is no RETREAT event).
"""

from __future__ import annotations

from spacy.tokens import Token

# quantifiers that stand alone for an elided plural or singular noun
QUANTIFIERS = frozenset({"most", "many", "some", "several", "few", "others", "rest", "half",
                         "third", "quarter", "other", "both", "all", "one", "more"})
# verbs of acts done to people beyond ASSAULT / COERCE, by type
PEOPLE_VERBS = {
    "RETREAT": frozenset({"free", "release", "pardon", "repatriate"}),
    "ACCUSE": frozenset({"charge", "indict", "arraign", "accuse", "prosecute"}),
    "SANCTION": frozenset({"sentence", "jail", "convict", "imprison", "expel"}),
}
ROLE_DEPS = ("nsubjpass", "dobj")


def _headless_quantifier(tok: Token) -> bool:
    """"most", "a third", "the other", "82 more": a quantifier heading its
    own phrase, no noun or "of" after it, not "all of them"."""
    if tok.lower_ not in QUANTIFIERS or tok.pos_ == "PROPN":
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and after.head == tok:
        return False
    # "no one was detained" names nobody; "pelted each other" is the actors themselves
    if any(c.lower_ in ("another", "no", "each") or c.dep_ == "neg" or _partitive(c)
           for c in tok.children):
        return False
    return tok.lower_ != "more" or any(c.like_num for c in tok.children)


# the unit words of an age ("a 10-year-old", "the 18-month-old", "a six-week-old")
AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks"})


def age_alone(tok: Token) -> bool:
    """``tok`` is "old" heading an age with no noun after it ("the
    10-year-old", "the sixty-one-year-old"): a unit word hangs from it
    and it is itself the phrase's head (a following noun would head it)."""
    return tok.lower_ == "old" and any(c.lower_ in AGE_UNITS for c in tok.children)


def named_by_number(tok: Token, kind: str | None) -> bool:
    """A headless person phrase the NER took for a date or number (an age,
    "a third") that is the passive subject or object of an act on people:
    not to be dropped as a date or number (see the module docstring)."""
    counted = kind in ("ASSAULT", "COERCE")
    return tok.ent_type_ in ("DATE", "CARDINAL", "ORDINAL") and \
        headless_people(tok, kind, counted)


def _partitive(c: Token) -> bool:
    """An "of" phrase naming what is counted ("most of the cargo", "half
    of them"), not the charge of "accused the other of breaking it"."""
    return c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)


def people_verb(tok: Token, kind: str | None) -> bool:
    """The count's verb is an act done to people of ``kind`` beyond the
    counted types ("freed", "charged", "sentenced")."""
    verb = tok.head
    # "freed up 40 for the relief effort": the phrasal sense frees resources
    return kind in PEOPLE_VERBS and verb.lemma_.lower() in PEOPLE_VERBS[kind] and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def headless_people(tok: Token, kind: str | None, counted: bool) -> bool:
    """``tok`` is a headless count or quantifier that is the passive subject
    or object of an act on people; ``counted`` says whether ``kind`` is one
    of the types whose bare numbers are read already (ASSAULT, COERCE)."""
    if tok.dep_ not in ROLE_DEPS:
        return False
    alone = _headless_quantifier(tok) or age_alone(tok)
    if counted:
        return alone
    return people_verb(tok, kind) and alone
