"""tools/recipient_clause_split.py: the path classes on sentences written here."""

from __future__ import annotations

from spacy.language import Language

from tools.recipient_clause_split import path, path_class


def _cls(nlp: Language, text: str, trigger: str, party: str) -> str:
    doc = nlp(text)
    t = next(x for x in doc if x.text == trigger)
    g = next(x for x in doc if x.text == party)
    return path_class(*path(t, g))


def test_path_classes(spacy_nlp: Language) -> None:
    assert _cls(spacy_nlp, "A jury found Ramirez guilty of arson.", "found",
                "Ramirez") == "ccomp-subj"
    assert _cls(spacy_nlp, "Police freed the villagers kidnapped by the gang.", "kidnapped",
                "villagers") == "rel-head"
    assert _cls(spacy_nlp, "Two guards were beaten and robbed on Monday.", "robbed",
                "guards") == "coord-share-nsubjpass"
