"""A court trial named by its noun (issue #12, branch events15).

"went on trial", "will face trial", "the murder trial of two men", "the
trial resumes": the records label a trial a defendant goes through ACCUSE
``allege`` (docs/annotation.md "Trials", "Courts and crime"), and leave a
trial that is only the time or place of something else ("during the
trial", "at trial") and "a clinical trial" unlabelled. Found in the missed
gold events of real outlets' court copy across rec_i..rec_n (four stories);
word lists are in ``eventwire/data/events/detection.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.detection import PERSONAL, _in, words
from eventwire.stages.events.nonevents import word_classes


def court_trial(tok: Token) -> bool:
    """"went on trial", "will face trial", "the murder trial of two men",
    "the trial resumes": a court trial a defendant goes through is an
    allegation pressed in court (ACCUSE ``allege``, docs/annotation.md
    "Trials"). The records leave a trial that is only the time or place of
    something else unlabelled ("testified during the trial", "a tape played
    at trial", "plans for the trial"), and "a clinical trial" is no court."""
    if tok.pos_ != "NOUN" or tok.lower_ not in words()["trial_nouns"]:
        return False
    if any(_in(c, "non_court_trials") for c in tok.children if c.dep_ in ("amod", "compound")):
        return False
    head = tok.head
    if tok.dep_ == "pobj":
        if head.lower_ == "on":  # "went on trial", "was on trial for rape"
            return True
        if head.lower_ in words()["trial_circumstances"]:
            return False
    if tok.dep_ == "dobj" and _in(head, "trial_object_verbs"):
        return True
    if tok.dep_ == "nsubj" and _in(head, "trial_subject_verbs"):
        return True
    return _tries_someone(tok)


def _tries_someone(tok: Token) -> bool:
    """"the trial of two men", "the murder trial for the employee", "the
    trial of Lopez": a particular defendant after "of" / "for" — a name, a
    pronoun, or a noun with a determiner or number; a crime there names the
    charge ("on trial for rape", ``nonevents.is_charge_name``)."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("of", "for"):
            continue
        for g in c.children:
            if g.dep_ != "pobj" or g.lower_ in word_classes()["charge_crimes"]:
                continue
            named = g.ent_type_ == "PERSON" or g.pos_ == "PROPN" or g.lower_ in PERSONAL
            if named or any(d.dep_ in ("det", "poss", "nummod") for d in g.children):
                return True
    return False
