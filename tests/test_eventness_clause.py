"""The clause-kind features of the eventness filter
(eventwire/stages/events/eventness_clause.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.stages.events.eventness_clause import clause_features


def _feats(nlp: Language, text: str, word: str, event_type: str = "X") -> list[str]:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return clause_features(tok, event_type)


@pytest.mark.parametrize(("text", "word"), [
    ("The minister who resigned on Monday left the country.", "resigned"),
    ("Rebels attacked the convoy that carried food to the town.", "carried"),
    ("Police dispersed the crowd which the mayor had welcomed.", "welcomed"),
])
def test_a_relative_clause_is_named(spacy_nlp: Language, text: str, word: str) -> None:
    feats = _feats(spacy_nlp, text, word, "COERCE")
    assert "clause=relcl" in feats and "clause+type=relcl:COERCE" in feats
    assert "clause_sub=True" in feats and any(f.startswith("clause_antecedent=") for f in feats)


@pytest.mark.parametrize(("text", "word"), [
    ("Officers detained three men carrying rifles near the border.", "carrying"),
    ("Crowds of students chanting slogans blocked the avenue.", "chanting"),
    ("The villages shelled by the army lay empty.", "shelled"),
])
def test_a_participle_after_its_noun_is_named(spacy_nlp: Language, text: str,
                                              word: str) -> None:
    assert "clause=participle" in _feats(spacy_nlp, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("The army shelled the town on Tuesday.", "shelled"),
    ("Protesters marched to the parliament and burned tyres.", "burned"),
    ("Union members walked out of the factory at noon.", "walked"),
])
def test_a_main_clause_and_its_conjuncts_are_main(spacy_nlp: Language, text: str,
                                                  word: str) -> None:
    feats = _feats(spacy_nlp, text, word)
    assert "clause=main" in feats and "clause_sub=False" in feats


@pytest.mark.parametrize(("text", "word"), [
    ("The two presidents held talks in Geneva.", "talks"),
    ("The envoy paid a visit to the refugee camp.", "visit"),
    ("The premier had a long conversation with the king.", "conversation"),
])
def test_a_light_verb_object_is_named(spacy_nlp: Language, text: str, word: str) -> None:
    feats = _feats(spacy_nlp, text, word)
    assert "clause_light_object" in feats and "clause_nominal=True" in feats


@pytest.mark.parametrize(("text", "word"), [
    ("The bloc offered to send monitors to the border.", "offered"),
    ("The rebels agreed to free the hostages.", "agreed"),
    ("The ministry promised to compensate the farmers.", "promised"),
])
def test_a_control_verb_with_a_to_infinitive_is_named(spacy_nlp: Language, text: str,
                                                      word: str) -> None:
    assert "clause_to_infinitive" in _feats(spacy_nlp, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("The government said it arrested the smugglers.", "arrested"),
    ("After troops withdrew, looters raided the shops.", "withdrew"),
    ("The union threatened to strike next week.", "strike"),
])
def test_complements_and_adverbial_clauses_are_subordinate(spacy_nlp: Language, text: str,
                                                           word: str) -> None:
    feats = _feats(spacy_nlp, text, word)
    assert "clause_sub=True" in feats
    assert any(f in feats for f in ("clause=ccomp", "clause=advcl", "clause=xcomp"))
