"""tools/recipient_np_split.py: the constructions and owner kinds on
sentences written here."""

from __future__ import annotations

from spacy.language import Language

from tools.recipient_np_split import owner, owner_kind, thing_class, undergoer


def _cell(nlp: Language, text: str, trigger: str) -> tuple[str, str, str, str]:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    und = undergoer(verb)
    assert und is not None
    own = owner(und[1])
    assert own is not None
    return f"{und[0]}-{own[0]}", owner_kind(own[1]), own[1].text, thing_class(verb, und[1])


def test_constructions(spacy_nlp: Language) -> None:
    assert _cell(spacy_nlp, "Police seized their phones.", "seized") == \
        ("obj-poss", "pronoun", "their", "goods")
    assert _cell(spacy_nlp, "Rioters smashed the windows of the bank.", "smashed") == \
        ("obj-of", "noun", "bank", "part")
    assert _cell(spacy_nlp, "Hackers broke into the ministry's network.", "broke") == \
        ("pp-poss", "noun", "ministry", "part")
    assert _cell(spacy_nlp, "The army praised the work of the inspectors.", "praised")[3] == \
        "other"
