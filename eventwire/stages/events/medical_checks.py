"""Medical and laboratory checks (issue #12, branch events26).

The lexicon reads "examine" and "test" as ACCUSE ``investigate``. On the
unlabelled health stories of ``tests/data/records/read_docs.txt`` the
word told a medical or laboratory check: researchers who "examined a
specimen" of a frog, "125 of his neighbors have been examined for signs of
bird flu". docs/annotation.md labels no sample test and no country's own
investigation of a patient (rec_q); the development sets hold such checks
("6,000 pigs ... were tested for the Reston ebolavirus", "should be tested
for infectious diseases"), and a health body's or the police's
investigation of a cause or a crime stays an event.

"examine", "test", "screen", "check" are no event when what is checked is
a biological specimen (object or passive subject: a specimen, blood,
tissue, a swab, a carcass) or the check is "for" a disease, "for signs /
traces" of one, or "for symptoms". "Police examined the body
for signs of violence", "investigators tested the wreckage" and "the
agency is checking the supplier's records" stay.
Word lists: ``eventwire/data/events/medical_checks.yaml``; the disease
words are ``datafiles.natural_hazards``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import prep_objects

WORDS = DATA_DIR / "events" / "medical_checks.yaml"
FOR, OF = frozenset({"for"}), frozenset({"of"})


words = word_list_loader(WORDS)


def _disease_word(tok: Token) -> bool:
    return tok.lower_ in natural_hazards() or tok.lemma_.lower() in natural_hazards()


def _disease(tok: Token) -> bool:
    """A disease word, or a word with one among its compounds ("measles
    antibodies", "cholera bacteria")."""
    return _disease_word(tok) or any(c.dep_ == "compound" and _disease_word(c)
                                     for c in tok.children)


def _checked_for_disease(tok: Token) -> bool:
    for target in prep_objects(tok, FOR):
        if _disease(target):
            return True
        if target.lower_ in words()["symptom_nouns"]:
            return True
        if target.lower_ in words()["sign_nouns"] and any(_disease(g)
                                                          for g in prep_objects(target, OF)):
            return True
    return False


def is_medical_check(tok: Token) -> bool:
    """A check of a specimen or for a disease: no event."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words()["check_words"]:
        return False
    patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(p.lower_ in words()["specimen_nouns"] for p in patients):
        return True
    return _checked_for_disease(tok)
