"""A quantity cut (issue #12, branch events26).

The lexicon reads "cut" and "reduce" as SANCTION ``discontinue`` and the
noun "decline" as REJECT. On the unlabelled real stories of
``tests/data/records/read_docs.txt`` (three probes) their patient was a
count, a price or a rate: three countries that "cut their number of Polio
cases by 45%", an iPhone whose price "will be cut by $200", "1,600 and 400
jobs cut" at an aircraft maker, frog "population declines". The
development sets hold the same: rec_q's bed nets that "cut child deaths by
a fifth", rec_i's supermarket "cutting the price of 1,500 products".
docs/annotation.md labels no toll, no company's prices, no lay-off and no
country's own medical work, so such a decrease is a measurement, not an
act on anyone.

The patient is read from the syntax: a verb's object or passive subject
(or a bare participle's subject: "will see 400 jobs cut"), the subject
of an intransitive "decline" ("deaths declined"; "declined to comment" and
"declined the offer" stay), a noun's
compound or "of"/"in" object ("population declines", "a decline in
prices"). A container ("the number of X", "the level of X", "X levels")
stands for its "of" object or its compound: "the number of cases" is a
quantity, "the number of troops" and "troop levels" are not (a withdrawal
stays). Cutting ties, aid, staff, supplies, the
internet or subsidies is an act on someone and stays.
Word lists: ``eventwire/data/events/quantity_cuts.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "quantity_cuts.yaml"
NOUN_DEPS = frozenset({"compound", "nmod"})
NOUN_PREPS = frozenset({"of", "in"})


words = word_list_loader(WORDS)


def _is_quantity(tok: Token) -> bool:
    """A quantity noun, or a container whose "of" objects and compounds are
    quantities (or that has none): "troop levels" are troops (review35)."""
    w = words()
    low = tok.lower_
    if low in w["quantity_nouns"]:
        return True
    if low not in w["containers"]:
        return False
    inner = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    inner += [c for c in tok.children if c.dep_ == "compound"]
    return all(g.lower_ in w["quantity_nouns"] for g in inner)


def _verb_patients(tok: Token) -> list[Token]:
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.lemma_.lower() in words()["fall_verbs"] and not heads and \
            not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        heads = [c for c in tok.children if c.dep_ == "nsubj"]  # "deaths declined"
    if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        heads += [c for c in tok.children if c.dep_ == "nsubj"]  # "see 400 jobs cut"
    return heads


def _noun_patients(tok: Token) -> list[Token]:
    heads = [c for c in tok.children if c.dep_ in NOUN_DEPS]
    heads += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in NOUN_PREPS
              for g in p.children if g.dep_ == "pobj"]
    return heads


def is_quantity_cut(tok: Token) -> bool:
    """A cut or decline whose every patient is a count, a price or a rate: no event."""
    w = words()
    if tok.lower_ in w["cut_nouns"] and any(c.dep_ in NOUN_DEPS for c in tok.children):
        patients = _noun_patients(tok)  # "population declines", also tagged VERB
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in w["cut_verbs"] | w["fall_verbs"]:
        patients = _verb_patients(tok)
    elif tok.pos_ == "NOUN" and tok.lower_ in w["cut_nouns"]:
        patients = _noun_patients(tok)
    else:
        return False
    return bool(patients) and all(_is_quantity(p) for p in patients)
