"""The learned type chooser's inputs (eventwire/stages/events/type_features.py):
what is recorded of an event's trigger, its candidate types and their
features, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

from eventwire.stages.events.triggers import load_lexicon
from eventwire.stages.events.type_features import (
    candidate_features,
    candidate_types,
    candidates,
    type_info,
)


def _info(nlp: Any, text: str, word: str, rule_type: str, rule: str = "curated-verb"
          ) -> dict[str, str]:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return type_info(tok, rule_type, rule, load_lexicon())


def test_info_reads_the_object_and_the_governing_verb(spacy_nlp: Any) -> None:
    info = _info(spacy_nlp, "The rebels freed twelve hostages near the border.", "freed",
                 "RETREAT")
    assert info["lemma"] == "free" and info["obj"] == "hostage" and info["gov"] == "-"
    noun = _info(spacy_nlp, "The mayor apologised for the raid on the market.", "raid",
                 "ASSAULT", "nominal")
    assert noun["gov"] == "apologise" and noun["obj"] == "market"  # "for": its verb
    assert noun["base"] == "nominal" and noun["step"] == "-"
    again = _info(spacy_nlp, "Villagers said troops attacked the convoy.", "attacked",
                  "PROTEST", "curated-verb+riot")
    assert again["step"] == "riot" and again["lex_verb"] == "ASSAULT"


def test_candidates_are_the_rules_type_lexicon_types_and_confusions() -> None:
    info = {"type": "ASSAULT", "base": "nominal", "step": "-", "lemma": "raid", "pos": "NOUN",
            "dep": "pobj", "obj": "-", "gov": "launch", "lex_verb": "COERCE",
            "lex_noun": "ASSAULT", "lex_pattern": "", "lex_obj": "", "lex_gov": "MOBILIZE"}
    assert candidate_types(info, {"ASSAULT": ["COERCE", "PROTEST"]}) == \
        ["ASSAULT", "COERCE", "MOBILIZE", "PROTEST"]
    assert candidate_types(info, {}) == ["ASSAULT", "COERCE", "MOBILIZE"]
    cands = candidates(info, {})
    assert "rule" in cands["ASSAULT"] and "rule" not in cands["COERCE"]
    assert "lex_verb" in cands["COERCE"] and "lex_gov" in cands["MOBILIZE"]


def test_features_conjoin_the_candidate_with_the_words() -> None:
    info = {"type": "SUPPORT", "base": "cameo-verb", "step": "intent", "lemma": "hail",
            "pos": "VERB", "dep": "ROOT", "obj": "deal", "gov": "-", "lex_verb": "SUPPORT",
            "lex_noun": "", "lex_pattern": "", "lex_obj": "AGREE", "lex_gov": ""}
    feats = candidate_features(info, "AGREE")
    assert {"prior=AGREE", "pair=SUPPORT>AGREE", "lem=AGREE:hail", "obj=AGREE:deal",
            "lex_obj", "lex_obj|cameo-verb"} <= set(feats)
    assert "rule|SUPPORT|intent" in candidate_features(info, "SUPPORT")
